import { DomainError } from "../errors/DomainError";
import type { Cents } from "./cents";

/**
 * Splits an amount in whole cents in proportion to integer weights, by the largest-remainder
 * method (RULES.md §3): each share starts at the floor of its exact proportion, then the cents
 * left over go one each to the largest remainders, ties to the earlier row. The shares sum
 * exactly to the amount and each is within one cent of its exact proportion. A negative amount
 * is split as its opposite, then negated.
 *
 * @param amount - amount to split, in cents
 * @param weights - non-negative integer weights, at least one of them positive
 * @returns one share per weight, in cents, in the same order
 * @throws DomainError when there is no weight, one is negative, or all are zero
 * @example
 * allocateLargestRemainder(1000, [3n, 2n, 2n]); // [428, 286, 286]
 */
export function allocateLargestRemainder(amount: Cents, weights: readonly bigint[]): Cents[] {
  if (weights.length === 0) {
    throw new DomainError("invalid-allocation", "Répartition : aucun effectif donné.");
  }
  let totalWeight = 0n;
  weights.forEach((weight, index) => {
    if (weight < 0n) {
      throw new DomainError(
        "invalid-allocation",
        `Répartition : l'effectif de la ligne ${index + 1} est négatif.`
      );
    }
    totalWeight += weight;
  });
  if (totalWeight === 0n) {
    throw new DomainError(
      "invalid-allocation",
      "Répartition : tous les effectifs sont nuls ; rien ne permet de répartir."
    );
  }
  const negative = amount < 0;
  const total = BigInt(Math.abs(amount));
  const floors = weights.map((weight) => (total * weight) / totalWeight);
  const remainders = weights.map((weight) => (total * weight) % totalWeight);
  let leftover = total - floors.reduce((sum, share) => sum + share, 0n);
  // Largest remainder first; Array.prototype.sort is stable, so equal remainders keep row order.
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => (a.remainder === b.remainder ? 0 : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (leftover === 0n) break;
    floors[index] = (floors[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return floors.map((share) => (negative && share !== 0n ? -Number(share) : Number(share)));
}
