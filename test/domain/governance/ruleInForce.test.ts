/*
 * The quorum rule in force on a day (RULES.md §7): the temporary legal regimes of 2020–2022,
 * bounds included, and the statutes (seed 001, art. 8.3) outside them.
 */
import { QUORUM_PERIODS, STATUTES_QUORUM } from "../../../src/domain/governance/quorumRules";
import { ruleInForce } from "../../../src/domain/governance/ruleInForce";
import { domainErrorOf } from "../domainErrorOf";

describe("ruleInForce", () => {
  test.each([
    // [day, rule] — the first and last day of each period, and the days just outside
    ["2020-03-23", "statuts-2018"],
    ["2020-03-24", "loi-2020-290"],
    ["2020-04-02", "loi-2020-290"],
    ["2020-04-03", "ordonnance-2020-391"],
    ["2020-07-10", "ordonnance-2020-391"],
    ["2020-07-11", "loi-2020-760"],
    ["2020-08-30", "loi-2020-760"],
    ["2020-08-31", "statuts-2018"],
    ["2020-11-15", "statuts-2018"],
    ["2020-11-16", "loi-2020-1379"],
    ["2021-09-30", "loi-2020-1379"],
    ["2021-10-01", "statuts-2018"],
    ["2021-11-10", "statuts-2018"],
    ["2021-11-11", "loi-2021-1465"],
    ["2022-07-31", "loi-2021-1465"],
    ["2022-08-01", "statuts-2018"],
  ])("on %s applies %s", (day, id) => {
    expect(ruleInForce(day).id).toBe(id);
  });

  test("applies the loi 2021-1465 to deliberation 2022-14 of 16 June 2022", () => {
    const rule = ruleInForce("2022-06-16");
    expect(rule.source).toBe("Loi n° 2021-1465 du 10 novembre 2021, art. 10");
    expect(rule.fraction).toEqual({ numerator: 1, denominator: 3 });
    expect(rule.basis).toBe("present");
    expect(rule.maxProxiesPerHolder).toBe(2);
  });

  test("applies the statutes to Hem's council of 7 December 2023", () => {
    expect(ruleInForce("2023-12-07")).toBe(STATUTES_QUORUM);
  });

  test("reads the statutes as at least half of the members in office present, one proxy each", () => {
    // art. 8.3: "la moitié des membres en exercice présents"; "Aucun membre ne peut recevoir plus d'une procuration"
    expect(STATUTES_QUORUM).toMatchObject({
      fraction: { numerator: 1, denominator: 2 },
      comparison: "at-least",
      basis: "present",
      maxProxiesPerHolder: 1,
    });
  });

  test("counts members represented only under the ordonnance of April 2020", () => {
    expect(
      QUORUM_PERIODS.filter((period) => period.rule.basis === "present-or-represented").map(
        (period) => period.rule.id
      )
    ).toEqual(["ordonnance-2020-391"]);
  });

  test("lists the periods in order, each ending before the next begins, all at a third with two proxies", () => {
    QUORUM_PERIODS.forEach((period, index) => {
      expect(period.from <= period.to).toBe(true);
      const next = QUORUM_PERIODS[index + 1];
      if (next) expect(period.to < next.from).toBe(true);
      expect(period.rule.fraction).toEqual({ numerator: 1, denominator: 3 });
      expect(period.rule.comparison).toBe("at-least");
      expect(period.rule.maxProxiesPerHolder).toBe(2);
    });
  });

  test("takes its periods as data: another table gives another answer", () => {
    const rule = { ...STATUTES_QUORUM, id: "essai" };
    expect(ruleInForce("2030-01-01", [{ from: "2030-01-01", to: "2030-12-31", rule }]).id).toBe(
      "essai"
    );
  });

  test("refuses a date that is not yyyy-mm-dd or does not exist", () => {
    expect(domainErrorOf(() => ruleInForce("16/06/2022")).message).toBe(
      "Date « 16/06/2022 » invalide : une date existante est attendue (AAAA-MM-JJ, par exemple 2022-06-16)."
    );
    expect(domainErrorOf(() => ruleInForce("2022-02-30")).code).toBe("invalid-date");
  });
});
