import fc from "fast-check";
import { allocateLargestRemainder } from "../../../src/domain/money/allocateLargestRemainder";
import { domainErrorOf } from "../domainErrorOf";

// RULES.md §3: largest-remainder method, whole cents summing exactly to the amount, ties to the
// earlier row.

describe("allocateLargestRemainder", () => {
  test("splits 10,00 € 3:2:2 into 4,28 / 2,86 / 2,86", () => {
    // 1000·3/7 = 428,571; 1000·2/7 = 285,714 twice. Floors 428 + 285 + 285 = 998; the 2 cents
    // left go to the two largest remainders (,714 and ,714).
    expect(allocateLargestRemainder(1000, [3n, 2n, 2n])).toEqual([428, 286, 286]);
  });

  test("gives a leftover cent to the largest remainder even on a later row", () => {
    // 10·1/3 = 3,33; 10·2/3 = 6,67: floors 3 + 6 = 9, the cent goes to row 2 (,67 > ,33)
    expect(allocateLargestRemainder(10, [1n, 2n])).toEqual([3, 7]);
  });

  test("gives tied leftover cents to the earlier rows", () => {
    // 1/3 = 0,33 each: one cent, to row 1
    expect(allocateLargestRemainder(1, [1n, 1n, 1n])).toEqual([1, 0, 0]);
    // 2/3 = 0,67 each: two cents, to rows 1 and 2
    expect(allocateLargestRemainder(2, [1n, 1n, 1n])).toEqual([1, 1, 0]);
    // 5/2 = 2,5 each: the cent goes to row 1
    expect(allocateLargestRemainder(5, [7n, 7n])).toEqual([3, 2]);
  });

  test("splits the founders' key 50/25/25 with the odd cent to the half (mid-point)", () => {
    // 100 001·50/100 = 50 000,5; ·25/100 = 25 000,25 twice: the cent goes to row 1
    expect(allocateLargestRemainder(100001, [50n, 25n, 25n])).toEqual([50001, 25000, 25000]);
  });

  test("splits a negative amount as its opposite, negated", () => {
    expect(allocateLargestRemainder(-1000, [3n, 2n, 2n])).toEqual([-428, -286, -286]);
    expect(allocateLargestRemainder(-5, [1n, 1n])).toEqual([-3, -2]);
  });

  test("gives nothing to a row of weight zero", () => {
    expect(allocateLargestRemainder(1000, [0n, 1n])).toEqual([0, 1000]);
    expect(allocateLargestRemainder(999, [1n, 0n, 2n])).toEqual([333, 0, 666]);
  });

  test("splits zero into zeros", () => {
    expect(allocateLargestRemainder(0, [3n, 2n, 2n])).toEqual([0, 0, 0]);
  });

  test("refuses no weight, a negative weight and all-zero weights", () => {
    expect(domainErrorOf(() => allocateLargestRemainder(1000, [])).code).toBe("invalid-allocation");
    const negative = domainErrorOf(() => allocateLargestRemainder(1000, [1n, -1n]));
    expect(negative.code).toBe("invalid-allocation");
    expect(negative.message).toContain("ligne 2");
    expect(domainErrorOf(() => allocateLargestRemainder(1000, [0n, 0n])).code).toBe(
      "invalid-allocation"
    );
  });

  const amount = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
  const weights = fc
    .array(fc.bigInt({ min: 0n, max: 100_000n }), { minLength: 1, maxLength: 8 })
    .filter((ws) => ws.some((w) => w > 0n));

  test("gives shares that sum exactly to the amount, negative amounts included", () => {
    fc.assert(
      fc.property(amount, weights, (a, ws) => {
        const shares = allocateLargestRemainder(a, ws);
        expect(shares).toHaveLength(ws.length);
        expect(shares.every(Number.isSafeInteger)).toBe(true);
        expect(shares.reduce((sum, s) => sum + BigInt(s), 0n)).toBe(BigInt(a));
      })
    );
  });

  test("gives each share within one cent of its exact proportion amount·w/W", () => {
    fc.assert(
      fc.property(amount, weights, (a, ws) => {
        const total = ws.reduce((sum, w) => sum + w, 0n);
        allocateLargestRemainder(a, ws).forEach((share, i) => {
          const w = ws[i] ?? 0n;
          // |share - a·w/W| < 1  <=>  |share·W - a·w| < W
          const gap = BigInt(share) * total - BigInt(a) * w;
          expect(gap < total && -gap < total).toBe(true);
        });
      })
    );
  });
});
