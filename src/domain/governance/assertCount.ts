import { DomainError } from "../errors/DomainError";
import { frenchNumber } from "../text/echoValue";
import { deWord } from "../text/frenchText";
import {
  isTooLargeWholeNumber,
  TOO_LARGE_WHOLE_NUMBER,
  wholeNumberExpected,
} from "../text/wholeNumberText";

/**
 * Checks that a count (members, votes, adherents) is a whole number, zero or more.
 *
 * @param value - the count
 * @param what - what it counts, in French, for the message ("membres présents")
 * @param least - the smallest count the caller accepts, for the message only: with 1 (members
 *   in office) a bad value is told "d'au moins 1", and 0 is left to the caller's own message
 * @returns the same value
 * @throws DomainError (invalid-number) when it is negative, fractional or not a safe integer
 * @example
 * assertCount(7, "membres présents"); // 7
 */
export function assertCount(value: number, what: string, least: 0 | 1 = 0): number {
  if (isTooLargeWholeNumber(value)) {
    throw new DomainError(
      "invalid-number",
      `Nombre ${deWord(what)} trop grand (${frenchNumber(value)}) : ${TOO_LARGE_WHOLE_NUMBER}.`
    );
  }
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new DomainError(
      "invalid-number",
      `Nombre ${deWord(what)} invalide (${frenchNumber(value)}) : ${wholeNumberExpected(least)} est attendu.`
    );
  }
  return value;
}
