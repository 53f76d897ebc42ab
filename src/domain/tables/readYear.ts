import { excelSerialToDate, parseDateText } from "../dates/excelDates";
import { CELL_MESSAGES, type CellMessages } from "./cellMessages";
import { CellProblem } from "./CellProblem";
import { cellText, isEmptyCell } from "./cellText";

/**
 * How to read a year: what to say, and whether a date gives its year.
 *
 * @example
 * const reading: YearReading = { datesFrom: 10000 };
 */
export interface YearReading {
  /** What to say, by reason (the register's words when not given). */
  readonly messages?: Partial<CellMessages>;
  /**
   * When given, a date gives its year: a number from this serial on is an Excel date (10000 is
   * 18/05/1927), and a text that is not a year may be a date (15/06/2024, 2024-06-15).
   */
  readonly datesFrom?: number;
}

const isYear = (year: number) => Number.isInteger(year) && year >= 1900 && year <= 9999;

/**
 * Reads a year, 1900 to 9999, given as a number or text; with `datesFrom`, also the year of a date.
 *
 * @param cell - the cell
 * @param reading - messages, and whether dates are read
 * @returns the year
 * @throws CellProblem: "missing" when empty, "invalid" when not a year (nor a date)
 * @example
 * readYear("2025"); // 2025
 * readYear(1850); // throws "année attendue (par exemple 2025)."
 * readYear(45458, { datesFrom: 10000 }); // 2024 (15/06/2024)
 */
export function readYear(cell: unknown, reading: YearReading = {}): number {
  if (isEmptyCell(cell)) {
    throw new CellProblem(reading.messages?.missing ?? CELL_MESSAGES.required, "missing");
  }
  const { datesFrom } = reading;
  if (typeof cell === "number" && datesFrom !== undefined && cell >= datesFrom) {
    const year = excelSerialToDate(cell).getUTCFullYear();
    if (isYear(year)) return year;
  } else {
    const year = typeof cell === "number" ? cell : Number(cellText(cell));
    if (isYear(year)) return year;
    const date =
      datesFrom !== undefined && typeof cell === "string" ? parseDateText(cell.trim()) : null;
    if (date && isYear(date.getUTCFullYear())) return date.getUTCFullYear();
  }
  throw new CellProblem(reading.messages?.invalid ?? CELL_MESSAGES.year);
}

/**
 * Reads an optional year (see readYear).
 *
 * @param cell - the cell
 * @param reading - messages, and whether dates are read
 * @returns the year, or null when empty
 * @throws CellProblem when not a year
 * @example
 * readOptionalYear(""); // null
 * readOptionalYear(2031); // 2031
 */
export function readOptionalYear(cell: unknown, reading: YearReading = {}): number | null {
  return isEmptyCell(cell) ? null : readYear(cell, reading);
}
