import { roundHalfAwayFromZero } from "./roundHalfAwayFromZero";

/**
 * Rounds numerator / denominator to the nearest integer, halves away from zero, for safe
 * integers: the same rule and result as {@link roundHalfAwayFromZero}, without BigInt on the
 * common path. The float quotient is only a first guess, corrected with exact integer
 * comparisons; when an intermediate value would leave the safe integer range, it falls back to
 * BigInt.
 *
 * @param numerator - a safe integer
 * @param denominator - a positive safe integer
 * @returns the rounded quotient
 * @example
 * roundRatio(1100505, 12); // 91709 (91 708,75 rounded)
 * roundRatio(-5, 2); // -3
 */
export function roundRatio(numerator: number, denominator: number): number {
  const magnitude = Math.abs(numerator);
  const doubled = 2 * magnitude + denominator;
  const twice = 2 * denominator;
  if (!Number.isSafeInteger(doubled) || !Number.isSafeInteger(twice)) {
    return Number(roundHalfAwayFromZero(BigInt(numerator), BigInt(denominator)));
  }
  // floor(doubled / twice), made exact: the float division may be one off near an integer.
  let quotient = Math.floor(doubled / twice);
  if (quotient * twice > doubled) quotient -= 1;
  else if ((quotient + 1) * twice <= doubled) quotient += 1;
  return numerator < 0 && quotient !== 0 ? -quotient : quotient;
}
