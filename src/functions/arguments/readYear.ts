import { DomainError } from "../../domain/errors/DomainError";
import { CellProblem } from "../../domain/tables/CellProblem";
import { readYear as readYearCell } from "../../domain/tables/readYear";
import { quotedValue } from "../../domain/text/echoValue";

/** Numbers from this value on are Excel date serials (10000 is 18 May 1927), below it years. */
export const FIRST_SERIAL_READ_AS_DATE = 10_000;

const YEAR_OR_DATE = { datesFrom: FIRST_SERIAL_READ_AS_DATE };

/**
 * Reads an exercise from an Excel argument: a year (2024), a date cell (an Excel serial), or a
 * text holding a year or a date (15/06/2024, 2024-06-15). The cell reader of src/domain/tables
 * reads it; this names the argument in the message.
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
  try {
    return readYearCell(value, YEAR_OR_DATE);
  } catch (error) {
    if (!(error instanceof CellProblem)) throw error;
    throw new DomainError(
      "invalid-year",
      `${name} : ${quotedValue(value)} n'est ni une année (2024) ni une date (15/06/2024).`
    );
  }
}
