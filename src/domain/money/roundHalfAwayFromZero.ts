/**
 * Divides two integers and rounds the quotient to the nearest integer, halves away from zero
 * (arrondi commercial, RULES.md §3; the same as Excel's ROUND). Exact: BigInt arithmetic, no
 * float anywhere, so 0,5 cent is never lost to a binary approximation.
 *
 * @param numerator - any integer
 * @param denominator - a non-zero integer
 * @returns the rounded quotient
 * @throws RangeError when the denominator is zero
 * @example
 * roundHalfAwayFromZero(5n, 2n); // 3n
 * roundHalfAwayFromZero(-5n, 2n); // -3n
 * roundHalfAwayFromZero(7n, 3n); // 2n
 */
export function roundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError("division by zero");
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}
