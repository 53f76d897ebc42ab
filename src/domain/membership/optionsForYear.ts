import { DomainError, isDomainError } from "../errors/DomainError";
import { GENERAL_OPTIONS } from "../options/acceptedOptions";
import { canonicalOptionKey } from "../options/canonicalOptionKey";
import { parseOptionsText, type RawOption } from "../options/parseOptions";
import { partYearMonths } from "../register/partYearMonths";
import { REGISTER_TABLES } from "../register/RegisterProblem";
import type { ExerciseOptions, Member, Register } from "../register/types";
import type { Schedule } from "../schedules/types";
import { memberKey } from "./memberKey";

const MONTHS = GENERAL_OPTIONS.months[0];

/**
 * The options a member is billed with for one exercise, and where each part comes from.
 *
 * @example
 * memberOptionsForYear(register, valDExemple, scheduleForYear(2025)).monthsFrom; // "exercise"
 */
export interface OptionsForYear {
  /**
   * The options to resolve against the year's schedule, in order: the Membres options not
   * overridden, then the exercise's, then mois=N counted from the dates when the Paramètres say
   * so and no option gives mois.
   */
  readonly options: readonly RawOption[];
  /** The Membres options kept: those whose option the exercise's row does not name. */
  readonly memberOptions: readonly RawOption[];
  /** The row of the "Options par exercice" table for this member and year, or null. */
  readonly exerciseRow: ExerciseOptions | null;
  /** The options of that row ([] without one). */
  readonly exerciseOptions: readonly RawOption[];
  /**
   * Where mois=N comes from: the Membres "Options" column, the exercise's row, the dates (the
   * "Année partielle" setting says prorata des mois), or null for the full year.
   */
  readonly monthsFrom: "members" | "exercise" | "dates" | null;
}

/**
 * The row of the "Options par exercice" table for a member and an exercise: the first whose
 * "Membre" names the member (case, accents, spacing, hyphens and apostrophes ignored, as memberKey
 * does) and whose "Exercice" is the year. A second row for the same member and year is an error of
 * checkExerciseOptions.
 *
 * @param register - the register read
 * @param member - the member
 * @param year - the exercise
 * @returns the row, or null when the exercise has none for the member
 * @example
 * exerciseRowOf(register, valDExemple, 2025)?.options; // "mois=4"
 */
export function exerciseRowOf(
  register: Pick<Register, "exerciseOptions">,
  member: Pick<Member, "name">,
  year: number
): ExerciseOptions | null {
  const key = memberKey(member.name);
  return (
    (register.exerciseOptions ?? []).find(
      (row) => row.year === year && row.member !== "" && memberKey(row.member) === key
    ) ?? null
  );
}

function parseRow(row: ExerciseOptions): RawOption[] {
  try {
    return parseOptionsText(row.options);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new DomainError(
      error.code,
      `${REGISTER_TABLES.exerciseOptions}, ligne ${row.row} (exercice ${row.year}) : ${error.message}`
    );
  }
}

/**
 * The options a member is billed with for an exercise (decision 0014). What the Membres "Options"
 * column says holds every year; a row of the "Options par exercice" table for the member and the
 * year adds to it for that exercise only, and where both name the same option (the same keyword,
 * an alias of it, or subvention and subventions), the exercise's row wins: `demi-journees=2` in
 * Membres and `demi-journees=5` for 2026 bill 5 half-days in 2026 and 2 in the other years;
 * `accompagnement=non` for 2026 takes off, for 2026, an `accompagnement` of the Membres table.
 * When no option gives mois=N, the member joins or leaves during the exercise, and the Paramètres
 * say "Année partielle : prorata des mois", mois=N is the months counted from its dates
 * (partYearMonths); otherwise the full year is due (RULES.md §2.4, §6).
 *
 * @param register - the register read (its exercise options and settings)
 * @param member - the member
 * @param schedule - the schedule of the exercise (for aliases)
 * @returns the options to resolve, and where they come from
 * @throws DomainError when an options cell does not parse (the message says which table and row)
 * @example
 * // Val d'Exemple joins on 01/09/2025, "mois=4" for 2025 in Options par exercice:
 * memberOptionsForYear(register, valDExemple, scheduleForYear(2025)).options; // [mois=4]
 * memberOptionsForYear(register, valDExemple, scheduleForYear(2026)).options; // []
 */
export function memberOptionsForYear(
  register: Pick<Register, "exerciseOptions" | "settings">,
  member: Member,
  schedule: Schedule
): OptionsForYear {
  const own = parseOptionsText(member.options);
  const exerciseRow = exerciseRowOf(register, member, schedule.year);
  const exerciseOptions = exerciseRow ? parseRow(exerciseRow) : [];
  const named = new Set(exerciseOptions.map((option) => canonicalOptionKey(option.key, schedule)));
  const memberOptions = own.filter(
    (option) => !named.has(canonicalOptionKey(option.key, schedule))
  );
  const givesMonths = (options: readonly RawOption[]) =>
    options.some((option) => canonicalOptionKey(option.key, schedule) === MONTHS);
  const options = [...memberOptions, ...exerciseOptions];
  if (givesMonths(exerciseOptions)) {
    return { options, memberOptions, exerciseRow, exerciseOptions, monthsFrom: "exercise" };
  }
  if (givesMonths(memberOptions)) {
    return { options, memberOptions, exerciseRow, exerciseOptions, monthsFrom: "members" };
  }
  const part = register.settings?.prorateByMonths ? partYearMonths(member, schedule.year) : null;
  if (!part) return { options, memberOptions, exerciseRow, exerciseOptions, monthsFrom: null };
  const fromDates: RawOption = {
    key: MONTHS,
    typed: MONTHS,
    value: { kind: "number", value: part.months },
  };
  return {
    options: [...options, fromDates],
    memberOptions,
    exerciseRow,
    exerciseOptions,
    monthsFrom: "dates",
  };
}
