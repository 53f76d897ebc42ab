import { isDomainError } from "../errors/DomainError";
import { exerciseRowOf } from "../membership/optionsForYear";
import { GENERAL_OPTIONS } from "../options/acceptedOptions";
import { canonicalOptionKey } from "../options/canonicalOptionKey";
import { parseOptionsText, type RawOption } from "../options/parseOptions";
import { resolveOptions } from "../options/resolveOptions";
import type { Schedule, ScheduleEntry } from "../schedules/types";
import type { TableProblem } from "../tables/TableProblem";
import { exerciseOptionsColumn, memberColumn } from "./columnName";
import { partYearMonths } from "./partYearMonths";
import { frenchDate } from "../text/frenchText";
import { MESSAGES } from "./registerMessages";
import {
  REGISTER_TABLES,
  registerError,
  registerWarning,
  type RegisterProblem,
} from "./RegisterProblem";
import type { Member, Register } from "./types";

const MONTHS = GENERAL_OPTIONS.months[0];

type Cell = Omit<TableProblem, "message">;

/** The options of a cell, resolved against the schedule; an error at the cell when they do not. */
function resolved(
  cell: Cell,
  parse: () => RawOption[],
  keep: (option: RawOption) => boolean,
  schedule: Schedule,
  workbookEntries: readonly ScheduleEntry[],
  problems: RegisterProblem[]
): { options: RawOption[]; months: number } | null {
  try {
    const options = parse().filter(keep);
    return { options, months: resolveOptions(options, schedule, workbookEntries).months };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    problems.push(registerError({ ...cell, message: error.message }));
    return null;
  }
}

/**
 * Checks a member's options for the exercise, as ENT.CONTRIB would (unknown keyword, option of
 * another schedule, bad value, option given twice: the domain's message): those of the Membres
 * "Options" cell that the exercise's row does not override, on that cell, and those of its row of
 * the "Options par exercice" table, on that row's cell. Then the part year (RULES.md §2.4, §6,
 * decision 0014):
 * - a member all year billed mois=N (N < 12): a warning, which, when mois=N comes from the
 *   Membres column (it holds for every exercise), says to give it for the exercise of the part
 *   year in "Options par exercice" instead;
 * - a member who joins or leaves during the exercise: mois=N that differs from the months of its
 *   dates is a warning; without mois=N, a warning that the full year is due, unless the
 *   Paramètres say "Année partielle : prorata des mois" (the months then follow the dates).
 *
 * @param register - the register read (column names, exercise options, settings)
 * @param member - a member who owes the exercise
 * @param schedule - the schedule of the exercise
 * @param workbookEntries - rows of a workbook schedule table, if any
 * @returns the problems of this member's options for the exercise
 * @example
 * checkMemberOptions(register, { ...pevele, options: "mobile" }, scheduleForYear(2024))[0]?.message; // "L'option « mobile » n'existe pas dans le barème de 2024 …"
 */
export function checkMemberOptions(
  register: Register,
  member: Member,
  schedule: Schedule,
  workbookEntries: readonly ScheduleEntry[] = []
): RegisterProblem[] {
  const year = schedule.year;
  const problems: RegisterProblem[] = [];
  const memberCell: Cell = {
    table: REGISTER_TABLES.members,
    row: member.row,
    column: memberColumn(register, "options"),
    value: member.options,
  };
  const row = exerciseRowOf(register, member, year);
  const rowCell: Cell | null = row && {
    table: REGISTER_TABLES.exerciseOptions,
    row: row.row,
    column: exerciseOptionsColumn(register, "options"),
    value: row.options,
  };
  const canonical = (option: RawOption) => canonicalOptionKey(option.key, schedule);
  const forYear =
    row && rowCell
      ? resolved(
          rowCell,
          () => parseOptionsText(row.options),
          () => true,
          schedule,
          workbookEntries,
          problems
        )
      : { options: [], months: 12 };
  const named = new Set((forYear?.options ?? []).map(canonical));
  const own = resolved(
    memberCell,
    () => parseOptionsText(member.options),
    (option) => !named.has(canonical(option)),
    schedule,
    workbookEntries,
    problems
  );
  if (!own || !forYear) return problems;
  const gives = (options: readonly RawOption[]) => options.some((o) => canonical(o) === MONTHS);
  const part = partYearMonths(member, year);
  if (!part) {
    if (rowCell && gives(forYear.options) && forYear.months < 12) {
      const message = MESSAGES.monthsInFullYear(year, forYear.months, member.transferDate);
      problems.push(registerWarning({ ...rowCell, message }));
    } else if (gives(own.options) && own.months < 12) {
      const message = MESSAGES.monthsEveryYear(year, own.months, member.transferDate);
      problems.push(registerWarning({ ...memberCell, message }));
    }
    return problems;
  }
  const given =
    rowCell && gives(forYear.options) ? { cell: rowCell, months: forYear.months } : null;
  const stated = given ?? (gives(own.options) ? { cell: memberCell, months: own.months } : null);
  if (stated) {
    if (stated.months !== part.months) {
      const message = MESSAGES.monthsDifferFromDates(year, stated.months, part.months);
      problems.push(registerWarning({ ...stated.cell, message }));
    }
    return problems;
  }
  if (register.settings?.prorateByMonths) return problems;
  const events = [
    ...(part.transfer ? [["transfer", "transferDate", member.transferDate] as const] : []),
    ...(part.withdrawal
      ? [["withdrawal", "withdrawalDate", member.withdrawalDate ?? ""] as const]
      : []),
  ];
  const warnings = events.map(([event, field, date]) =>
    registerWarning({
      table: REGISTER_TABLES.members,
      row: member.row,
      column: memberColumn(register, field),
      value: frenchDate(date),
      message: MESSAGES.partYear(event, date, year, part.months),
    })
  );
  return [...problems, ...warnings];
}
