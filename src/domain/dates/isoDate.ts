import { DomainError } from "../errors/DomainError";
import { quoteEcho } from "../text/echoValue";

/**
 * A calendar date written the ISO way, yyyy-mm-dd ("2022-06-16"). Dates are kept and compared
 * as such texts throughout the domain: ISO dates sort as they read.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The date of a calendar day at 00:00 UTC, when that day exists.
 *
 * @param year - the year
 * @param month - the month, 1 to 12
 * @param day - the day of the month
 * @returns the date, or null when there is no such day (31 February, month 13…)
 * @example
 * utcDate(2024, 2, 29)?.toISOString(); // "2024-02-29T00:00:00.000Z"
 * utcDate(2023, 2, 29); // null
 */
export function utcDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? date
    : null;
}

/**
 * Whether a text is written yyyy-mm-dd, whether or not the day exists (for texts already read
 * as dates elsewhere, which only need to compare).
 *
 * @param text - the text
 * @returns true for "2025-02-30" as for "2025-02-28"
 * @example
 * hasIsoDateShape("2025-02-30"); // true
 * hasIsoDateShape("01/03/2025"); // false
 */
export function hasIsoDateShape(text: string): boolean {
  return ISO_DATE.test(text);
}

/**
 * Reads an ISO date (yyyy-mm-dd, nothing around it) that exists.
 *
 * @param text - the text
 * @returns the date at 00:00 UTC, or null when the text is not such a date
 * @example
 * parseIsoDate("2025-03-01")?.toISOString(); // "2025-03-01T00:00:00.000Z"
 * parseIsoDate("01/03/2025"); // null
 */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  return match ? utcDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/**
 * Whether a text is an ISO date (yyyy-mm-dd) that exists.
 *
 * @param text - the text
 * @returns true when parseIsoDate reads it
 * @example
 * isIsoDate("2024-02-29"); // true
 * isIsoDate("2023-02-29"); // false
 */
export function isIsoDate(text: string): text is IsoDate {
  return parseIsoDate(text) !== null;
}

/**
 * Converts a calendar date to an ISO date (yyyy-mm-dd), in UTC.
 *
 * @param date - the date
 * @returns e.g. "2023-06-15"
 * @example
 * toIsoDate(new Date(Date.UTC(2023, 5, 15))); // "2023-06-15"
 */
export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/**
 * A moment's date as read on the wall where the code runs (local time), as an ISO date: today's
 * date for a default date of issue.
 *
 * @param now - the clock
 * @returns e.g. "2025-03-01"
 * @example
 * localIsoDate(new Date(2025, 2, 1, 23, 30)); // "2025-03-01"
 */
export function localIsoDate(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The ISO date some calendar days after another, worked out in UTC so neither the time zone nor
 * a change of daylight saving time moves it.
 *
 * @param date - an existing ISO date
 * @param days - whole days, negative to go back
 * @returns the ISO date
 * @throws RangeError when the date is not an existing ISO date
 * @example
 * addDays("2024-01-30", 30); // "2024-02-29"
 * addDays("2025-08-31", 1); // "2025-09-01"
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const day = parseIsoDate(date);
  if (day === null) throw new RangeError(`not an ISO date: ${date}`);
  day.setUTCDate(day.getUTCDate() + days);
  return toIsoDate(day);
}

/**
 * Checks that a text is an ISO date that exists (yyyy-mm-dd), as the governance functions take
 * their dates.
 *
 * @param date - the candidate date
 * @returns the same text, typed as an ISO date
 * @throws DomainError (invalid-date) when it is not written yyyy-mm-dd or does not exist
 * @example
 * assertIsoDate("2022-06-16"); // "2022-06-16"
 */
export function assertIsoDate(date: string): IsoDate {
  if (!isIsoDate(date)) {
    throw new DomainError(
      "invalid-date",
      `Date ${quoteEcho(date)} invalide : une date existante est attendue (AAAA-MM-JJ, par exemple 2022-06-16).`
    );
  }
  return date;
}

/**
 * Checks that a text is an existing ISO date (yyyy-mm-dd), naming the date in the message. Dates
 * are compared as text, so a malformed one must fail loudly rather than compare wrongly.
 *
 * @param iso - the date
 * @param what - what the date is, in French, for the message ("date de transfert de Hem")
 * @returns the same text
 * @throws DomainError ("missing-value" when empty, "invalid-date" otherwise)
 * @example
 * checkIsoDate("2024-01-01", "date d'émission"); // "2024-01-01"
 */
export function checkIsoDate(iso: string, what: string): IsoDate {
  if (iso.trim() === "") {
    throw new DomainError("missing-value", `${capitalize(what)} absente.`);
  }
  if (!isIsoDate(iso)) {
    throw new DomainError(
      "invalid-date",
      `${capitalize(what)} invalide : « ${iso} » (attendu une date réelle au format aaaa-mm-jj).`
    );
  }
  return iso;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
