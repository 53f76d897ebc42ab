import fc from "fast-check";
import { schoolsEquipped } from "../../../src/domain/phasing/schoolsEquipped";
import { domainErrorOf } from "../domainErrorOf";

// RULES.md §4: ceil(n × k / 4) schools by year k = year − first year + 1, n from year 4 on,
// 0 before the first year.

describe("schoolsEquipped", () => {
  test("equips Hem's 11 schools from 2024 as 3, 6, 9, 11, then 11", () => {
    // ceil(11/4) = ceil(2,75) = 3; ceil(22/4) = ceil(5,5) = 6; ceil(33/4) = ceil(8,25) = 9
    expect([2024, 2025, 2026, 2027, 2028].map((y) => schoolsEquipped(11, 2024, y))).toEqual([
      3, 6, 9, 11, 11,
    ]);
  });

  test("equips no school before the first year (low: the year before)", () => {
    expect(schoolsEquipped(11, 2024, 2023)).toBe(0);
    expect(schoolsEquipped(11, 2024, 2000)).toBe(0);
  });

  test("keeps every school equipped long after the deployment (high)", () => {
    expect(schoolsEquipped(11, 2024, 2060)).toBe(11);
  });

  test("does not round up exact quarters", () => {
    expect([0, 1, 2, 3].map((k) => schoolsEquipped(8, 2024, 2024 + k))).toEqual([2, 4, 6, 8]);
  });

  test("equips a single school in the first year", () => {
    // ceil(1/4) = 1
    expect([0, 1, 2, 3].map((k) => schoolsEquipped(1, 2024, 2024 + k))).toEqual([1, 1, 1, 1]);
  });

  test("equips nothing when there is no school", () => {
    expect(schoolsEquipped(0, 2024, 2026)).toBe(0);
  });

  test.each([-1, 2.5, Number.NaN])("refuses %p schools", (schools) => {
    expect(domainErrorOf(() => schoolsEquipped(schools, 2024, 2025)).code).toBe("invalid-number");
  });

  test("gives the smallest whole number of schools covering k quarters, never more than n", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 4 }), (n, k) => {
        const s = schoolsEquipped(n, 2024, 2023 + k);
        // s = ceil(n·k/4)  <=>  4·s ≥ n·k  and  4·(s − 1) < n·k
        expect(4 * s).toBeGreaterThanOrEqual(n * k);
        expect(4 * (s - 1)).toBeLessThan(n * k === 0 ? 1 : n * k);
        expect(s).toBeLessThanOrEqual(n);
      })
    );
  });

  test("never decreases from one year to the next", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1990, max: 2110 }),
        (n, first, year) => {
          expect(schoolsEquipped(n, first, year + 1)).toBeGreaterThanOrEqual(
            schoolsEquipped(n, first, year)
          );
        }
      )
    );
  });
});

describe("schoolsEquipped up to 2^53 − 1 schools (issue 12)", () => {
  /** ceil(n × k / 4) in BigInt, from RULES.md §4, independently of src. */
  const exact = (schools: number, k: number): number =>
    Number((BigInt(schools) * BigInt(k) + 3n) / 4n);

  test("is exact where n × k passes 2^53 (the float formula was one too many)", () => {
    // 9 007 199 254 740 989 × 3 = 27 021 597 764 222 967; / 4 = 6 755 399 441 055 741,75 → 742
    expect(schoolsEquipped(9007199254740989, 2024, 2026)).toBe(6755399441055742);
    expect(schoolsEquipped(4503599627370497, 2024, 2026)).toBe(3377699720527873);
  });

  test("for any safe number of schools and any year of the deployment: ceil(n × k / 4)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: 3 }),
        (schools, k) => {
          expect(schoolsEquipped(schools, 2024, 2023 + k)).toBe(exact(schools, k));
        }
      )
    );
  });

  test("a number of schools beyond 2^53 − 1 is too large, not « not whole »", () => {
    const message = domainErrorOf(() => schoolsEquipped(2 ** 53, 2024, 2025)).message;
    expect(message).toBe(
      "Phasage : le nombre d'écoles est trop grand (reçu 9007199254740992) : au plus 9\u00a0007\u00a0199\u00a0254\u00a0740\u00a0991."
    );
  });
});
