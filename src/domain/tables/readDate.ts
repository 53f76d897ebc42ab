import { excelSerialOf, excelSerialToDate, parseDateText } from "../dates/excelDates";
import { toIsoDate, type IsoDate } from "../dates/isoDate";
import { CELL_MESSAGES, type CellMessages } from "./cellMessages";
import { CellProblem } from "./CellProblem";
import { cellText, isEmptyCell } from "./cellText";

/**
 * How to read a date: what to say, and the first date a number may be.
 *
 * @example
 * const reading: DateReading = { earliest: { serial: 36526 } };
 */
export interface DateReading {
  /** What to say, by reason (the register's words when not given). */
  readonly messages?: Partial<CellMessages>;
  /**
   * A number (or a JavaScript Date) before this Excel serial is refused: a number typed in a date
   * cell (a year, 2026, reads as 18/07/1905). `message` says so, given the serial; `invalid` when
   * not given.
   */
  readonly earliest?: { readonly serial: number; readonly message?: (serial: number) => string };
}

/**
 * Reads a date: an Excel serial, a JavaScript Date (from a file), or text (15/06/2023 or
 * 2023-06-15), up to 31/12/9999.
 *
 * @param cell - the cell
 * @param reading - messages, and the first serial a number may be
 * @returns the ISO date
 * @throws CellProblem: "missing" when empty, "invalid" when not a date that exists, or a number
 *   before `earliest`
 * @example
 * readDate(45292); // "2024-01-01"
 * readDate("31/02/2024"); // throws "date attendue (JJ/MM/AAAA, par exemple 01/01/2024)."
 */
export function readDate(cell: unknown, reading: DateReading = {}): IsoDate {
  const invalid = reading.messages?.invalid ?? CELL_MESSAGES.date;
  if (isEmptyCell(cell)) {
    throw new CellProblem(reading.messages?.missing ?? CELL_MESSAGES.required, "missing");
  }
  const { earliest } = reading;
  if (earliest) {
    const serial =
      typeof cell === "number" && Number.isFinite(cell)
        ? cell
        : cell instanceof Date && !Number.isNaN(cell.getTime())
          ? excelSerialOf(cell)
          : null;
    if (serial !== null && serial < earliest.serial) {
      throw new CellProblem(earliest.message ? earliest.message(serial) : invalid);
    }
  }
  const date =
    typeof cell === "number"
      ? excelSerialToDate(cell)
      : cell instanceof Date
        ? cell
        : parseDateText(cellText(cell));
  if (!date || Number.isNaN(date.getTime()) || date.getUTCFullYear() > 9999) {
    throw new CellProblem(invalid);
  }
  return toIsoDate(date);
}

/**
 * Reads an optional date (see readDate).
 *
 * @param cell - the cell
 * @param reading - messages, and the first serial a number may be
 * @returns the ISO date, or null when empty
 * @throws CellProblem when not a date
 * @example
 * readOptionalDate(""); // null
 * readOptionalDate("15/06/2023"); // "2023-06-15"
 */
export function readOptionalDate(cell: unknown, reading: DateReading = {}): IsoDate | null {
  return isEmptyCell(cell) ? null : readDate(cell, reading);
}
