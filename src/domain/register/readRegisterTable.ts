import { readTable, type RowContext, type TableRead } from "../tables/readTable";
import type { RegisterColumn } from "./headerKeys";
import { REGISTER_PROBLEMS, type RegisterProblem, type RegisterTableName } from "./RegisterProblem";

/**
 * Reads a register table with the kernel's row reader (readTable of src/domain/tables), its
 * problems told the register's way (REGISTER_PROBLEMS): an unreadable cell is an error, an Excel
 * error value in a column the register does not read a warning; an absent column is named by its
 * documented header.
 *
 * @param table - the register table ("Membres")
 * @param rows - the table's values, header row first
 * @param columns - the table's columns, each with its documented header
 * @param readRow - builds an item from a row, reading cells through the context
 * @returns the items, the headers as typed and the problems
 * @example
 * readRegisterTable("Journal", rows, JOURNAL_COLUMNS, (r) => r.read("number", readText, "")).items; // ["2024-0001", …]
 */
export function readRegisterTable<Field extends string, Item>(
  table: RegisterTableName,
  rows: readonly (readonly unknown[])[],
  columns: readonly RegisterColumn<Field>[],
  readRow: (context: RowContext<Field, RegisterProblem>) => Item
): TableRead<Field, Item, RegisterProblem> {
  return readTable(table, rows, columns, readRow, REGISTER_PROBLEMS);
}
