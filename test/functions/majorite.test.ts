/*
 * ENT.MAJORITE: absolute majority of votes cast with the president's casting vote (statutes
 * art. 8.3), two thirds of votes cast (art. 15, 16), two thirds of the members (art. 17).
 */
import fc from "fast-check";
import { majorite } from "../../src/functions/functions";
import { OMITTED, expectExcelError } from "./excelCall";

describe("ENT.MAJORITE: the sittings of the seeds", () => {
  test("adopts deliberation 2022-14: 13 for, 0 against", () => {
    expect(majorite(13, 0)).toBe(true);
    expect(majorite(13, 0, "absolue")).toBe(true);
  });

  test("adopts Hem's unanimous vote, 33 for (30 present + 3 proxies), under every rule", () => {
    expect(majorite(33, 0)).toBe(true);
    expect(majorite(33, 0, "2/3")).toBe(true);
    expect(majorite(33, 0, "2/3 membres", 33)).toBe(true);
  });

  test("would not change the statutes with deliberation 2022-14's 13 votes of 22 members (15 needed)", () => {
    expect(majorite(13, 0, "2/3 membres", 22)).toBe(false);
  });
});

describe("ENT.MAJORITE: boundaries", () => {
  test("absolute majority at exactly half: low 5–6 no, mid-point 6–6 to the president, high 7–6 yes", () => {
    expect(majorite(5, 6)).toBe(false);
    expect(majorite(6, 6, OMITTED, OMITTED, "pour")).toBe(true);
    expect(majorite(6, 6, OMITTED, OMITTED, "contre")).toBe(false);
    expect(majorite(6, 6, OMITTED, OMITTED, true)).toBe(true);
    expect(majorite(6, 6, OMITTED, OMITTED, false)).toBe(false);
    expect(majorite(6, 6, OMITTED, OMITTED, "aucune")).toBe(false);
    expect(majorite(7, 6)).toBe(true);
  });

  test("two thirds of votes cast at exactly two thirds: low 9–5 no, mid-point 10–5 yes, high 11–5 yes", () => {
    expect([9, 10, 11].map((votesFor) => majorite(votesFor, 5, "2/3"))).toEqual([
      false,
      true,
      true,
    ]);
  });

  test("two thirds of the members at exactly two thirds (21): low 13 no, mid-point 14 yes, high 15 yes", () => {
    expect([13, 14, 15].map((votesFor) => majorite(votesFor, 0, "2/3 membres", 21))).toEqual([
      false,
      true,
      true,
    ]);
  });

  test("ignores the members for the votes-cast rules", () => {
    expect(majorite(10, 5, "2/3", "n'importe quoi")).toBe(true);
  });
});

describe("ENT.MAJORITE: adding a vote for never turns an adopted decision into a rejected one", () => {
  test.each([["absolue"], ["2/3"], ["2/3 membres"]])("under %s (property)", (rule) => {
    fc.assert(
      fc.property(
        fc.nat(300),
        fc.nat(300),
        fc.nat(300),
        fc.constantFrom("pour", "contre", "aucune"),
        (votesFor, votesAgainst, spare, president) => {
          const members = votesFor + 1 + votesAgainst + spare;
          if (majorite(votesFor, votesAgainst, rule, members, president)) {
            expect(majorite(votesFor + 1, votesAgainst, rule, members, president)).toBe(true);
          }
        }
      )
    );
  });
});

describe("ENT.MAJORITE: errors", () => {
  test("a tie without the president's vote asks for it, an empty cell passed as 0 included", () => {
    expectExcelError(() => majorite(6, 6, OMITTED, OMITTED, 0), "Partage des voix");
    expectExcelError(
      () => majorite(6, 6),
      "Partage des voix (6 pour, 6 contre)",
      "Donnez voix_president",
      "art. 8.3"
    );
  });

  test("two thirds of the members needs the members, and no more votes than members", () => {
    expectExcelError(
      () => majorite(14, 0, "2/3 membres"),
      "membres en exercice (membres)",
      "manquant"
    );
    expectExcelError(
      () => majorite(20, 3, "2/3 membres", 22),
      "font plus que les 22 membres en exercice"
    );
  });

  test("an unknown rule or president's vote is an error listing the accepted ones", () => {
    expectExcelError(
      () => majorite(13, 0, "relative"),
      "Règle de majorité « relative » inconnue",
      "2/3 membres"
    );
    expectExcelError(
      () => majorite(6, 6, OMITTED, OMITTED, "peut-être"),
      "voix_president : « peut-être »"
    );
  });

  test("a missing or negative count of votes is an error", () => {
    expectExcelError(() => majorite(null, 0), "voix pour (pour)", "manquant");
    expectExcelError(() => majorite(3, -1), "voix contre (contre)", "-1");
  });
});
