import { CellProblem } from "./CellProblem";
import { cellText, isEmptyCell } from "./cellText";
import { excelErrorMessage, excelErrorValue } from "./excelErrorValue";
import { matchHeaders, type ColumnSpec, type HeaderMatch } from "./matchHeaders";
import type { TableProblem } from "./TableProblem";

/**
 * What a row reader gets: the row number, the headers found, and a way to read a field that
 * records problems.
 *
 * @example
 * (r: RowContext<"name">) => r.read("name", readRequiredText, "")
 */
export interface RowContext<Field extends string, Problem extends TableProblem = TableProblem> {
  /** Row within the range, 1 for the header row. */
  readonly row: number;
  /** Header as typed, by field, for the columns found. */
  readonly headers: Partial<Record<Field, string>>;
  /**
   * Reads a field's cell. When the cell holds an Excel error value (#REF!, #N/A…) or the reader
   * throws a CellProblem, the problem is recorded (table, row, header as typed, value) and the
   * fallback is returned; an absent column gives the fallback silently (matchHeaders already
   * reported required ones).
   */
  read<T>(field: Field, reader: (cell: unknown) => T, fallback: T): T;
  /** Records a problem of this row, for checks that involve several cells. */
  report(problem: Problem): void;
  /** Whether a problem of this row has been recorded so far. */
  hasProblems(): boolean;
}

/**
 * A table read: one item per non-blank row, the headers found, and the problems.
 *
 * @example
 * readSchools(rows).items.length; // 11 for Hem's schools
 */
export interface TableRead<
  Field extends string,
  Item,
  Problem extends TableProblem = TableProblem,
> {
  readonly items: Item[];
  /** Header as typed, by field, for the columns found. */
  readonly headers: Partial<Record<Field, string>>;
  readonly problems: Problem[];
  /** False when the header row has problems: then no row is read. */
  readonly readable: boolean;
}

/**
 * How a table tells its problems: what a problem found in the header or a cell becomes (the
 * register adds a severity), and whether an Excel error value in a column the table does not read
 * is told at all.
 *
 * @example
 * const kinds: ProblemKinds<TableProblem> = { found: (problem) => problem };
 */
export interface ProblemKinds<Problem extends TableProblem> {
  /** A problem of the header row or of a cell the table reads. */
  readonly found: (problem: TableProblem) => Problem;
  /** An Excel error value in a column the table does not read; not told when absent. */
  readonly ignoredErrorValue?: (problem: TableProblem) => Problem;
}

/**
 * Problems told as found, and error values in unread columns not told: the schedule and
 * attendance tables.
 *
 * @example
 * readTable("Barème", rows, SCHEDULE_COLUMNS, readRow, PLAIN_PROBLEMS);
 */
export const PLAIN_PROBLEMS: ProblemKinds<TableProblem> = { found: (problem) => problem };

/** A column, with the header documented for users when it differs from its normalized key. */
type Column<Field extends string> = ColumnSpec<Field> & { readonly label?: string };

function headerProblems<Field extends string, Problem extends TableProblem>(
  table: string,
  header: readonly unknown[],
  columns: readonly Column<Field>[],
  kinds: ProblemKinds<Problem>
): { match: HeaderMatch<Field>; problems: Problem[] } {
  const { match, problems } = matchHeaders(table, header, columns);
  // matchHeaders names an absent column by its normalized key; users read the documented header.
  const labelled = problems.map((problem) => {
    const absent = columns.find((spec) => !match[spec.field] && spec.headers[0] === problem.column);
    return kinds.found(absent?.label ? { ...problem, column: absent.label } : problem);
  });
  return { match, problems: labelled };
}

/**
 * Reads a table: matches its header row (ignoring case, accents and spacing), then reads each
 * non-blank row with `readRow`, collecting every problem rather than stopping at the first. Rows
 * keep their place: row 2 is the first row under the header. A cell holding an Excel error value
 * (#REF!, #N/A, #VALUE!…: excelErrorValue) is never read as data: in a column the table reads it
 * is a problem at that cell; in a column the table ignores, it is told only when `kinds` says how
 * (the register warns: the formula that broke may feed other cells).
 *
 * @param table - table name for messages ("Membres")
 * @param rows - the table's values, header row first
 * @param columns - the columns the table may have (with `label`, the header named when absent)
 * @param readRow - builds an item from a row, reading cells through the context
 * @param kinds - how problems are told (PLAIN_PROBLEMS: as found)
 * @returns the items (with fallbacks where a cell had a problem), headers and problems
 * @example
 * readTable("Journal", rows, JOURNAL_COLUMNS, (r) => r.read("number", readText, ""), PLAIN_PROBLEMS).items; // ["2024-0001", …]
 */
export function readTable<Field extends string, Item, Problem extends TableProblem>(
  table: string,
  rows: readonly (readonly unknown[])[],
  columns: readonly Column<Field>[],
  readRow: (context: RowContext<Field, Problem>) => Item,
  kinds: ProblemKinds<Problem>
): TableRead<Field, Item, Problem> {
  const [header = [], ...body] = rows;
  const { match, problems } = headerProblems(table, header, columns, kinds);
  const headers: Partial<Record<Field, string>> = {};
  for (const spec of columns) {
    const found = match[spec.field];
    if (found) headers[spec.field] = found.header;
  }
  if (problems.length > 0) return { items: [], headers, problems, readable: false };
  const items: Item[] = [];
  const readColumns = new Set(matchedIndices(match));
  body.forEach((cells, index) => {
    if (cells.every(isEmptyCell)) return;
    const row = index + 2;
    const before = problems.length;
    const atCell = (column: string, cell: unknown, message: string) =>
      kinds.found({ table, row, column, value: cellText(cell), message });
    const context: RowContext<Field, Problem> = {
      row,
      headers,
      read(field, reader, fallback) {
        const found = match[field];
        if (!found) return fallback;
        const cell = cells[found.index];
        const errorValue = excelErrorValue(cell);
        if (errorValue !== null) {
          problems.push(atCell(found.header, cell, excelErrorMessage(errorValue)));
          return fallback;
        }
        try {
          return reader(cell);
        } catch (error) {
          if (!(error instanceof CellProblem)) throw error;
          problems.push(atCell(found.header, cell, error.message));
          return fallback;
        }
      },
      report(problem) {
        problems.push(problem);
      },
      hasProblems: () => problems.length > before,
    };
    items.push(readRow(context));
    if (kinds.ignoredErrorValue) {
      problems.push(
        ...ignoredErrorValues(table, header, cells, row, readColumns).map(kinds.ignoredErrorValue)
      );
    }
  });
  return { items, headers, problems, readable: true };
}

function matchedIndices(match: Partial<Record<string, { readonly index: number }>>): number[] {
  return Object.values(match).flatMap((found) => (found ? [found.index] : []));
}

/** Error values in the columns the table does not read. */
function ignoredErrorValues(
  table: string,
  header: readonly unknown[],
  cells: readonly unknown[],
  row: number,
  readColumns: ReadonlySet<number>
): TableProblem[] {
  return cells.flatMap((cell, index) => {
    const errorValue = readColumns.has(index) ? null : excelErrorValue(cell);
    if (errorValue === null) return [];
    const column = cellText(header[index]);
    return [{ table, row, column, value: cellText(cell), message: excelErrorMessage(errorValue) }];
  });
}
