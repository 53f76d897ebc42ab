/*
 * The sharing of net charges (RULES.md §5): the base is the charges less the FEDER, shared in
 * whole cents by the largest remainder in proportion to pupils. Figures worked out by hand.
 */
import fc from "fast-check";
import { netBase, quotePart, shareNetCharges } from "../../../src/domain/sharing/shareNetCharges";
import { domainErrorOf } from "../domainErrorOf";

describe("shareNetCharges", () => {
  test("100 000,00 € of charges, 30 000,00 € of FEDER, 1 000 / 600 / 400 pupils: 35 000 / 21 000 / 14 000 €", () => {
    // Net base 100 000 − 30 000 = 70 000 €; 2 000 pupils; 70 000 × 1 000/2 000 = 35 000,
    // × 600/2 000 = 21 000, × 400/2 000 = 14 000: exact, no cent left over.
    const result = shareNetCharges(10_000_000, 3_000_000, [1000, 600, 400]);
    expect(result).toEqual({
      chargesCents: 10_000_000,
      federCents: 3_000_000,
      netCents: 7_000_000,
      totalPupils: 2000,
      sharesCents: [3_500_000, 2_100_000, 1_400_000],
    });
  });

  test("the largest remainder decides the cent left over", () => {
    // Net 70 000,01 € = 7 000 001 c. Exact shares: 3 500 000,5 / 2 100 000,3 / 1 400 000,2.
    // Floors sum to 7 000 000: one cent left, to the largest remainder (,5): the first member.
    expect(shareNetCharges(10_000_001, 3_000_000, [1000, 600, 400]).sharesCents).toEqual([
      3_500_001, 2_100_000, 1_400_000,
    ]);
    // Net 70 000,02 € = 7 000 002 c: exact 3 500 001 / 2 100 000,6 / 1 400 000,4; floors leave
    // one cent, to ,6: the second member, not the first.
    expect(shareNetCharges(10_000_002, 3_000_000, [1000, 600, 400]).sharesCents).toEqual([
      3_500_001, 2_100_001, 1_400_000,
    ]);
    // 1,00 € among three equal members: 33,33… each; the cent left goes to the earlier one.
    expect(shareNetCharges(100, 0, [7, 7, 7]).sharesCents).toEqual([34, 33, 33]);
  });

  test("a member with no pupils gets nothing; FEDER equal to the charges leaves nothing to share", () => {
    expect(shareNetCharges(100_000, 0, [0, 3]).sharesCents).toEqual([0, 100_000]);
    expect(shareNetCharges(100_000, 100_000, [1, 3]).sharesCents).toEqual([0, 0]);
  });

  test("FEDER above the charges, no pupils at all and a fractional pupil count are errors", () => {
    const feder = domainErrorOf(() => shareNetCharges(100_000, 100_001, [1]));
    expect(feder.code).toBe("deductions-exceed-gross");
    expect(feder.message).toBe(
      "Le FEDER obtenu (1\u00a0000,01\u00a0€) dépasse les charges (1\u00a0000,00\u00a0€) : l'assiette nette ne peut pas être négative."
    );
    expect(domainErrorOf(() => shareNetCharges(100_000, 0, [0, 0])).message).toMatch(
      /Aucun élève bénéficiaire/
    );
    expect(domainErrorOf(() => shareNetCharges(100_000, 0, [1.5])).message).toMatch(
      /nombre entier positif ou nul \(reçu 1.5\)/
    );
    expect(domainErrorOf(() => netBase(-1, 0)).code).toBe("invalid-number");
  });

  test("property: the shares sum exactly to the net base and each is within one cent of its exact proportion", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.array(fc.integer({ min: 0, max: 200_000 }), { minLength: 1, maxLength: 60 }),
        (charges, federPercent, pupils) => {
          fc.pre(pupils.some((p) => p > 0));
          const feder = Math.floor((charges * federPercent) / 100);
          const { netCents, sharesCents, totalPupils } = shareNetCharges(charges, feder, pupils);
          expect(netCents).toBe(charges - feder);
          expect(sharesCents.reduce((a, b) => a + b, 0)).toBe(netCents);
          sharesCents.forEach((share, i) => {
            // |share − net × p / total| < 1 cent, compared exactly in integers:
            // |share × total − net × p| < total.
            const gap =
              BigInt(share) * BigInt(totalPupils) - BigInt(netCents) * BigInt(pupils[i] ?? 0);
            expect(gap < BigInt(totalPupils) && gap > -BigInt(totalPupils)).toBe(true);
          });
        }
      ),
      { numRuns: 500 }
    );
  });
});

describe("quotePart", () => {
  test("one member's share for a budget: the exact proportion rounded to the cent", () => {
    expect(quotePart(10_000_000, 3_000_000, 600, 2000)).toBe(2_100_000);
    // 1,00 € × 1/3 = 33,33… → 33 c (the call, by the largest remainder, may give 34 c).
    expect(quotePart(100, 0, 1, 3)).toBe(33);
    // 7 000 001 × 1 000 / 2 000 = 3 500 000,5 → half away from zero: 3 500 001.
    expect(quotePart(10_000_001, 3_000_000, 1000, 2000)).toBe(3_500_001);
  });

  test("pupils above the total, a total of 0 and FEDER above the charges are errors", () => {
    expect(domainErrorOf(() => quotePart(100, 0, 4, 3)).message).toBe(
      "Les élèves du membre (4) dépassent le total des élèves de tous les membres (3)."
    );
    expect(domainErrorOf(() => quotePart(100, 0, 0, 0)).code).toBe("invalid-allocation");
    expect(domainErrorOf(() => quotePart(100, 101, 1, 3)).code).toBe("deductions-exceed-gross");
  });
});
