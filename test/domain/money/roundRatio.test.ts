import fc from "fast-check";
import { applyRatio } from "../../../src/domain/money/applyRatio";
import { roundHalfAwayFromZero } from "../../../src/domain/money/roundHalfAwayFromZero";
import { roundRatio } from "../../../src/domain/money/roundRatio";

describe("roundRatio", () => {
  test.each([
    ["low: below the half rounds down", 5, 12, 0],
    ["mid-point: exactly half rounds away from zero", 6, 12, 1],
    ["mid-point, negative: rounds away from zero", -6, 12, -1],
    ["high: above the half rounds up", 7, 12, 1],
  ])("%s", (_label, numerator, denominator, expected) => {
    expect(roundRatio(numerator, denominator)).toBe(expected);
  });

  test("matches the BigInt rule over the whole safe range", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: 1_000_000_000 }),
        (n, d) => {
          expect(roundRatio(n, d)).toBe(Number(roundHalfAwayFromZero(BigInt(n), BigInt(d))));
        }
      ),
      { numRuns: 2000 }
    );
  });
});

describe("applyRatio", () => {
  test("gives 7/12 of Hem's base, 916,83 €", () => {
    // 157 170 × 7 / 12 = 91 682,5 → 91 683
    expect(applyRatio(157170, 7, 12)).toBe(91683);
  });

  test("stays exact when the product leaves the safe integer range", () => {
    const cents = Number.MAX_SAFE_INTEGER - 1;
    const expected = Number(roundHalfAwayFromZero(BigInt(cents) * 7n, 12n));
    expect(applyRatio(cents, 7, 12)).toBe(expected);
  });
});
