import { DomainError } from "../../domain/errors/DomainError";
import type { Cents } from "../../domain/money/cents";
import { readAmountArgument } from "./readAmountArgument";

const isBlank = (cell: unknown) => cell === null || cell === undefined || cell === "";

/**
 * Reads an amount, or the sum of a range of amounts, from an Excel argument: a single cell must
 * hold an amount (empty is an error, not a zero); in a range of several cells, empty cells are
 * skipped (a heading with nothing paid) and every other cell must be an amount in euros, at most
 * two decimals, 0 or more. The sum is exact, in cents.
 *
 * @param matrix - the argument as Excel passes it (a single value comes as [[value]])
 * @param name - the argument's name, for messages
 * @returns the amount or the sum, in cents
 * @throws DomainError for a missing amount, a cell that is not an amount, or a negative one
 * @example
 * readAmountRange([[40000], [""], ["60 000,00"]], "charges"); // 10000000
 */
export function readAmountRange(matrix: unknown, name: string): Cents {
  const cells = Array.isArray(matrix)
    ? matrix.flatMap((row: unknown) => (Array.isArray(row) ? row : [row]))
    : [matrix];
  const filled = cells.length > 1 ? cells.filter((cell) => !isBlank(cell)) : cells;
  if (filled.length === 0) {
    throw new DomainError(
      "missing-value",
      `${name} manquant : la plage est vide ; donnez un montant en euros ou une plage de montants.`
    );
  }
  return filled.reduce<Cents>((sum, cell, index) => {
    const cents = readAmountArgument(cell, name);
    if (cents < 0) {
      const where = filled.length > 1 ? ` (valeur n° ${index + 1} de la plage)` : "";
      throw new DomainError(
        "invalid-number",
        `${name}${where} : un montant positif ou nul est attendu.`
      );
    }
    return sum + cents;
  }, 0);
}
