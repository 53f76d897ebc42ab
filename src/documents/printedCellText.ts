import { formatEuros } from "../domain/money/formatEuros";
import type { SheetCell } from "../domain/sheets/SheetSpec";
import { frenchDate, groupDigits } from "../domain/text/frenchText";

/**
 * Formats a number the French way: no-break space between thousands, decimal comma. Hand-written
 * like formatEuros, so no U+202F from Intl reaches the PDF.
 *
 * @param value - the number
 * @returns its French text
 * @example
 * printedNumber(1209); // "1 209" (U+00A0 between 1 and 209)
 * printedNumber(-2.5); // "-2,5"
 */
export function printedNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const [whole = "0", fraction] = String(Math.abs(value)).split(".");
  return `${value < 0 ? "-" : ""}${groupDigits(whole)}${fraction === undefined ? "" : `,${fraction}`}`;
}

/**
 * The text a sheet cell shows when printed: text as is, numbers and amounts the French way,
 * ISO dates as dd/mm/yyyy, nothing for an empty cell (or a formula, which a PDF cannot work out).
 *
 * @param cell - a cell from the statement's helpers (statementLineRows, issuerRows, …)
 * @returns the text to draw, before WinAnsi sanitizing
 * @example
 * printedCellText(money(157170)); // "1 571,70 €"
 * printedCellText(date("2025-03-01")); // "01/03/2025"
 */
export function printedCellText(cell: SheetCell): string {
  switch (cell.kind) {
    case "text":
      return cell.value;
    case "number":
      return printedNumber(cell.value);
    case "money":
      return formatEuros(cell.value);
    case "date":
      return frenchDate(cell.value);
    case "formula":
    case "empty":
      return "";
  }
}

/**
 * Whether a cell is printed in bold.
 *
 * @param cell - a sheet cell
 * @returns its bold flag, false for an empty cell
 * @example
 * isBold(text("Total à payer", true)); // true
 */
export function isBold(cell: SheetCell): boolean {
  return cell.kind !== "empty" && cell.bold === true;
}
