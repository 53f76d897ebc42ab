import type { TableProblem } from "../tables/TableProblem";
import type { ScheduleEntry } from "./types";

/** A schedule row with the table row it was read from. */
export interface NumberedEntry {
  readonly entry: ScheduleEntry;
  readonly row: number;
}

/** Headers, as the user typed them, of the columns a conflict is reported on. */
export interface ConflictHeaders {
  readonly schedule: string;
  readonly keyword: string;
  readonly lastYear: string;
}

function overlap(a: ScheduleEntry, b: ScheduleEntry): boolean {
  const aEnd = a.lastYear ?? Infinity;
  const bEnd = b.lastYear ?? Infinity;
  return a.firstYear <= bEnd && b.firstYear <= aEnd;
}

function years(entry: ScheduleEntry): string {
  return `${entry.firstYear}–${entry.lastYear ?? "…"}`;
}

/**
 * Finds what makes a set of schedule rows ambiguous: a last exercise before the first, one
 * keyword on two rows in force the same year, or two schedules named differently in force the
 * same year (which one would apply?).
 *
 * @param rows - the rows read, with their table row numbers
 * @param table - table name for messages
 * @param headers - headers of the columns reported on
 * @returns the problems, each on the later row
 * @example
 * findScheduleConflicts([{ entry: a, row: 2 }, { entry: aAgain, row: 3 }], "Barème", headers).length; // 1
 */
export function findScheduleConflicts(
  rows: readonly NumberedEntry[],
  table: string,
  headers: ConflictHeaders
): TableProblem[] {
  const problems: TableProblem[] = [];
  rows.forEach(({ entry, row }, index) => {
    if (entry.lastYear !== null && entry.lastYear < entry.firstYear) {
      problems.push({
        table,
        row,
        column: headers.lastYear,
        value: String(entry.lastYear),
        message: `le dernier exercice précède le premier (${entry.firstYear}).`,
      });
      return;
    }
    const keys = [entry.keyword, ...entry.aliases];
    for (const earlier of rows.slice(0, index)) {
      if (!overlap(earlier.entry, entry)) continue;
      if (earlier.entry.schedule !== entry.schedule) {
        problems.push({
          table,
          row,
          column: headers.schedule,
          value: entry.schedule,
          message: `les barèmes « ${earlier.entry.schedule} » (ligne ${earlier.row}) et « ${entry.schedule} » couvrent tous deux ${years(entry)} ; donnez-leur des exercices distincts.`,
        });
        return;
      }
      const shared = keys.find(
        (key) => key === earlier.entry.keyword || earlier.entry.aliases.includes(key)
      );
      if (shared !== undefined) {
        problems.push({
          table,
          row,
          column: headers.keyword,
          value: shared,
          message: `mot-clé déjà utilisé ligne ${earlier.row} pour les mêmes exercices.`,
        });
        return;
      }
    }
  });
  return problems;
}
