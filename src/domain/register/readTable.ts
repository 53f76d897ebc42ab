import { cellText, isEmptyCell } from "../tables/cellText";
import { excelErrorMessage, excelErrorValue } from "../tables/excelErrorValue";
import { matchHeaders } from "../tables/matchHeaders";
import { CellProblem } from "./cellReaders";
import type { RegisterColumn } from "./headerKeys";
import { MESSAGES } from "./registerMessages";
import {
  registerError,
  registerWarning,
  type RegisterProblem,
  type RegisterTableName,
} from "./RegisterProblem";

/**
 * What a row reader gets: the row number, and a way to read a field that records problems.
 *
 * @example
 * (r: RowContext<"name">) => r.read("name", readRequiredText, "")
 */
export interface RowContext<Field extends string> {
  /** Row within the range, 1 for the header row. */
  readonly row: number;
  /**
   * Reads a field's cell. When the cell holds an Excel error value (#REF!, #N/A…) or the reader
   * throws a CellProblem, the problem is recorded (table, row, header as typed, value) and the
   * fallback is returned; an absent column gives the fallback silently (matchHeaders already
   * reported required ones).
   */
  read<T>(field: Field, reader: (cell: unknown) => T, fallback: T): T;
  /** Records a problem of this row, for checks that involve several cells. */
  report(problem: RegisterProblem): void;
}

/**
 * A table read: one item per non-blank row, the headers found, and the problems.
 *
 * @example
 * readSchools(rows).items.length; // 11 for Hem's schools
 */
export interface TableRead<Field extends string, Item> {
  readonly items: Item[];
  /** Header as typed, by field, for the columns found. */
  readonly headers: Partial<Record<Field, string>>;
  readonly problems: RegisterProblem[];
  /** False when the header row has problems: then no row is read. */
  readonly readable: boolean;
}

function headerProblems<Field extends string>(
  table: RegisterTableName,
  header: readonly unknown[],
  columns: readonly RegisterColumn<Field>[]
) {
  const { match, problems } = matchHeaders(table, header, columns);
  // matchHeaders names an absent column by its normalized key; users read the documented header.
  const labelled = problems.map((problem) => {
    const absent = columns.find((spec) => !match[spec.field] && spec.headers[0] === problem.column);
    return registerError(absent ? { ...problem, column: absent.label } : problem);
  });
  return { match, problems: labelled };
}

/**
 * Reads a register table: matches its header row (ignoring case, accents and spacing), then
 * reads each non-blank row with `readRow`, collecting every problem rather than stopping at the
 * first. Rows keep their place: row 2 is the first row under the header. A cell holding an Excel
 * error value (#REF!, #N/A, #VALUE!…: excelErrorValue) is never read as data: in a column the
 * table reads it is an error at that cell, whatever the column; in a column the table ignores,
 * a warning (nothing is read from it, but the formula that broke may feed other cells).
 *
 * @param table - table name for messages ("Membres")
 * @param rows - the table's values, header row first
 * @param columns - the columns the table may have
 * @param readRow - builds an item from a row, reading cells through the context
 * @returns the items (with fallbacks where a cell had a problem), headers and problems
 * @example
 * readTable("Journal", rows, JOURNAL_COLUMNS, (r) => r.read("number", readText, "")).items; // ["2024-0001", …]
 */
export function readTable<Field extends string, Item>(
  table: RegisterTableName,
  rows: readonly (readonly unknown[])[],
  columns: readonly RegisterColumn<Field>[],
  readRow: (context: RowContext<Field>) => Item
): TableRead<Field, Item> {
  const [header = [], ...body] = rows;
  const { match, problems } = headerProblems(table, header, columns);
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
    const context: RowContext<Field> = {
      row,
      read(field, reader, fallback) {
        const found = match[field];
        if (!found) return fallback;
        const cell = cells[found.index];
        const errorValue = excelErrorValue(cell);
        if (errorValue !== null) {
          const where = { table, row, column: found.header, value: cellText(cell) };
          problems.push(registerError({ ...where, message: excelErrorMessage(errorValue) }));
          return fallback;
        }
        try {
          return reader(cell);
        } catch (error) {
          if (!(error instanceof CellProblem)) throw error;
          problems.push(
            registerError({
              table,
              row,
              column: found.header,
              value: cellText(cell),
              message: error.message,
            })
          );
          return fallback;
        }
      },
      report(problem) {
        problems.push(problem);
      },
    };
    items.push(readRow(context));
    problems.push(...ignoredErrorValues(table, header, cells, row, readColumns));
  });
  return { items, headers, problems, readable: true };
}

function matchedIndices(match: Partial<Record<string, { readonly index: number }>>): number[] {
  return Object.values(match).flatMap((found) => (found ? [found.index] : []));
}

/** Warnings for error values in the columns the table does not read. */
function ignoredErrorValues(
  table: RegisterTableName,
  header: readonly unknown[],
  cells: readonly unknown[],
  row: number,
  readColumns: ReadonlySet<number>
): RegisterProblem[] {
  return cells.flatMap((cell, index) => {
    const errorValue = readColumns.has(index) ? null : excelErrorValue(cell);
    if (errorValue === null) return [];
    const column = cellText(header[index]);
    const message = `${excelErrorMessage(errorValue)} ${MESSAGES.ignoredColumn}`;
    return [registerWarning({ table, row, column, value: cellText(cell), message })];
  });
}
