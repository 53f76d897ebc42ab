import type { IsoDate } from "../../domain/dates/isoDate";
import { DomainError } from "../../domain/errors/DomainError";
import { CellProblem } from "../../domain/tables/CellProblem";
import { readDate } from "../../domain/tables/readDate";
import { quotedValue } from "../../domain/text/echoValue";
import { FIRST_SERIAL_READ_AS_DATE } from "./readYear";

/** A number below FIRST_SERIAL_READ_AS_DATE is a year, or nothing: not a date. */
const DATES = { earliest: { serial: FIRST_SERIAL_READ_AS_DATE } };

/**
 * Reads an optional date from an Excel argument: a date cell (an Excel serial) or a text date
 * (16/06/2022, 2022-06-16). A year alone is refused: the quorum rule changed within years. The
 * cell reader of src/domain/tables reads it; this names the argument in the message.
 *
 * @param value - the argument as Excel passes it
 * @param name - the argument's name, for messages
 * @returns the ISO date, or null when the argument is omitted (or 0, an empty cell on some hosts)
 * @throws DomainError (invalid-date) when it is not a date
 * @example
 * readOptionalDate(44728, "date"); // "2022-06-16"
 * readOptionalDate("16/06/2022", "date"); // "2022-06-16"
 * readOptionalDate(null, "date"); // null
 */
export function readOptionalDate(value: unknown, name: string): IsoDate | null {
  // Some hosts pass an empty cell as 0, which is no date (Excel's day 0 does not exist).
  if (value === null || value === undefined || value === "" || value === 0) return null;
  try {
    return readDate(value, DATES);
  } catch (error) {
    if (!(error instanceof CellProblem)) throw error;
    const text = typeof value === "string" ? value.trim() : "";
    const year =
      (typeof value === "number" && Number.isInteger(value) && value >= 1900 && value <= 9999) ||
      /^\d{4}$/.test(text);
    throw new DomainError(
      "invalid-date",
      year
        ? `${name} : ${quotedValue(value)} est une année ; donnez le jour de la séance (16/06/2022), car la règle a changé en cours d'année.`
        : `${name} : ${quotedValue(value)} n'est pas une date ; donnez le jour de la séance (16/06/2022).`
    );
  }
}
