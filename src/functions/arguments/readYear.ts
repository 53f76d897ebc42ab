import { excelSerialToDate, parseDateText } from "../../domain/dates/excelDates";
import { DomainError } from "../../domain/errors/DomainError";
import { quotedValue } from "../../domain/text/echoValue";

/** Numbers from this value on are Excel date serials (10000 is 18 May 1927), below it years. */
export const FIRST_SERIAL_READ_AS_DATE = 10_000;
/** Excel's last date, 31/12/9999. */
export const LAST_EXCEL_SERIAL = 2_958_465;

/**
 * Reads an exercise from an Excel argument: a year (2024), a date cell (an Excel serial), or a
 * text holding a year or a date (15/06/2024, 2024-06-15).
 *
 * @param value - the argument as Excel passes it
 * @param name - the argument's name, for messages
 * @returns the year
 * @throws DomainError when missing or not a year or a date
 * @example
 * readYear(2024, "annee"); // 2024
 * readYear(45458, "annee"); // 2024 (15/06/2024)
 */
export function readYear(value: unknown, name: string): number {
  if (value === null || value === undefined || value === "") {
    throw new DomainError(
      "missing-value",
      `${name} manquant : donnez une année (2024) ou une date.`
    );
  }
  if (typeof value === "number" && Number.isFinite(value)) {
    if (value >= FIRST_SERIAL_READ_AS_DATE && value <= LAST_EXCEL_SERIAL) {
      return excelSerialToDate(value).getUTCFullYear();
    }
    if (Number.isInteger(value) && value >= 1900 && value < FIRST_SERIAL_READ_AS_DATE) return value;
  }
  if (typeof value === "string") {
    const text = value.trim();
    if (/^\d{4}$/.test(text)) return Number(text);
    const date = parseDateText(text);
    if (date) return date.getUTCFullYear();
  }
  throw new DomainError(
    "invalid-year",
    `${name} : ${quotedValue(value)} n'est ni une année (2024) ni une date (15/06/2024).`
  );
}
