import { DomainError } from "../../domain/errors/DomainError";
import type { Cents } from "../../domain/money/cents";
import { eurosToCents, parseEurosText } from "../../domain/money/parseEuros";

/**
 * Reads an amount in euros from an Excel argument: a number, or a text with a decimal comma.
 *
 * @param value - the argument as Excel passes it
 * @param name - the argument's name, for messages
 * @returns the amount in cents
 * @throws DomainError when missing, not an amount, or finer than a cent
 * @example
 * readAmountArgument("10,00", "montant"); // 1000
 */
export function readAmountArgument(value: unknown, name: string): Cents {
  if (typeof value === "number") return eurosToCents(value, name);
  if (typeof value === "string" && value.trim() !== "") return parseEurosText(value, name);
  throw new DomainError(
    "missing-value",
    `${name} manquant : donnez un montant en euros (par exemple 10 ou 571,70).`
  );
}
