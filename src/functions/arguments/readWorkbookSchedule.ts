import { parseScheduleTable } from "../../domain/schedules/readScheduleTable";
import type { ScheduleEntry } from "../../domain/schedules/types";
import { isOmittedMatrix } from "./readMatrix";

const NO_ENTRIES: readonly ScheduleEntry[] = [];
const MAX_CACHED_TABLES = 16;
const cache = new Map<string, readonly ScheduleEntry[]>();

/**
 * Reads the optional schedule-table argument (RULES.md §2.3). Each distinct table is validated
 * once and kept, since a sheet may hold thousands of formulas pointing at the same table.
 *
 * @param matrix - the table's values, header row first, or null when omitted
 * @returns the workbook schedule rows (none when omitted)
 * @throws DomainError listing the table's problems with row and column
 * @example
 * readWorkbookSchedule(null); // []
 */
export function readWorkbookSchedule(
  matrix: unknown[][] | null | undefined
): readonly ScheduleEntry[] {
  if (isOmittedMatrix(matrix)) return NO_ENTRIES;
  const key = JSON.stringify(matrix);
  const cached = cache.get(key);
  if (cached) return cached;
  const entries = parseScheduleTable(matrix);
  if (cache.size >= MAX_CACHED_TABLES) cache.clear();
  cache.set(key, entries);
  return entries;
}
