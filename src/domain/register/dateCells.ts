import { excelSerialOf, excelSerialToDate, parseDateText } from "../dates/excelDates";
import { toIsoDate } from "../dates/isoDate";
import { cellText, isEmptyCell } from "../tables/cellText";
import { CellProblem } from "./cellReaders";
import { frenchDate } from "../text/frenchText";
import { MESSAGES } from "./registerMessages";

/**
 * The first day a date cell given as a number (an Excel serial, or a JavaScript Date from a file)
 * may be: 1 January 2000, serial 36526. A number below it is a number typed in a date cell (a
 * year, 2026, reads as 18/07/1905), not the date a transfer, a withdrawal or a statement of the
 * ENT took effect: the syndicate's ENT service is from the 2010s (RULES.md §2.1: first schedule
 * 2019).
 *
 * @example
 * FIRST_DATE_SERIAL; // 36526
 */
export const FIRST_DATE_SERIAL = 36526;

function tooEarly(serial: number): CellProblem {
  const shown = frenchDate(toIsoDate(excelSerialToDate(serial)));
  const whole = Math.floor(serial);
  return new CellProblem(
    whole === serial && whole >= 1900 && whole <= 9999
      ? MESSAGES.yearInDateCell(whole, shown)
      : MESSAGES.numberInDateCell(String(serial).replace(".", ","), shown)
  );
}

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
 * Reads a date: an Excel serial, a JavaScript Date, or text (15/06/2023 or 2023-06-15). A number
 * or a Date before 1 January 2000 (FIRST_DATE_SERIAL) is refused: it is a number typed in a date
 * cell, and a year (2026) is said to be one, with the date to type instead.
 *
 * @param cell - the cell
 * @returns the ISO date
 * @throws CellProblem when empty, not a date that exists, or a number that is not a date
 * @example
 * readDate(45292); // "2024-01-01"
 * readDate(2026); // throws: "2026 est un nombre, pas une date : une année seule n'est pas une date …"
 */
export function readDate(cell: unknown): string {
  if (isEmptyCell(cell)) throw new CellProblem(MESSAGES.required);
  if (typeof cell === "number" && Number.isFinite(cell) && cell < FIRST_DATE_SERIAL) {
    throw tooEarly(cell);
  }
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) {
    const serial = excelSerialOf(cell);
    if (serial < FIRST_DATE_SERIAL) throw tooEarly(serial);
  }
  const date =
    typeof cell === "number"
      ? excelSerialToDate(cell)
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
