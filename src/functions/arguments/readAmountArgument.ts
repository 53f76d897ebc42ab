import { DomainError, isDomainError } from "../../domain/errors/DomainError";
import type { Cents } from "../../domain/money/cents";
import { CellProblem } from "../../domain/tables/CellProblem";
import { readAmount } from "../../domain/tables/readAmount";

/**
 * Reads an amount in euros from an Excel argument: a number, or a text with a decimal comma;
 * negative amounts are the caller's business. The cell reader of src/domain/tables reads it; the
 * money parser's own message names the argument.
 *
 * @param value - the argument as Excel passes it
 * @param name - the argument's name, for messages
 * @returns the amount in cents
 * @throws DomainError when missing, not an amount, or finer than a cent
 * @example
 * readAmountArgument("10,00", "montant"); // 1000
 */
export function readAmountArgument(value: unknown, name: string): Cents {
  if (typeof value !== "number" && (typeof value !== "string" || value.trim() === "")) {
    throw new DomainError(
      "missing-value",
      `${name} manquant : donnez un montant en euros (par exemple 10 ou 571,70).`
    );
  }
  try {
    return readAmount(value, { what: name, signed: true });
  } catch (error) {
    if (error instanceof CellProblem && isDomainError(error.cause)) throw error.cause;
    throw error;
  }
}
