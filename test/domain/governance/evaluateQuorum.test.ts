/*
 * Quorum: the threshold in exact integer arithmetic, the sittings of the seeds under each rule,
 * and the boundaries at exactly half, one third and two thirds.
 */
import fc from "fast-check";
import { evaluateQuorum } from "../../../src/domain/governance/evaluateQuorum";
import { parseQuorumRule } from "../../../src/domain/governance/parseQuorumRule";
import { STATUTES_QUORUM } from "../../../src/domain/governance/quorumRules";
import { quorumText } from "../../../src/domain/governance/quorumText";
import { quorumThreshold } from "../../../src/domain/governance/quorumThreshold";
import { ruleInForce } from "../../../src/domain/governance/ruleInForce";
import type { QuorumRule } from "../../../src/domain/governance/types";
import { domainErrorOf } from "../domainErrorOf";

const LOI_2021_1465 = ruleInForce("2022-06-16");
const ORDONNANCE_2020_391 = ruleInForce("2020-05-01");
const forced = (text: string): QuorumRule => parseQuorumRule(text, LOI_2021_1465);

/** Deliberation 2022-14 (seed 004): 22 members listed, 7 present, 6 proxies. */
const SITTING_2022_14 = { inOffice: 22, present: 7, represented: 6 };
/** Hem's council of 7 December 2023 (seed 003): 33 in office, 30 present, 3 proxies. */
const HEM_2023_12_07 = { inOffice: 33, present: 30, represented: 3 };

describe("quorumThreshold", () => {
  test("reaches a fraction at least: ceil(n × p / q)", () => {
    expect(quorumThreshold(22, { numerator: 1, denominator: 2 }, "at-least")).toBe(11);
    expect(quorumThreshold(33, { numerator: 1, denominator: 2 }, "at-least")).toBe(17); // 16,5
    expect(quorumThreshold(21, { numerator: 1, denominator: 3 }, "at-least")).toBe(7);
    expect(quorumThreshold(22, { numerator: 1, denominator: 3 }, "at-least")).toBe(8); // 7,33
    expect(quorumThreshold(21, { numerator: 2, denominator: 3 }, "at-least")).toBe(14);
  });

  test("exceeds a fraction strictly: floor(n × p / q) + 1", () => {
    expect(quorumThreshold(22, { numerator: 1, denominator: 2 }, "more-than")).toBe(12);
    expect(quorumThreshold(33, { numerator: 1, denominator: 2 }, "more-than")).toBe(17);
  });

  test("agrees with exact rational comparison for any count (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc
          .integer({ min: 1, max: 12 })
          .chain((q) => fc.tuple(fc.integer({ min: 1, max: q }), fc.constant(q))),
        fc.integer({ min: 0, max: 10_000 }),
        (n, [p, q], count) => {
          const fraction = { numerator: p, denominator: q };
          // count ≥ n·p/q ⇔ count·q ≥ n·p; count > n·p/q ⇔ count·q > n·p
          expect(count >= quorumThreshold(n, fraction, "at-least")).toBe(count * q >= n * p);
          expect(count >= quorumThreshold(n, fraction, "more-than")).toBe(count * q > n * p);
        }
      )
    );
  });
});

