/*
 * Majorities of the statutes (seed 001): absolute majority of votes cast with the president's
 * casting vote (art. 8.3), two thirds of votes cast (art. 15, 16), two thirds of the members
 * (art. 17). Abstentions are not votes cast.
 */
import fc from "fast-check";
import { evaluateMajority } from "../../../src/domain/governance/evaluateMajority";
import {
  MAJORITY_RULE_BY_KIND,
  MAJORITY_RULES,
} from "../../../src/domain/governance/majorityRules";
import { parseMajorityRule } from "../../../src/domain/governance/parseMajorityRule";
import type { MajorityRule, PresidentVote } from "../../../src/domain/governance/types";
import { domainErrorOf } from "../domainErrorOf";

const ABSOLUTE = MAJORITY_RULES.ordinary;
const TWO_THIRDS_CAST = MAJORITY_RULES.withdrawal;
const TWO_THIRDS_MEMBERS = MAJORITY_RULES.statutes;

const outcome = (
  rule: MajorityRule,
  votesFor: number,
  votesAgainst: number,
  extra: { members?: number; presidentVote?: PresidentVote } = {}
): string => evaluateMajority({ votesFor, votesAgainst, ...extra }, rule).outcome;

describe("evaluateMajority: the sittings of the seeds", () => {
  test("adopts deliberation 2022-14: 13 for, 0 against, absolute majority 7", () => {
    const result = evaluateMajority({ votesFor: 13, votesAgainst: 0 }, ABSOLUTE);
    expect(result).toMatchObject({ cast: 13, required: 7, outcome: "adopted" });
    expect(result.explanation).toBe(
      "13 voix pour sur 13 suffrages exprimés, il en faut 7 : la délibération est adoptée."
    );
    expect(result.rule.source).toBe("Statuts du syndicat mixte (2018), art. 8.3");
  });

  test("adopts Hem's unanimous vote (30 present + 3 proxies = 33 for) under every rule", () => {
    // absolute: floor(33/2) + 1 = 17; two thirds of 33 cast: 22; two thirds of 33 members: 22
    expect(evaluateMajority({ votesFor: 33, votesAgainst: 0 }, ABSOLUTE).required).toBe(17);
    expect(evaluateMajority({ votesFor: 33, votesAgainst: 0 }, TWO_THIRDS_CAST).required).toBe(22);
    const members = evaluateMajority(
      { votesFor: 33, votesAgainst: 0, members: 33 },
      TWO_THIRDS_MEMBERS
    );
    expect(members).toMatchObject({ required: 22, outcome: "adopted" });
    expect(members.explanation).toBe(
      "33 voix pour, il en faut 22 (deux tiers des 33 membres) : la délibération est adoptée."
    );
  });

  test("would not change the statutes with deliberation 2022-14's 13 votes: two thirds of 22 members is 15", () => {
    // 2 × 22 / 3 = 14,67: 15 needed
    expect(
      evaluateMajority({ votesFor: 13, votesAgainst: 0, members: 22 }, TWO_THIRDS_MEMBERS)
    ).toMatchObject({ required: 15, outcome: "rejected" });
  });
});

