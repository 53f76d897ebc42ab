import type { QuorumComparison, Fraction } from "./types";

/**
 * The smallest count that reaches a fraction of the members in office, in exact integer
 * arithmetic (no float: a third of 21 must be 7, not 7.000000000000001):
 * - `at-least`: ceil(n × p / q), so exactly the fraction reaches it;
 * - `more-than`: floor(n × p / q) + 1, so exactly the fraction does not.
 *
 * @param inOffice - members in office (n)
 * @param fraction - the fraction p/q
 * @param comparison - at-least or more-than
 * @returns the threshold
 * @example
 * quorumThreshold(22, { numerator: 1, denominator: 2 }, "at-least"); // 11
 * quorumThreshold(22, { numerator: 1, denominator: 2 }, "more-than"); // 12
 * quorumThreshold(22, { numerator: 1, denominator: 3 }, "at-least"); // 8 (22/3 = 7,33)
 */
export function quorumThreshold(
  inOffice: number,
  fraction: Fraction,
  comparison: QuorumComparison
): number {
  const product = BigInt(inOffice) * BigInt(fraction.numerator);
  const denominator = BigInt(fraction.denominator);
  const threshold =
    comparison === "at-least"
      ? (product + denominator - 1n) / denominator
      : product / denominator + 1n;
  return Number(threshold);
}
