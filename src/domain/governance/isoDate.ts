import { parseDateText } from "../dates/excelDates";
import { DomainError } from "../errors/DomainError";
import { quoteEcho } from "../text/echoValue";
import type { IsoDate } from "./types";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

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
  if (!ISO_DATE.test(date) || parseDateText(date) === null) {
    throw new DomainError(
      "invalid-date",
      `Date ${quoteEcho(date)} invalide : une date existante est attendue (AAAA-MM-JJ, par exemple 2022-06-16).`
    );
  }
  return date;
}
