/* A quorum rule forced by the user (ENT.QUORUM's regle argument). */
import { parseQuorumRule } from "../../../src/domain/governance/parseQuorumRule";
import { STATUTES_QUORUM } from "../../../src/domain/governance/quorumRules";
import { ruleInForce } from "../../../src/domain/governance/ruleInForce";
import { domainErrorOf } from "../domainErrorOf";

const LOI_2021_1465 = ruleInForce("2022-06-16");

describe("parseQuorumRule", () => {
  test("reads statuts as the statutes' rule, whatever the rule in force", () => {
    expect(parseQuorumRule("statuts", LOI_2021_1465)).toBe(STATUTES_QUORUM);
    expect(parseQuorumRule(" Statuts ", STATUTES_QUORUM)).toBe(STATUTES_QUORUM);
  });

  test("reads what counts and the fraction, ignoring case, accents, underscores and hyphens", () => {
    for (const text of [
      "presents_ou_representes 1/3",
      "Présents ou représentés 1/3",
      "PRESENTS-OU-REPRESENTES 1 / 3",
    ]) {
      expect(parseQuorumRule(text, LOI_2021_1465)).toMatchObject({
        id: "regle-imposee",
        basis: "present-or-represented",
        fraction: { numerator: 1, denominator: 3 },
        comparison: "at-least",
      });
    }
    expect(parseQuorumRule("présents 1/2", LOI_2021_1465)).toMatchObject({
      basis: "present",
      fraction: { numerator: 1, denominator: 2 },
    });
  });

  test("reads > and plus de as strictly more than the fraction", () => {
    expect(parseQuorumRule("presents >1/2", STATUTES_QUORUM).comparison).toBe("more-than");
    expect(parseQuorumRule("presents plus de 1/2", STATUTES_QUORUM).comparison).toBe("more-than");
  });

  test("keeps the proxy limit of the rule in force, and says it was imposed", () => {
    const rule = parseQuorumRule("presents 1/3", STATUTES_QUORUM);
    expect(rule.maxProxiesPerHolder).toBe(1);
    expect(parseQuorumRule("presents 1/3", LOI_2021_1465).maxProxiesPerHolder).toBe(2);
    expect(rule.source).toBe("Règle imposée (regle = « presents 1/3 »)");
  });

  test("asks for the fraction when it is missing", () => {
    expect(domainErrorOf(() => parseQuorumRule("presents", STATUTES_QUORUM)).message).toBe(
      "Règle de quorum « presents » : précisez la fraction des membres en exercice, par exemple « presents 1/3 »."
    );
    expect(
      domainErrorOf(() => parseQuorumRule("présents ou représentés", STATUTES_QUORUM)).message
    ).toContain("« presents_ou_representes 1/3 »");
  });

  test("refuses a fraction outside ]0, 1]", () => {
    expect(domainErrorOf(() => parseQuorumRule("presents 0/3", STATUTES_QUORUM)).message).toBe(
      "Règle de quorum « presents 0/3 » : la fraction 0/3 doit être comprise entre 0 (exclu) et 1 (inclus)."
    );
    expect(domainErrorOf(() => parseQuorumRule("presents 4/3", STATUTES_QUORUM)).code).toBe(
      "unknown-rule"
    );
  });

  test("refuses any other text, listing the accepted ones", () => {
    const error = domainErrorOf(() => parseQuorumRule("majorité", STATUTES_QUORUM));
    expect(error.code).toBe("unknown-rule");
    expect(error.message).toBe(
      "Règle de quorum « majorité » inconnue : écrivez « statuts », « presents 1/3 », « presents_ou_representes 1/3 » (au moins la fraction) ou « presents >1/2 » (strictement plus)."
    );
  });
});
