import type { Cents } from "../money/cents";

/**
 * One cell of a sheet to write, independent of the Office JavaScript API or any file format. The kind says how
 * the value is written:
 * - `text`: always stays text, even when it starts with =, +, - or @ (user data is never a formula);
 * - `number`: a plain number;
 * - `money`: an amount in cents, written in euros with a euro format;
 * - `date`: an ISO date (yyyy-mm-dd), written as a date shown dd/mm/yyyy;
 * - `formula`: a formula the add-in writes itself (never user text), in Excel's invariant
 *   language (English names, `,` between arguments), shown in euros or as a number;
 * - `empty`: nothing.
 */
export type SheetCell =
  | { readonly kind: "text"; readonly value: string; readonly bold?: boolean }
  | { readonly kind: "number"; readonly value: number; readonly bold?: boolean }
  | { readonly kind: "money"; readonly value: Cents; readonly bold?: boolean }
  | { readonly kind: "date"; readonly value: string; readonly bold?: boolean }
  | {
      readonly kind: "formula";
      readonly value: string;
      readonly bold?: boolean;
      /** How the result shows: in euros (default) or as a plain number. */
      readonly format?: "money" | "number";
    }
  | { readonly kind: "empty" };

/** An Excel table to create over part of a sheet (summary, journal). */
export interface SheetTable {
  /** Table name, unique in the workbook (letters, digits, underscores). */
  readonly name: string;
  /** Index in `rows` of the header row; the table spans from it to the last row. */
  readonly headerRow: number;
  /** Columns the table spans from column A; all the sheet's columns when absent. */
  readonly columns?: number;
}

/**
 * A block of cells, rows and columns counted from 0 (A1 is row 0, column 0), bounds included.
 * Without `bottom`, the block runs down to the sheet's last row: rows a table gains later (the
 * journal's) belong to it too.
 */
export interface SheetArea {
  readonly top: number;
  readonly left: number;
  readonly right: number;
  readonly bottom?: number;
}

/** A sheet to write: its cells from A1, column widths and print setup. */
export interface SheetSpec {
  /** Sheet name: at most 31 characters, none of : \ / ? * [ ]. */
  readonly name: string;
  /** Rows of cells from A1; rows may have different lengths. */
  readonly rows: readonly (readonly SheetCell[])[];
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /**
   * Page setup for printing: A4, orientation, fitted to one page wide (as many pages down as it
   * takes), print area over the written cells.
   */
  readonly print: { readonly orientation: "portrait" | "landscape" };
  /**
   * Blocks whose text wraps within its cell, from the top of the row, the row growing to hold
   * every line: a text longer than its column prints whole instead of being cut by the next
   * cell or the print area. Cells outside these blocks do not wrap: their text spills over the
   * empty cells on their right.
   */
  readonly wrap?: readonly SheetArea[];
  /** An Excel table over part of the sheet, if any. */
  readonly table?: SheetTable;
}

/** Builds a text cell. @example text("Hem") */
export const text = (value: string, bold = false): SheetCell => ({ kind: "text", value, bold });
/** Builds a number cell. @example num(1209) */
export const num = (value: number, bold = false): SheetCell => ({ kind: "number", value, bold });
/** Builds a money cell from cents. @example money(157170) */
export const money = (value: Cents, bold = false): SheetCell => ({ kind: "money", value, bold });
/** Builds a date cell from an ISO date. @example date("2025-01-15") */
export const date = (value: string, bold = false): SheetCell => ({ kind: "date", value, bold });
/** Builds a formula cell (invariant language). @example formula("=ENT.CONTRIB(H2,2025,I2)") */
export const formula = (value: string, format: "money" | "number" = "money"): SheetCell => ({
  kind: "formula",
  value,
  format,
});
/** An empty cell. */
export const EMPTY: SheetCell = { kind: "empty" };
