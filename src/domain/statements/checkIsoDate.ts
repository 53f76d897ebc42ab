import { parseDateText } from "../dates/excelDates";
import { DomainError } from "../errors/DomainError";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks that a text is an existing ISO date (yyyy-mm-dd). Dates are compared as text in this
 * module (ISO dates sort as they read), so a malformed one must fail loudly rather than compare
 * wrongly.
 *
 * @param iso - the date
 * @param what - what the date is, in French, for the message ("date de transfert de Hem")
 * @returns the same text
 * @throws DomainError ("missing-value" when empty, "invalid-date" otherwise)
 * @example
 * checkIsoDate("2024-01-01", "date d'émission"); // "2024-01-01"
 */
export function checkIsoDate(iso: string, what: string): string {
  if (iso.trim() === "") {
    throw new DomainError("missing-value", `${capitalize(what)} absente.`);
  }
  if (!ISO_DATE.test(iso) || parseDateText(iso) === null) {
    throw new DomainError(
      "invalid-date",
      `${capitalize(what)} invalide : « ${iso} » (attendu une date réelle au format aaaa-mm-jj).`
    );
  }
  return iso;
}

/**
 * Checks an exercise: a whole year from 1900 to 9999.
 *
 * @param year - the exercise
 * @returns the same year
 * @throws DomainError ("invalid-year") otherwise
 * @example
 * checkYear(2025); // 2025
 */
export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new DomainError(
      "invalid-year",
      `Exercice invalide : ${String(year).replace(".", ",")} (attendu une année, par exemple 2025).`
    );
  }
  return year;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