describe("evaluateQuorum: deliberation 2022-14 of 16 June 2022 (22 in office, 7 present, 6 represented)", () => {
  test("is not reached under the statutes: 7 present, at least half of 22 is 11", () => {
    const result = evaluateQuorum(SITTING_2022_14, STATUTES_QUORUM);
    expect(result).toMatchObject({ counted: 7, threshold: 11, reached: false });
    expect(result.text).toBe(
      "au moins la moitié des membres en exercice présents ; 1 pouvoir par membre au plus"
    );
  });

  test("is not reached under the regime in force that day, the loi 2021-1465: 7 present, a third of 22 is 7,33 so 8", () => {
    const result = evaluateQuorum(SITTING_2022_14, LOI_2021_1465);
    expect(result).toMatchObject({ counted: 7, threshold: 8, reached: false });
    expect(result.text).toBe(
      "au moins le tiers des membres en exercice présents ; 2 pouvoirs par membre au plus"
    );
  });

  test("is reached, as the text declares, once members represented count: 7 + 6 = 13", () => {
    // "Le quorum étant atteint" (seed 004) holds only when the 6 proxies count, as under the
    // ordonnance 2020-391: 13 ≥ 8 (a third) and even 13 ≥ 11 (half).
    expect(evaluateQuorum(SITTING_2022_14, ORDONNANCE_2020_391)).toMatchObject({
      counted: 13,
      threshold: 8,
      reached: true,
    });
    expect(evaluateQuorum(SITTING_2022_14, forced("presents_ou_representes 1/3"))).toMatchObject({
      counted: 13,
      threshold: 8,
      reached: true,
    });
    expect(evaluateQuorum(SITTING_2022_14, forced("presents_ou_representes 1/2"))).toMatchObject({
      counted: 13,
      threshold: 11,
      reached: true,
    });
  });

  test("is not reached by any rule that counts only members present", () => {
    for (const text of ["presents 1/3", "presents 1/2", "presents >1/2", "statuts"]) {
      expect(evaluateQuorum(SITTING_2022_14, forced(text)).reached).toBe(false);
    }
  });
});

describe("evaluateQuorum: Hem's council of 7 December 2023 (33 in office, 30 present, 3 represented)", () => {
  test("is reached under the rule in force that day, the statutes: 30 ≥ 17", () => {
    // 33 / 2 = 16,5: at least half is 17
    expect(evaluateQuorum(HEM_2023_12_07, ruleInForce("2023-12-07"))).toMatchObject({
      counted: 30,
      threshold: 17,
      reached: true,
    });
  });

  test("is reached under the municipal council's own rule, a majority of members present (CGCT L2121-17)", () => {
    // "plus de la moitié" of 33: floor(16,5) + 1 = 17, as at least half since 33 is odd
    const result = evaluateQuorum(HEM_2023_12_07, forced("presents >1/2"));
    expect(result).toMatchObject({ threshold: 17, reached: true });
    expect(result.text).toBe(
      "plus de la moitié des membres en exercice présents ; 2 pouvoirs par membre au plus"
    );
  });
});

describe("evaluateQuorum: boundaries", () => {
  const present = (rule: QuorumRule, inOffice: number, count: number): boolean =>
    evaluateQuorum({ inOffice, present: count, represented: 0 }, rule).reached;

  test("at exactly half (statutes, 22 in office): low 10 no, mid-point 11 yes, high 12 yes", () => {
    expect([10, 11, 12].map((count) => present(STATUTES_QUORUM, 22, count))).toEqual([
      false,
      true,
      true,
    ]);
  });

  test("at half of an odd number (statutes, 33 in office): low 16 no, mid-point 16,5 does not exist, high 17 yes", () => {
    expect([16, 17].map((count) => present(STATUTES_QUORUM, 33, count))).toEqual([false, true]);
  });

  test("strictly more than half (22 in office): low 11 no (exactly half is not enough), high 12 yes", () => {
    expect([11, 12].map((count) => present(forced("presents >1/2"), 22, count))).toEqual([
      false,
      true,
    ]);
  });

  test("at exactly one third (loi 2021-1465, 21 in office): low 6 no, mid-point 7 yes, high 8 yes", () => {
    expect([6, 7, 8].map((count) => present(LOI_2021_1465, 21, count))).toEqual([
      false,
      true,
      true,
    ]);
  });

  test("at exactly two thirds (presents 2/3, 21 in office): low 13 no, mid-point 14 yes, high 15 yes", () => {
    expect([13, 14, 15].map((count) => present(forced("presents 2/3"), 21, count))).toEqual([
      false,
      true,
      true,
    ]);
  });

  test("counts members represented only where the rule says so (ordonnance 2020-391, 21 in office)", () => {
    // 4 present + 3 represented = 7 = a third of 21; the loi 2020-290 counts only the 4
    const counts = { inOffice: 21, present: 4, represented: 3 };
    expect(evaluateQuorum(counts, ORDONNANCE_2020_391).reached).toBe(true);
    expect(evaluateQuorum(counts, ruleInForce("2020-03-30")).reached).toBe(false);
  });
});

