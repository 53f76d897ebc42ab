/*
 * ENT.QUORUM and ENT.QUORUM.DETAIL: the quorum under the rule in force on the day of the sitting
 * (statutes art. 8.3, or the temporary legal regime of 2020–2022, RULES.md §7), or a forced one.
 */
import { quorum, quorumDetail } from "../../src/functions/functions";
import { OMITTED, expectExcelError } from "./excelCall";

/** 16/06/2022 as an Excel date serial: 45292 (01/01/2024) − 564 days. */
const JUNE_16_2022 = 44728;

describe("ENT.QUORUM: deliberation 2022-14 of 16 June 2022 (22 in office, 7 present, 6 represented)", () => {
  test("is not reached under the loi 2021-1465 in force that day: 7 present, a third of 22 needs 8", () => {
    expect(quorum(22, 7, 6, "16/06/2022")).toBe(false);
    expect(quorum(22, 7, 6, JUNE_16_2022)).toBe(false);
    expect(quorum(22, 7, 6, "2022-06-16")).toBe(false);
  });

  test("is not reached under the statutes: 7 present, half of 22 is 11", () => {
    expect(quorum(22, 7, 6)).toBe(false);
    expect(quorum(22, 7, 6, "16/06/2022", "statuts")).toBe(false);
  });

  test("is reached, as the text declares, when members represented count: 13 ≥ 8", () => {
    expect(quorum(22, 7, 6, "16/06/2022", "presents_ou_representes 1/3")).toBe(true);
    expect(quorum(22, 7, 6, OMITTED, "présents ou représentés 1/2")).toBe(true);
    expect(quorum(22, 7, 6, OMITTED, "presents 1/3")).toBe(false);
  });

  test("spills the rule, its source, the count, the threshold and the result", () => {
    expect(quorumDetail(22, 7, 6, "16/06/2022")).toEqual([
      ["Règle", "Source", "Membres en exercice", "Décompte", "Seuil", "Quorum atteint"],
      [
        "au moins le tiers des membres en exercice présents ; 2 pouvoirs par membre au plus",
        "Loi n° 2021-1465 du 10 novembre 2021, art. 10",
        22,
        7,
        8,
        false,
      ],
    ]);
    expect(quorumDetail(22, 7, 6, "16/06/2022", "presents_ou_representes 1/3")[1]).toEqual([
      "au moins le tiers des membres en exercice présents ou représentés ; 2 pouvoirs par membre au plus",
      "Règle imposée (regle = « presents_ou_representes 1/3 »)",
      22,
      13,
      8,
      true,
    ]);
    expect(quorumDetail(22, 7, 6)[1]).toEqual([
      "au moins la moitié des membres en exercice présents ; 1 pouvoir par membre au plus",
      "Statuts du syndicat mixte (2018), art. 8.3",
      22,
      7,
      11,
      false,
    ]);
  });
});

describe("ENT.QUORUM: Hem's council of 7 December 2023 (33 in office, 30 present, 3 represented)", () => {
  test("is reached under the statutes in force that day: 30 ≥ 17", () => {
    expect(quorum(33, 30, 3, "07/12/2023")).toBe(true);
    expect(quorumDetail(33, 30, 3, 45267)[1]?.slice(2)).toEqual([33, 30, 17, true]);
  });

  test("is reached under a majority of members present (CGCT L2121-17): more than 16,5", () => {
    expect(quorumDetail(33, 30, 3, OMITTED, "presents >1/2")[1]?.slice(3)).toEqual([30, 17, true]);
  });
});

describe("ENT.QUORUM: boundaries", () => {
  test("at exactly half under the statutes (22 in office): low 10 no, mid-point 11 yes, high 12 yes", () => {
    expect([10, 11, 12].map((present) => quorum(22, present))).toEqual([false, true, true]);
  });

  test("at exactly one third under the loi 2021-1465 (21 in office): low 6 no, mid-point 7 yes, high 8 yes", () => {
    expect([6, 7, 8].map((present) => quorum(21, present, 0, "16/06/2022"))).toEqual([
      false,
      true,
      true,
    ]);
  });

  test("at exactly two thirds, forced (21 in office): low 13 no, mid-point 14 yes, high 15 yes", () => {
    expect([13, 14, 15].map((present) => quorum(21, present, 0, OMITTED, "presents 2/3"))).toEqual([
      false,
      true,
      true,
    ]);
  });

  test("counts represented members under the ordonnance 2020-391 (May 2020), not under the loi 2020-290 (March 2020)", () => {
    // 4 present + 3 represented = 7 = a third of 21
    expect(quorum(21, 4, 3, "01/05/2020")).toBe(true);
    expect(quorum(21, 4, 3, "30/03/2020")).toBe(false);
  });
});

describe("ENT.QUORUM: errors", () => {
  test("a missing count is an error, not a zero", () => {
    expectExcelError(() => quorum(null, 7), "membres en exercice (en_exercice)", "manquant");
    expectExcelError(() => quorum(22, ""), "membres présents (presents)", "manquant");
  });

  test("counts that cannot be are errors saying why", () => {
    expectExcelError(
      () => quorum(22, 20, 3),
      "20 présents et 3 représentés font plus que les 22 membres en exercice"
    );
    expectExcelError(
      () => quorum(22, 3, 4),
      "4 membres représentés, mais 3 présents ne peuvent porter que 3 pouvoirs"
    );
    expectExcelError(() => quorum(0, 0), "aucun membre en exercice");
    expectExcelError(() => quorum(22, -1), "presents", "entier positif ou nul");
  });

  test("a year instead of a date is refused: the rule changed within years", () => {
    expectExcelError(() => quorum(22, 7, 6, 2022), "date : « 2022 » est une année");
    expectExcelError(() => quorum(22, 7, 6, "2022"), "est une année");
  });

  test("an empty cell passed as 0 for date or regle is read as omitted: the statutes", () => {
    expect(quorumDetail(22, 7, 6, 0, 0)[1]?.[1]).toBe("Statuts du syndicat mixte (2018), art. 8.3");
  });

  test("a text that is no date is an error quoting it", () => {
    expectExcelError(() => quorum(22, 7, 6, "hier"), "date : « hier » n'est pas une date");
    expectExcelError(() => quorum(22, 7, 6, "31/02/2022"), "« 31/02/2022 »");
  });

  test("an unknown or incomplete rule is an error listing the accepted ones", () => {
    expectExcelError(
      () => quorum(22, 7, 6, OMITTED, "majorité"),
      "Règle de quorum « majorité » inconnue",
      "statuts"
    );
    expectExcelError(() => quorum(22, 7, 6, OMITTED, "presents"), "précisez la fraction");
    expectExcelError(() => quorum(22, 7, 6, OMITTED, 3), "regle : « 3 » n'est pas un texte");
  });
});
