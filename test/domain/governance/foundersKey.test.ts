/*
 * The founders' key (statutes art. 13.1, seed 001): 50 % Région, 25 % Nord, 25 % Pas-de-Calais,
 * in whole cents summing exactly, largest remainder with ties to the earlier row (RULES.md §3).
 */
import fc from "fast-check";
import { FOUNDERS_KEY, splitFoundersKey } from "../../../src/domain/governance/foundersKey";

const cents = (amount: number): number[] => splitFoundersKey(amount).map((share) => share.cents);

describe("splitFoundersKey", () => {
  test("names the founders in the statutes' order with their percentages", () => {
    expect(FOUNDERS_KEY).toEqual([
      { member: "Région Hauts-de-France", percent: 50 },
      { member: "Département du Nord", percent: 25 },
      { member: "Département du Pas-de-Calais", percent: 25 },
    ]);
  });

  test("splits 1 000,00 € into 500 / 250 / 250", () => {
    expect(cents(100000)).toEqual([50000, 25000, 25000]);
  });

  test("gives each leftover cent by largest remainder, ties to the earlier row", () => {
    // 1 cent: 0,5 / 0,25 / 0,25 → the Région
    expect(cents(1)).toEqual([1, 0, 0]);
    // 2 cents: 1 / 0,5 / 0,5 → the Nord, before the Pas-de-Calais
    expect(cents(2)).toEqual([1, 1, 0]);
    // 3 cents: 1,5 / 0,75 / 0,75 → floors 1 / 0 / 0, the 2 cents left to the ,75s
    expect(cents(3)).toEqual([1, 1, 1]);
    // 1 000,01 €: 50 000,5 / 25 000,25 / 25 000,25 → the Région
    expect(cents(100001)).toEqual([50001, 25000, 25000]);
    // 1 000,03 €: 50 001,5 / 25 000,75 / 25 000,75 → the Nord and the Pas-de-Calais
    expect(cents(100003)).toEqual([50001, 25001, 25001]);
  });

  test("splits a negative amount as its opposite, negated", () => {
    expect(cents(-3)).toEqual([-1, -1, -1]);
    expect(cents(0)).toEqual([0, 0, 0]);
  });

  test("sums exactly to the amount, each share within one cent of its exact part (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (amount) => {
        const shares = cents(amount);
        expect(shares.reduce((sum, share) => sum + share, 0)).toBe(amount);
        FOUNDERS_KEY.forEach((founder, index) => {
          // |share × 100 − amount × percent| < 100
          const gap = BigInt(shares[index] ?? 0) * 100n - BigInt(amount) * BigInt(founder.percent);
          expect(gap < 100n && gap > -100n).toBe(true);
        });
      })
    );
  });
});
