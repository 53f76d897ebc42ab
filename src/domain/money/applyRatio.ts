import type { Cents } from "./cents";
import { roundHalfAwayFromZero } from "./roundHalfAwayFromZero";
import { roundRatio } from "./roundRatio";

/**
 * Multiplies an amount by a fraction and rounds to the cent, halves away from zero (RULES.md §3):
 * N/12 of a yearly line, P % of a gross total. Exact: integer arithmetic, on numbers while the
 * product is a safe integer, on BigInt beyond.
 *
 * @param cents - the amount, in cents
 * @param numerator - a safe integer ≥ 0
 * @param denominator - a positive safe integer
 * @returns the rounded amount in cents
 * @example
 * applyRatio(157170, 7, 12); // 91683 (916,825 € rounded half away from zero)
 */
export function applyRatio(cents: Cents, numerator: number, denominator: number): Cents {
  const product = cents * numerator;
  if (Number.isSafeInteger(product)) return roundRatio(product, denominator);
  return Number(roundHalfAwayFromZero(BigInt(cents) * BigInt(numerator), BigInt(denominator)));
}
