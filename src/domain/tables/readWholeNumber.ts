import { isTooLargeWholeNumber } from "../text/wholeNumberText";
import { CELL_MESSAGES, type CellMessages } from "./cellMessages";
import { CellProblem } from "./CellProblem";
import { isEmptyCell } from "./cellText";

/**
 * What readWholeNumber says: empty, not a whole number ≥ 0, and beyond 2^53 − 1 (the largest
 * whole number counted exactly; the `invalid` message when not given).
 *
 * @example
 * const messages: WholeNumberMessages = { invalid: "nombre de places attendu." };
 */
export interface WholeNumberMessages extends Partial<CellMessages> {
  readonly tooLarge?: string;
}

const DIGITS = /^\d+$/;
const THOUSANDS = /[\s\u00a0\u202f]/g;

/**
 * Reads a whole number ≥ 0: a number, or text of digits with optional thousands spaces ("1 209",
 * also with a no-break space). A missing value is a problem, never a zero.
 *
 * @param cell - the cell
 * @param messages - what to say, by reason (the register's words when not given)
 * @returns the number
 * @throws CellProblem: "missing" when empty, "too-large" beyond 2^53 − 1, "invalid" when
 *   negative, fractional or not a number
 * @example
 * readWholeNumber("1 209"); // 1209
 * readWholeNumber(-1); // throws "nombre entier d'élèves attendu, positif ou nul (par exemple 1209)."
 */
export function readWholeNumber(cell: unknown, messages: WholeNumberMessages = {}): number {
  if (isEmptyCell(cell)) {
    throw new CellProblem(messages.missing ?? CELL_MESSAGES.required, "missing");
  }
  const text = typeof cell === "string" ? cell.replace(THOUSANDS, "") : "";
  const value = typeof cell === "number" ? cell : DIGITS.test(text) ? Number(text) : NaN;
  const invalid = messages.invalid ?? CELL_MESSAGES.wholeNumber;
  if (isTooLargeWholeNumber(value))
    throw new CellProblem(messages.tooLarge ?? invalid, "too-large");
  if (!Number.isSafeInteger(value) || value < 0) throw new CellProblem(invalid);
  return value;
}

/**
 * Reads an optional whole number ≥ 0 (see readWholeNumber).
 *
 * @param cell - the cell
 * @param messages - what to say, by reason
 * @returns the number, or null when empty
 * @throws CellProblem when not a whole number ≥ 0
 * @example
 * readOptionalWholeNumber(""); // null
 * readOptionalWholeNumber("12"); // 12
 */
export function readOptionalWholeNumber(
  cell: unknown,
  messages: WholeNumberMessages = {}
): number | null {
  return isEmptyCell(cell) ? null : readWholeNumber(cell, messages);
}
