import { BUILTIN_SCHEDULE_ENTRIES } from "../schedules/builtinSchedules";
import { optionSyntax } from "../schedules/describe";
import type { Schedule, ScheduleEntry } from "../schedules/types";

/** Options valid in every schedule: deductions and part years (RULES.md §2.4). */
export const GENERAL_OPTIONS = {
  subsidy: ["subvention", "subventions"],
  feder: ["feder"],
  months: ["mois"],
} as const;

const GENERAL_SYNTAX = "subvention=M, feder=M ou feder=P %, mois=N (1 à 12)";

/**
 * Lists the options a user may write for a schedule, for error messages.
 *
 * @param schedule - the schedule of the year
 * @returns e.g. "accompagnement (ou optionnel), demi-journees=N, devis=M, marche=M ; subvention=M, …"
 * @example
 * acceptedOptionsText(scheduleForYear(2024)).startsWith("accompagnement"); // true
 */
export function acceptedOptionsText(schedule: Schedule): string {
  const own = schedule.entries
    .filter((entry) => entry.kind === "option")
    .map((entry) =>
      entry.aliases.length > 0
        ? `${optionSyntax(entry)} (ou ${entry.aliases[0]})`
        : optionSyntax(entry)
    );
  return [...own, GENERAL_SYNTAX].join(", ");
}

/**
 * Finds the schedules, other than the one in force, that know a keyword, to tell a user that the
 * option exists but not in that year.
 *
 * @param key - a normalized keyword
 * @param workbookEntries - rows of a schedule table from the workbook
 * @returns the rows that use the keyword, built-in and workbook alike
 * @example
 * entriesKnowing("mobile", []).map((e) => e.schedule); // ["ctaf-2019-v4"]
 */
export function entriesKnowing(
  key: string,
  workbookEntries: readonly ScheduleEntry[]
): ScheduleEntry[] {
  return [...BUILTIN_SCHEDULE_ENTRIES, ...workbookEntries].filter(
    (entry) => entry.keyword === key || entry.aliases.includes(key)
  );
}
