import fc from "fast-check";
import { roundHalfAwayFromZero } from "../../../src/domain/money/roundHalfAwayFromZero";

// RULES.md §3: where a division happens, round to the cent, halves away from zero (like Excel's
// ROUND), never binary floats.

const abs = (n: bigint): bigint => (n < 0n ? -n : n);

describe("roundHalfAwayFromZero", () => {
  test("returns an exact quotient unchanged", () => {
    expect(roundHalfAwayFromZero(6n, 3n)).toBe(2n);
    expect(roundHalfAwayFromZero(-6n, 3n)).toBe(-2n);
    expect(roundHalfAwayFromZero(0n, 7n)).toBe(0n);
  });

  test("rounds down below the mid-point (low: 1/3 -> 0, 7/3 = 2.33 -> 2)", () => {
    expect(roundHalfAwayFromZero(1n, 3n)).toBe(0n);
    expect(roundHalfAwayFromZero(7n, 3n)).toBe(2n);
    expect(roundHalfAwayFromZero(-7n, 3n)).toBe(-2n);
  });

  test("rounds a half away from zero (mid-point: 5/2 = 2.5 -> 3, -2.5 -> -3)", () => {
    expect(roundHalfAwayFromZero(5n, 2n)).toBe(3n);
    expect(roundHalfAwayFromZero(-5n, 2n)).toBe(-3n);
    expect(roundHalfAwayFromZero(5n, -2n)).toBe(-3n);
    expect(roundHalfAwayFromZero(-5n, -2n)).toBe(3n);
    expect(roundHalfAwayFromZero(1n, 2n)).toBe(1n);
    expect(roundHalfAwayFromZero(-1n, 2n)).toBe(-1n);
  });

  test("rounds up above the mid-point (high: 2/3 = 0.67 -> 1, 11/4 = 2.75 -> 3)", () => {
    expect(roundHalfAwayFromZero(2n, 3n)).toBe(1n);
    expect(roundHalfAwayFromZero(11n, 4n)).toBe(3n);
    expect(roundHalfAwayFromZero(-11n, 4n)).toBe(-3n);
  });

  test("rounds Hem's 2024 base prorated over 7 months, an exact half cent, up", () => {
    // 157 170 c × 7 = 1 100 190; / 12 = 91 682,5 c -> 91 683 c
    expect(roundHalfAwayFromZero(157170n * 7n, 12n)).toBe(91683n);
  });

  test("stays exact beyond the range of safe floats", () => {
    // (2·10^20 + 1) / 2 = 10^20 + 0,5 -> 10^20 + 1; a double cannot even hold 2·10^20 + 1
    expect(roundHalfAwayFromZero(2n * 10n ** 20n + 1n, 2n)).toBe(10n ** 20n + 1n);
    expect(roundHalfAwayFromZero(-(2n * 10n ** 20n + 1n), 2n)).toBe(-(10n ** 20n + 1n));
  });

  test("throws a RangeError for a zero denominator", () => {
    expect(() => roundHalfAwayFromZero(1n, 0n)).toThrow(RangeError);
  });

  const numerator = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
  const denominator = fc
    .tuple(fc.bigInt({ min: 1n, max: 10n ** 9n }), fc.boolean())
    .map(([d, negative]) => (negative ? -d : d));

  test("is symmetric: f(-n, d) = -f(n, d) and f(n, -d) = -f(n, d)", () => {
    fc.assert(
      fc.property(numerator, denominator, (n, d) => {
        const f = roundHalfAwayFromZero(n, d);
        expect(roundHalfAwayFromZero(-n, d)).toBe(-f);
        expect(roundHalfAwayFromZero(n, -d)).toBe(-f);
      })
    );
  });

  test("lands within one half of the exact quotient, and away from zero on a half", () => {
    fc.assert(
      fc.property(numerator, denominator, (n, d) => {
        const f = roundHalfAwayFromZero(n, d);
        // |n/d - f| <= 1/2  <=>  2·|n - f·d| <= |d|, in integers
        const gap = 2n * abs(n - f * d);
        expect(gap <= abs(d)).toBe(true);
        // On an exact half, |f| is the larger neighbour: |f·d| > |n|
        if (gap === abs(d)) expect(abs(f * d) > abs(n)).toBe(true);
      })
    );
  });
});
