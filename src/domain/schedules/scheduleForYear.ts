import { DomainError } from "../errors/DomainError";
import { BUILTIN_SCHEDULE_ENTRIES, FIRST_BUILTIN_YEAR } from "./builtinSchedules";
import type { Schedule, ScheduleEntry } from "./types";

function covers(entry: ScheduleEntry, year: number): boolean {
  return entry.firstYear <= year && (entry.lastYear === null || year <= entry.lastYear);
}

function firstScheduleId(entries: readonly ScheduleEntry[]): string {
  return entries[0]?.schedule ?? "";
}

/**
 * Finds the schedule in force for an exercise (RULES.md §2). Rows given from a workbook table
 * take precedence over the built-in table for every year they cover (§2.3): when at least one
 * workbook row covers the year, only workbook rows are used that year.
 *
 * @param year - the exercise, a whole year
 * @param workbookEntries - rows of a schedule table from the workbook, already validated
 * @returns the schedule of that year
 * @throws DomainError when no schedule covers the year (before 2019 with the built-in table)
 * @example
 * scheduleForYear(2024).id; // "ctaf-2023-06-15"
 * scheduleForYear(2021).id; // "ctaf-2019-v4"
 */
export function scheduleForYear(
  year: number,
  workbookEntries: readonly ScheduleEntry[] = []
): Schedule {
  const fromWorkbook = workbookEntries.filter((entry) => covers(entry, year));
  if (fromWorkbook.length > 0) {
    return { id: firstScheduleId(fromWorkbook), year, entries: fromWorkbook, fromWorkbook: true };
  }
  const builtin = BUILTIN_SCHEDULE_ENTRIES.filter((entry) => covers(entry, year));
  if (builtin.length === 0) {
    throw new DomainError(
      "no-schedule",
      year < FIRST_BUILTIN_YEAR
        ? `Aucun barème pour l'exercice ${year} : le premier barème (CTAF v4) s'applique à partir de l'exercice ${FIRST_BUILTIN_YEAR}.`
        : `Aucun barème pour l'exercice ${year}.`
    );
  }
  return { id: firstScheduleId(builtin), year, entries: builtin, fromWorkbook: false };
}

/**
 * Finds the row of a schedule named by a keyword or one of its aliases.
 *
 * @param schedule - the schedule of the year
 * @param key - a normalized keyword
 * @returns the row, or undefined when the schedule has none
 * @example
 * findEntry(scheduleForYear(2024), "optionnel")?.keyword; // "accompagnement"
 */
export function findEntry(schedule: Schedule, key: string): ScheduleEntry | undefined {
  return schedule.entries.find((entry) => entry.keyword === key || entry.aliases.includes(key));
}