describe("evaluateMajority: boundaries", () => {
  test("absolute majority at exactly half: low 5–6 rejected, mid-point 6–6 tie, high 7–6 adopted", () => {
    expect(outcome(ABSOLUTE, 5, 6)).toBe("rejected");
    expect(outcome(ABSOLUTE, 6, 6)).toBe("undecided");
    expect(outcome(ABSOLUTE, 7, 6)).toBe("adopted");
  });

  test("a tie under the absolute majority is decided by the president's vote", () => {
    const adopted = evaluateMajority(
      { votesFor: 6, votesAgainst: 6, presidentVote: "for" },
      ABSOLUTE
    );
    expect(adopted).toMatchObject({ outcome: "adopted", castingVoteUsed: true });
    expect(adopted.explanation).toBe(
      "Partage des voix (6 pour, 6 contre) : la voix du président, pour, est prépondérante ; la délibération est adoptée."
    );
    expect(outcome(ABSOLUTE, 6, 6, { presidentVote: "against" })).toBe("rejected");
    // without the president's vote there is no majority
    expect(outcome(ABSOLUTE, 6, 6, { presidentVote: "none" })).toBe("rejected");
    expect(evaluateMajority({ votesFor: 6, votesAgainst: 6 }, ABSOLUTE).explanation).toBe(
      "Partage des voix (6 pour, 6 contre) : la voix du président est prépondérante ; indiquez son vote."
    );
  });

  test("the president's vote does not matter without a tie", () => {
    expect(outcome(ABSOLUTE, 7, 6, { presidentVote: "against" })).toBe("adopted");
    expect(outcome(ABSOLUTE, 6, 7, { presidentVote: "for" })).toBe("rejected");
  });

  test("two thirds of votes cast at exactly two thirds: low 9–5 rejected, mid-point 10–5 adopted, high 11–5 adopted", () => {
    // 9 / 14 = 0,64 < 2/3 (needs ceil(28/3) = 10); 10 / 15 = 2/3 exactly
    expect(outcome(TWO_THIRDS_CAST, 9, 5)).toBe("rejected");
    expect(outcome(TWO_THIRDS_CAST, 10, 5)).toBe("adopted");
    expect(outcome(TWO_THIRDS_CAST, 11, 5)).toBe("adopted");
    // a tie is not two thirds, whatever the president votes
    expect(outcome(TWO_THIRDS_CAST, 6, 6, { presidentVote: "for" })).toBe("rejected");
  });

  test("two thirds of the members at exactly two thirds (21 members): low 13 rejected, mid-point 14 adopted, high 15 adopted", () => {
    expect(outcome(TWO_THIRDS_MEMBERS, 13, 0, { members: 21 })).toBe("rejected");
    expect(outcome(TWO_THIRDS_MEMBERS, 14, 0, { members: 21 })).toBe("adopted");
    expect(outcome(TWO_THIRDS_MEMBERS, 15, 0, { members: 21 })).toBe("adopted");
  });

  test("two thirds of the members counts the members, not the votes cast: 14 for and none against of 22 fails", () => {
    expect(outcome(TWO_THIRDS_MEMBERS, 14, 0, { members: 22 })).toBe("rejected");
    expect(outcome(TWO_THIRDS_CAST, 14, 0)).toBe("adopted");
  });

  test("no vote cast adopts nothing, under either votes-cast rule", () => {
    expect(evaluateMajority({ votesFor: 0, votesAgainst: 0 }, ABSOLUTE).explanation).toBe(
      "Aucun suffrage exprimé : rien n'est adopté."
    );
    expect(outcome(ABSOLUTE, 0, 0)).toBe("rejected");
    expect(outcome(TWO_THIRDS_CAST, 0, 0)).toBe("rejected");
  });
});

describe("evaluateMajority: adding a vote for never turns an adopted decision into a rejected one", () => {
  const votes = fc.nat(500);
  const president = fc.constantFrom<PresidentVote>("for", "against", "none");
  const rank = { rejected: 0, undecided: 0, adopted: 1 } as const;

  test.each([
    ["absolute", ABSOLUTE],
    ["two thirds of votes cast", TWO_THIRDS_CAST],
  ])("under the %s majority (property)", (_, rule) => {
    fc.assert(
      fc.property(votes, votes, president, (votesFor, votesAgainst, presidentVote) => {
        const before = evaluateMajority({ votesFor, votesAgainst, presidentVote }, rule);
        const after = evaluateMajority(
          { votesFor: votesFor + 1, votesAgainst, presidentVote },
          rule
        );
        expect(rank[after.outcome]).toBeGreaterThanOrEqual(rank[before.outcome]);
      })
    );
  });

  test("under two thirds of the members (property)", () => {
    fc.assert(
      fc.property(votes, votes, fc.nat(500), (votesFor, votesAgainst, spare) => {
        const members = votesFor + 1 + votesAgainst + spare;
        const before = evaluateMajority({ votesFor, votesAgainst, members }, TWO_THIRDS_MEMBERS);
        const after = evaluateMajority(
          { votesFor: votesFor + 1, votesAgainst, members },
          TWO_THIRDS_MEMBERS
        );
        expect(rank[after.outcome]).toBeGreaterThanOrEqual(rank[before.outcome]);
      })
    );
  });
});

