import { normalizeKey } from "../text/normalizeKey";
import type { TableProblem } from "./TableProblem";

/** A column a table may have: its field name in code and the headers accepted for it. */
export interface ColumnSpec<Field extends string> {
  readonly field: Field;
  /** Accepted headers, normalized (see normalizeKey); the first is the one documented. */
  readonly headers: readonly string[];
  readonly required: boolean;
}

/** Where each field was found: its column index and header as typed. */
export type HeaderMatch<Field extends string> = Partial<
  Record<Field, { readonly index: number; readonly header: string }>
>;

/**
 * Finds the columns of a table from its header row, ignoring case, accents and spacing.
 * Reports missing required columns and columns found twice; unknown columns are allowed
 * (users add notes), and ignored.
 *
 * @param table - table name for messages ("Barème")
 * @param headerRow - the first row of the range
 * @param columns - the columns the table may have
 * @returns where each field is, and the problems found
 * @example
 * matchHeaders("Barème", ["Mot-clé"], [{ field: "keyword", headers: ["mot-cle"], required: true }]).match.keyword?.index; // 0
 */
export function matchHeaders<Field extends string>(
  table: string,
  headerRow: readonly unknown[],
  columns: readonly ColumnSpec<Field>[]
): { match: HeaderMatch<Field>; problems: TableProblem[] } {
  const match: HeaderMatch<Field> = {};
  const problems: TableProblem[] = [];
  headerRow.forEach((cell, index) => {
    if (typeof cell !== "string" || cell.trim() === "") return;
    const key = normalizeKey(cell);
    const column = columns.find((spec) => spec.headers.includes(key));
    if (!column) return;
    if (match[column.field]) {
      problems.push({
        table,
        row: 1,
        column: cell.trim(),
        value: "",
        message: `colonne en double (déjà en colonne ${(match[column.field]?.index ?? 0) + 1}).`,
      });
      return;
    }
    match[column.field] = { index, header: cell.trim() };
  });
  for (const column of columns) {
    if (column.required && !match[column.field]) {
      problems.push({
        table,
        row: 1,
        column: column.headers[0] ?? column.field,
        value: "",
        message: "colonne obligatoire absente de l'en-tête.",
      });
    }
  }
  return { match, problems };
}
