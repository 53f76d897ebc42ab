import { excelSerialToDate } from "../dates/excelDates";
import { toIsoDate } from "../dates/isoDate";
import type { DateReading } from "../tables/readDate";
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

function tooEarly(serial: number): string {
  const shown = frenchDate(toIsoDate(excelSerialToDate(serial)));
  const whole = Math.floor(serial);
  return whole === serial && whole >= 1900 && whole <= 9999
    ? MESSAGES.yearInDateCell(whole, shown)
    : MESSAGES.numberInDateCell(String(serial).replace(".", ","), shown);
}

/**
 * How the register reads its date cells (readDate of src/domain/tables): a number or a Date
 * before 1 January 2000 (FIRST_DATE_SERIAL) is refused as a number typed in a date cell, and a
 * year (2026) is said to be one, with the date to type instead.
 *
 * @example
 * readDate(45292, REGISTER_DATES); // "2024-01-01"
 * readDate(2026, REGISTER_DATES); // throws: "2026 est un nombre, pas une date : une année seule n'est pas une date …"
 */
export const REGISTER_DATES: DateReading = {
  earliest: { serial: FIRST_DATE_SERIAL, message: tooEarly },
};