describe("evaluateMajority: counts that cannot be", () => {
  test("needs the members for two thirds of the members", () => {
    expect(domainErrorOf(() => outcome(TWO_THIRDS_MEMBERS, 14, 0)).message).toBe(
      "Majorité des deux tiers des membres : le nombre de membres en exercice est manquant."
    );
  });

  test("refuses a body without members for two thirds of the members", () => {
    expect(domainErrorOf(() => outcome(TWO_THIRDS_MEMBERS, 0, 0, { members: 0 })).message).toBe(
      "Majorité des deux tiers des membres : aucun membre en exercice ; il en faut au moins 1."
    );
  });

  test("refuses more votes than members", () => {
    expect(domainErrorOf(() => outcome(TWO_THIRDS_MEMBERS, 20, 3, { members: 22 })).message).toBe(
      "Majorité : 20 voix pour et 3 contre font plus que les 22 membres en exercice."
    );
  });

  test("refuses a negative or fractional count of votes", () => {
    expect(domainErrorOf(() => outcome(ABSOLUTE, -1, 0)).code).toBe("invalid-number");
    expect(domainErrorOf(() => outcome(ABSOLUTE, 1, 0.5)).message).toContain("voix contre");
  });
});

describe("parseMajorityRule", () => {
  test("reads absolue, 2/3 and 2/3 membres, however written", () => {
    expect(parseMajorityRule("absolue")).toBe(MAJORITY_RULE_BY_KIND.absolute);
    expect(parseMajorityRule("Majorité absolue")).toBe(MAJORITY_RULE_BY_KIND.absolute);
    expect(parseMajorityRule("2/3")).toBe(MAJORITY_RULE_BY_KIND["two-thirds-cast"]);
    expect(parseMajorityRule(" 2 / 3 ")).toBe(MAJORITY_RULE_BY_KIND["two-thirds-cast"]);
    expect(parseMajorityRule("2/3 membres")).toBe(MAJORITY_RULE_BY_KIND["two-thirds-members"]);
    expect(parseMajorityRule("2/3_membres")).toBe(MAJORITY_RULE_BY_KIND["two-thirds-members"]);
    expect(parseMajorityRule("deux tiers des membres").kind).toBe("two-thirds-members");
  });

  test("cites both articles for two thirds of the votes cast", () => {
    expect(parseMajorityRule("2/3").source).toBe(
      "Statuts du syndicat mixte (2018), art. 15 (adhésion) et 16 (retrait)"
    );
  });

  test("refuses any other rule, listing the accepted ones", () => {
    const error = domainErrorOf(() => parseMajorityRule("relative"));
    expect(error.code).toBe("unknown-rule");
    expect(error.message).toBe(
      "Règle de majorité « relative » inconnue : écrivez « absolue », « 2/3 » (deux tiers des suffrages exprimés) ou « 2/3 membres » (deux tiers des membres en exercice)."
    );
  });
});

describe("majority messages and rule names (issue 12)", () => {
  test.each(["constructor", "Constructor", "__proto__", "toString", "hasOwnProperty"])(
    "%p is an unknown rule, not a property of Object.prototype",
    (text) => {
      const error = domainErrorOf(() => parseMajorityRule(text));
      expect(error.code).toBe("unknown-rule");
      expect(error.message).toContain(`Règle de majorité « ${text} » inconnue`);
    }
  );

  test("a rule of 32 000 characters is repeated cut", () => {
    const message = domainErrorOf(() => parseMajorityRule("r".repeat(32_000))).message;
    expect(message).toContain(`« ${"r".repeat(59)}… » inconnue`);
  });

  test("one member in office, one vote cast: singular words", () => {
    const statutes = MAJORITY_RULES.statutes;
    expect(
      evaluateMajority({ votesFor: 1, votesAgainst: 0, members: 1 }, statutes).explanation
    ).toBe("1 voix pour, il en faut 1 (deux tiers du seul membre) : la délibération est adoptée.");
    expect(
      evaluateMajority({ votesFor: 1, votesAgainst: 0 }, MAJORITY_RULES.ordinary).explanation
    ).toBe("1 voix pour sur 1 suffrage exprimé, il en faut 1 : la délibération est adoptée.");
    expect(
      domainErrorOf(() => evaluateMajority({ votesFor: 1, votesAgainst: 1, members: 1 }, statutes))
        .message
    ).toBe("Majorité : 1 voix pour et 1 contre font plus que le seul membre en exercice.");
    expect(
      domainErrorOf(() => evaluateMajority({ votesFor: 1, votesAgainst: 0, members: -2 }, statutes))
        .message
    ).toContain("un nombre entier d'au moins 1 est attendu");
  });
});