describe("evaluateQuorum: counts that cannot be", () => {
  test("refuses more present and represented than members in office", () => {
    expect(
      domainErrorOf(() =>
        evaluateQuorum({ inOffice: 22, present: 20, represented: 3 }, LOI_2021_1465)
      ).message
    ).toBe("Quorum : 20 présents et 3 représentés font plus que les 22 membres en exercice.");
  });

  test("refuses more members represented than the present may carry proxies for", () => {
    // statutes: 1 proxy each, so 3 present carry at most 3
    const error = domainErrorOf(() =>
      evaluateQuorum({ inOffice: 22, present: 3, represented: 4 }, STATUTES_QUORUM)
    );
    expect(error.code).toBe("inconsistent-counts");
    expect(error.message).toBe(
      "Quorum : 4 membres représentés, mais 3 présents ne peuvent porter que 3 pouvoirs (1 chacun au plus, Statuts du syndicat mixte (2018), art. 8.3)."
    );
    // the loi 2021-1465 allows 2 each: 6
    expect(
      evaluateQuorum({ inOffice: 22, present: 3, represented: 4 }, LOI_2021_1465).reached
    ).toBe(false);
  });

  test("refuses a body without members in office", () => {
    expect(
      domainErrorOf(() =>
        evaluateQuorum({ inOffice: 0, present: 0, represented: 0 }, STATUTES_QUORUM)
      ).code
    ).toBe("inconsistent-counts");
  });

  test("refuses a negative or fractional count", () => {
    expect(
      domainErrorOf(() =>
        evaluateQuorum({ inOffice: 22, present: -1, represented: 0 }, STATUTES_QUORUM)
      ).message
    ).toBe(
      "Nombre de membres présents invalide (-1) : un nombre entier positif ou nul est attendu."
    );
    expect(
      domainErrorOf(() =>
        evaluateQuorum({ inOffice: 22.5, present: 1, represented: 0 }, STATUTES_QUORUM)
      ).message
    ).toContain("(22,5)");
  });
});

describe("quorumText", () => {
  test("writes the fraction as the texts do", () => {
    expect(quorumText(ORDONNANCE_2020_391)).toBe(
      "au moins le tiers des membres en exercice présents ou représentés ; 2 pouvoirs par membre au plus"
    );
    expect(
      quorumText({
        ...STATUTES_QUORUM,
        fraction: { numerator: 2, denominator: 3 },
        comparison: "more-than",
      })
    ).toBe("plus des deux tiers des membres en exercice présents ; 1 pouvoir par membre au plus");
    expect(quorumText({ ...STATUTES_QUORUM, fraction: { numerator: 2, denominator: 5 } })).toBe(
      "au moins 2/5 des membres en exercice présents ; 1 pouvoir par membre au plus"
    );
  });
});

describe("evaluateQuorum messages (issue 12)", () => {
  test("use the singular for 0 and 1, and name the only member in office", () => {
    expect(
      domainErrorOf(() =>
        evaluateQuorum({ inOffice: 1, present: 2, represented: 0 }, STATUTES_QUORUM)
      ).message
    ).toBe("Quorum : 2 présents et 0 représenté font plus que le seul membre en exercice.");
    expect(
      domainErrorOf(() =>
        evaluateQuorum({ inOffice: 22, present: 1, represented: 3 }, STATUTES_QUORUM)
      ).message
    ).toBe(
      "Quorum : 3 membres représentés, mais 1 présent ne peut porter que 1 pouvoir (1 chacun au plus, Statuts du syndicat mixte (2018), art. 8.3)."
    );
  });

  test("ask for at least 1 member in office, and say when a count is too large", () => {
    expect(
      domainErrorOf(() =>
        evaluateQuorum({ inOffice: -1, present: 0, represented: 0 }, STATUTES_QUORUM)
      ).message
    ).toBe(
      "Nombre de membres en exercice invalide (-1) : un nombre entier d'au moins 1 est attendu."
    );
    expect(
      domainErrorOf(() =>
        evaluateQuorum({ inOffice: 2 ** 53, present: 0, represented: 0 }, STATUTES_QUORUM)
      ).message
    ).toBe(
      "Nombre de membres en exercice trop grand (9007199254740992) : au plus 9\u00a0007\u00a0199\u00a0254\u00a0740\u00a0991."
    );
  });
});
