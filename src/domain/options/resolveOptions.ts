import { quoteEcho } from "../text/echoValue";
import { DomainError } from "../errors/DomainError";
import type { Cents } from "../money/cents";
import { findEntry } from "../schedules/scheduleForYear";
import type { Schedule, ScheduleEntry } from "../schedules/types";
import { acceptedOptionsText, entriesKnowing, GENERAL_OPTIONS } from "./acceptedOptions";
import { canonicalOptionKey } from "./canonicalOptionKey";
import {
  readAmountOption,
  readFlag,
  readPercentage,
  readQuantity,
  type Percentage,
} from "./optionValues";
import type { RawOption } from "./parseOptions";

/** A component billed for the year, with the quantity or amount its option gave. */
export interface PlannedComponent {
  readonly entry: ScheduleEntry;
  /** Schools or half-days, for those bases; null otherwise. */
  readonly quantity: number | null;
  /** The amount, for an amount basis; null otherwise. */
  readonly amountCents: Cents | null;
}

/** The EU co-funding deducted: a fixed amount or a share of the gross total. */
export type FederDeduction =
  | { readonly kind: "amount"; readonly cents: Cents }
  | { readonly kind: "percentage"; readonly percentage: Percentage };

/** Everything but the pupil count: what to bill for a year under its schedule. */
export interface ContributionPlan {
  readonly schedule: Schedule;
  /** Components billed, in schedule order. */
  readonly components: readonly PlannedComponent[];
  /** Subsidies deducted (subvention=M), 0 when none. */
  readonly subsidyCents: Cents;
  /** EU co-funding deducted, or null. */
  readonly feder: FederDeduction | null;
  /** Months of membership in the year, 12 for a full year. */
  readonly months: number;
}

interface Selection {
  quantity: number | null;
  amountCents: Cents | null;
}

function readFeder(option: RawOption): FederDeduction {
  const percentage = readPercentage(option);
  return percentage
    ? { kind: "percentage", percentage }
    : { kind: "amount", cents: readAmountOption(option) };
}

function readMonths(option: RawOption): number {
  const months = readQuantity(option, "mois", "un nombre entier de mois, de 1 à 12");
  if (months < 1 || months > 12) {
    throw new DomainError(
      "invalid-option-value",
      `Option ${quoteEcho(option.typed)} : le nombre de mois va de 1 à 12 (reçu ${months}).`
    );
  }
  return months;
}

function unknownOption(
  option: RawOption,
  schedule: Schedule,
  workbookEntries: readonly ScheduleEntry[]
): DomainError {
  const accepted = `Options acceptées pour ${schedule.year} : ${acceptedOptionsText(schedule)}.`;
  const elsewhere = entriesKnowing(option.key, workbookEntries);
  if (elsewhere.length === 0) {
    return new DomainError(
      "unknown-option",
      `Option inconnue ${quoteEcho(option.typed)}. ${accepted}`
    );
  }
  const where = [
    ...new Set(elsewhere.map((e) => `${e.schedule} (${e.firstYear}–${e.lastYear ?? "…"})`)),
  ].join(", ");
  return new DomainError(
    "option-not-in-schedule",
    `L'option ${quoteEcho(option.typed)} n'existe pas dans le barème de ${schedule.year} (${schedule.id}) ; elle existe dans ${where}. ${accepted}`
  );
}

function readSelection(option: RawOption, entry: ScheduleEntry): Selection | null {
  switch (entry.basis) {
    case "perSchool":
      return { quantity: readQuantity(option, "écoles"), amountCents: null };
    case "perHalfDay":
      return { quantity: readQuantity(option, "demi-journées"), amountCents: null };
    case "amount":
      return { quantity: null, amountCents: readAmountOption(option) };
    default:
      return readFlag(option) ? { quantity: null, amountCents: null } : null;
  }
}

/**
 * Checks options against the schedule of the year and turns them into a plan: which components
 * are billed, with which quantities, and the deductions (RULES.md §2.4).
 *
 * @param options - options as parsed from text or a range
 * @param schedule - the schedule in force that year
 * @param workbookEntries - rows of a workbook schedule table, to tell where a keyword exists
 * @returns the plan
 * @throws DomainError for an unknown keyword, an option not in that year's schedule, an option
 *   given twice, or a bad value; the message lists what is accepted
 * @example
 * resolveOptions(parseOptionsText("accompagnement"), scheduleForYear(2024)).components.length; // 2
 */
export function resolveOptions(
  options: readonly RawOption[],
  schedule: Schedule,
  workbookEntries: readonly ScheduleEntry[] = []
): ContributionPlan {
  const seen = new Map<string, string>();
  const selections = new Map<ScheduleEntry, Selection>();
  let subsidyCents = 0;
  let feder: FederDeduction | null = null;
  let months = 12;
  for (const option of options) {
    const entry = findEntry(schedule, option.key);
    const canonical = canonicalOptionKey(option.key, schedule);
    const earlier = seen.get(canonical);
    if (earlier !== undefined) {
      throw new DomainError(
        "duplicate-option",
        `Option donnée deux fois : ${quoteEcho(earlier)} et ${quoteEcho(option.typed)}. Gardez-en une.`
      );
    }
    seen.set(canonical, option.typed);
    if (entry) {
      if (entry.kind === "always") {
        if (option.value.kind !== "none") {
          throw new DomainError(
            "invalid-option-value",
            `${quoteEcho(option.typed)} est toujours facturé en ${schedule.year} ; il ne prend pas de valeur.`
          );
        }
        continue;
      }
      const selection = readSelection(option, entry);
      if (selection) selections.set(entry, selection);
    } else if ((GENERAL_OPTIONS.subsidy as readonly string[]).includes(option.key)) {
      subsidyCents = readAmountOption(option);
    } else if ((GENERAL_OPTIONS.feder as readonly string[]).includes(option.key)) {
      feder = readFeder(option);
    } else if ((GENERAL_OPTIONS.months as readonly string[]).includes(option.key)) {
      months = readMonths(option);
    } else {
      throw unknownOption(option, schedule, workbookEntries);
    }
  }
  const components = schedule.entries.flatMap((entry): PlannedComponent[] => {
    if (entry.kind === "always") return [{ entry, quantity: null, amountCents: null }];
    const selection = selections.get(entry);
    return selection ? [{ entry, ...selection }] : [];
  });
  return { schedule, components, subsidyCents, feder, months };
}
