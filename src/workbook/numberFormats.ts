import type { SheetCell } from "../domain/sheets/SheetSpec";

/** Excel number formats used for each kind of cell (format codes are locale-independent). */
export const NUMBER_FORMATS = {
  text: "General",
  number: "General",
  money: '#,##0.00 "€"',
  date: "dd/mm/yyyy",
  formula: '#,##0.00 "€"',
  empty: "General",
} as const;

/**
 * The number format of a cell: by its kind, and for a formula by the format it asks for.
 *
 * @param cell - the cell
 * @returns an Excel format code
 * @example
 * numberFormatOf({ kind: "formula", value: "=A1", format: "number" }); // "General"
 */
export function numberFormatOf(cell: SheetCell): string {
  return cell.kind === "formula" && cell.format === "number"
    ? "General"
    : NUMBER_FORMATS[cell.kind];
}
