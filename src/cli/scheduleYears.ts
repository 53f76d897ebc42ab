/**
 * Which exercises `npm run statements` accepts: those a schedule covers, built in or typed in the
 * register's "Barème" table. Another year is an input error (exit 2) listing them.
 */
import { BUILTIN_SCHEDULE_ENTRIES } from "../domain/schedules/builtinSchedules";
import type { ScheduleEntry } from "../domain/schedules/types";

type YearRange = readonly [first: number, last: number | null];

function rangesOf(entries: readonly ScheduleEntry[]): YearRange[] {
  return entries.map((entry): YearRange => [entry.firstYear, entry.lastYear]);
}

/** The ranges merged where they touch or overlap, in order. */
function merged(ranges: readonly YearRange[]): YearRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const result: [number, number | null][] = [];
  for (const [first, last] of sorted) {
    const previous = result.at(-1);
    if (previous && (previous[1] === null || first <= previous[1] + 1)) {
      if (previous[1] !== null) previous[1] = last === null ? null : Math.max(previous[1], last);
    } else {
      result.push([first, last]);
    }
  }
  return result;
}

/**
 * Whether a schedule covers an exercise: the built-in ones, or rows of the register's table.
 *
 * @param year - the exercise
 * @param workbookEntries - rows of the register's "Barème" table, if any
 * @returns true when the exercise can be computed
 * @example
 * yearHasSchedule(2025); // true
 * yearHasSchedule(2018); // false
 */
export function yearHasSchedule(
  year: number,
  workbookEntries: readonly ScheduleEntry[] = []
): boolean {
  return [...BUILTIN_SCHEDULE_ENTRIES, ...workbookEntries].some(
    (entry) => entry.firstYear <= year && (entry.lastYear === null || year <= entry.lastYear)
  );
}

/**
 * The exercises accepted, in French.
 *
 * @param workbookEntries - rows of the register's "Barème" table, if any
 * @returns the ranges, e.g. "2015 à 2016, 2019 à … (2019 et les suivants)"
 * @example
 * acceptedYearsText(); // "2019 à … (2019 et les suivants)"
 */
export function acceptedYearsText(workbookEntries: readonly ScheduleEntry[] = []): string {
  const ranges = merged([...rangesOf(BUILTIN_SCHEDULE_ENTRIES), ...rangesOf(workbookEntries)]);
  return ranges
    .map(([first, last]) =>
      last === null
        ? `${first} à … (${first} et les suivants)`
        : first === last
          ? `${first}`
          : `${first} à ${last}`
    )
    .join(", ");
}
