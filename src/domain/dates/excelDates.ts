import { parseIsoDate, utcDate } from "./isoDate";

/** Excel's day 0 in the 1900 date system, as used for serials from 61 (1 March 1900) on. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * Converts an Excel date serial (1900 date system) to a calendar date, in UTC.
 *
 * @param serial - days since Excel's epoch; the fraction (time of day) is ignored
 * @returns the date at 00:00 UTC
 * @example
 * excelSerialToDate(45292).toISOString().slice(0, 10); // "2024-01-01"
 */
export function excelSerialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
}

/**
 * Converts a date to its Excel serial (1900 date system): whole days since Excel's epoch, the
 * time of day dropped. The inverse of excelSerialToDate for serials from 61 on.
 *
 * @param date - the date, read in UTC
 * @returns the serial
 * @example
 * excelSerialOf(new Date(Date.UTC(2024, 0, 1))); // 45292
 */
export function excelSerialOf(date: Date): number {
  return Math.floor((date.getTime() - EXCEL_EPOCH_MS) / DAY_MS);
}

const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Reads a date typed as text, French (15/06/2023) or ISO (2023-06-15), and checks it exists.
 *
 * @param text - the text
 * @returns the date at 00:00 UTC, or null when the text is not such a date
 * @example
 * parseDateText("15/06/2023")?.getUTCFullYear(); // 2023
 * parseDateText("31/02/2023"); // null
 */
export function parseDateText(text: string): Date | null {
  const trimmed = text.trim();
  const french = FRENCH_DATE.exec(trimmed);
  return french
    ? utcDate(Number(french[3]), Number(french[2]), Number(french[1]))
    : parseIsoDate(trimmed);
}
