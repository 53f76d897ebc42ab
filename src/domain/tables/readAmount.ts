import { isDomainError } from "../errors/DomainError";
import type { Cents } from "../money/cents";
import { eurosToCents, parseEurosText } from "../money/parseEuros";
import { CELL_MESSAGES, type CellMessages } from "./cellMessages";
import { CellProblem } from "./CellProblem";
import { cellText, isEmptyCell } from "./cellText";

/**
 * How to read an amount: what to say, what the amount is, and whether it may be negative.
 *
 * @example
 * const reading: AmountReading = { what: "tarif", messages: { negative: "le tarif doit être positif ou nul." } };
 */
export interface AmountReading {
  /** What to say, by reason; `negative` is the `invalid` message when not given. */
  readonly messages?: Partial<CellMessages> & { readonly negative?: string };
  /** What the amount is, for the money parser's own message (the CellProblem's cause). */
  readonly what?: string;
  /** True when a negative amount is accepted. */
  readonly signed?: boolean;
}

/**
 * Reads an amount in euros, 0 or more unless `signed`: a number, or text with a decimal comma
 * ("1 571,70", "12 €"), exact to the cent.
 *
 * @param cell - the cell
 * @param reading - messages, what the amount is, whether it may be negative
 * @returns cents
 * @throws CellProblem: "missing" when empty, "invalid" when not an amount, finer than the cent
 *   (the money parser's DomainError as its cause) or negative
 * @example
 * readAmount(1571.7); // 157170
 * readAmount("-5"); // throws "montant en euros attendu, positif ou nul, au plus deux décimales (par exemple 1571,70)."
 * readAmount("-5", { signed: true }); // -500
 */
export function readAmount(cell: unknown, reading: AmountReading = {}): Cents {
  const { messages = {}, what = "montant" } = reading;
  const invalid = messages.invalid ?? CELL_MESSAGES.amount;
  if (isEmptyCell(cell))
    throw new CellProblem(messages.missing ?? CELL_MESSAGES.required, "missing");
  let cents: Cents;
  try {
    cents =
      typeof cell === "number"
        ? eurosToCents(cell, what)
        : parseEurosText(typeof cell === "string" ? cell : cellText(cell), what);
  } catch (error) {
    if (isDomainError(error)) throw new CellProblem(invalid, "invalid", error);
    throw error;
  }
  if (cents < 0 && reading.signed !== true) throw new CellProblem(messages.negative ?? invalid);
  return cents;
}
