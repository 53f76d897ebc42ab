import { excelSerialToDate, parseDateText, toIsoDate } from "../dates/excelDates";
import { cellText, isEmptyCell } from "../tables/cellText";
import { CellProblem } from "./cellReaders";
import { MESSAGES } from "./registerMessages";

/**
 * Reads a year (1900 to 9999), given as a number or text.
 *
 * @param cell - the cell
 * @returns the year
 * @throws CellProblem otherwise
 * @example
 * readYear("2025"); // 2025
 */
export function readYear(cell: unknown): number {
  if (isEmptyCell(cell)) throw new CellProblem(MESSAGES.required);
  const year = typeof cell === "number" ? cell : Number(cellText(cell));
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new CellProblem(MESSAGES.year);
  return year;
}

/**
 * Reads a date: an Excel serial, a JavaScript Date, or text (15/06/2023 or 2023-06-15).
 *
 * @param cell - the cell
 * @returns the ISO date
 * @throws CellProblem when empty or not a date that exists
 * @example
 * readDate(45292); // "2024-01-01"
 */
export function readDate(cell: unknown): string {
  if (isEmptyCell(cell)) throw new CellProblem(MESSAGES.required);
  const date =
    typeof cell === "number"
      ? cell >= 1
        ? excelSerialToDate(cell)
        : null
      : cell instanceof Date
        ? cell
        : parseDateText(cellText(cell));
  if (!date || Number.isNaN(date.getTime()) || date.getUTCFullYear() > 9999) {
    throw new CellProblem(MESSAGES.date);
  }
  return toIsoDate(date);
}

/**
 * Reads an optional date.
 *
 * @param cell - the cell
 * @returns the ISO date, or null when empty
 * @throws CellProblem when not a date
 * @example
 * readOptionalDate(""); // null
 */
export function readOptionalDate(cell: unknown): string | null {
  return isEmptyCell(cell) ? null : readDate(cell);
}
