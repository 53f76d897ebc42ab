import { DomainError } from "../../domain/errors/DomainError";
import { CellProblem } from "../../domain/tables/CellProblem";
import { readWholeNumber as readWholeNumberCell } from "../../domain/tables/readWholeNumber";
import { echoValue } from "../../domain/text/echoValue";
import { TOO_LARGE_WHOLE_NUMBER, wholeNumberExpected } from "../../domain/text/wholeNumberText";

/**
 * Reads a whole number ≥ 0 from an Excel argument: a number, or a text of digits ("1 209").
 * A missing value is an error, never a zero. The cell reader of src/domain/tables reads it; this
 * names the argument in the message.
 *
 * @param value - the argument as Excel passes it
 * @param name - what it counts, for messages ("Le nombre d'élèves")
 * @param least - the smallest count the caller accepts, for the message only: with 1 (members
 *   in office) a bad value is told "d'au moins 1", and 0 itself is left to the domain's own message
 * @returns the number
 * @throws DomainError when missing, negative, fractional, not a number, or beyond 2^53 − 1
 * @example
 * readWholeNumber("1 209", "Le nombre d'élèves"); // 1209
 */
export function readWholeNumber(value: unknown, name: string, least: 0 | 1 = 0): number {
  try {
    return readWholeNumberCell(value);
  } catch (error) {
    if (!(error instanceof CellProblem)) throw error;
    if (error.reason === "missing") {
      throw new DomainError(
        "missing-value",
        `${name} est manquant : une cellule vide n'est pas un zéro. Saisissez un nombre entier.`
      );
    }
    if (error.reason === "too-large") {
      throw new DomainError(
        "invalid-number",
        `${name} est trop grand (reçu ${echoValue(value)}) : ${TOO_LARGE_WHOLE_NUMBER}.`
      );
    }
    throw new DomainError(
      "invalid-number",
      `${name} doit être ${wholeNumberExpected(least)} (reçu ${echoValue(value)}).`
    );
  }
}
