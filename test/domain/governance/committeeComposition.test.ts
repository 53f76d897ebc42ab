/*
 * The comité's composition (statutes art. 8.1, seed 001): Région 10, Nord 5, Pas-de-Calais 5;
 * 1 delegate per adherent commune/EPCI, sitting directly up to 4 adherents; beyond 4, a college
 * designates 4 representatives, or one college per département elects 2 each when at least 2
 * adherents are from each.
 */
import { committeeComposition } from "../../../src/domain/governance/committeeComposition";
import { domainErrorOf } from "../domainErrorOf";

/**
 * The communal mode for 0..6 adherents of the Nord (rows) and the Pas-de-Calais (columns),
 * worked out by hand: N none, D direct (total ≤ 4), S single college (total > 4 and a
 * département with fewer than 2), T two colleges (total > 4 and at least 2 in each).
 */
const MODES = [
  "N D D D D S S", // Nord 0: 5 and 6 adherents all from the Pas-de-Calais → one college
  "D D D D S S S", // Nord 1: 1 + 4 = 5 but only 1 from the Nord → one college
  "D D D T T T T", // Nord 2: 2 + 2 = 4 still sits directly (decision); 2 + 3 = 5 → two colleges
  "D D T T T T T",
  "D S T T T T T", // Nord 4: 4 + 1 = 5 with 1 from the Pas-de-Calais → one college
  "S S T T T T T",
  "S S T T T T T",
];
const MODE_NAMES = { N: "none", D: "direct", S: "single-college", T: "two-colleges" } as const;

describe("committeeComposition", () => {
  const cases = MODES.flatMap((line, nord) =>
    line.split(" ").map((letter, pdc) => [nord, pdc, letter as keyof typeof MODE_NAMES] as const)
  );

  test.each(cases)(
    "with %i adherents in the Nord and %i in the Pas-de-Calais: mode %s",
    (nord, pdc, letter) => {
      const composition = committeeComposition(nord, pdc);
      expect(composition.communalMode).toBe(MODE_NAMES[letter]);
      // 20 founders' delegates, then one seat per adherent up to 4, then 4 (one college or 2 + 2)
      expect(composition.total).toBe(20 + Math.min(nord + pdc, 4));
      expect(composition.groups.slice(0, 3).map((group) => [group.body, group.seats])).toEqual([
        ["Région Hauts-de-France", 10],
        ["Département du Nord", 5],
        ["Département du Pas-de-Calais", 5],
      ]);
      expect(composition.groups.reduce((sum, group) => sum + group.seats, 0)).toBe(
        composition.total
      );
    }
  );

  test("lists the delegates sitting directly by département (3 in the Nord, 1 in the Pas-de-Calais)", () => {
    expect(committeeComposition(3, 1).groups.slice(3)).toEqual([
      {
        body: "Communes/EPCI du Nord (3 adhérents)",
        seats: 3,
        designation: "1 délégué désigné par chaque adhérent, membre du comité (statuts, art. 8.1)",
      },
      {
        body: "Communes/EPCI du Pas-de-Calais (1 adhérent)",
        seats: 1,
        designation: "1 délégué désigné par chaque adhérent, membre du comité (statuts, art. 8.1)",
      },
    ]);
  });

  test("gives one college 4 representatives when a département has fewer than 2 adherents (5 + 1)", () => {
    expect(committeeComposition(5, 1).groups.slice(3)).toEqual([
      {
        body: "Collège des communes/EPCI (6 adhérents)",
        seats: 4,
        designation:
          "4 représentants désignés par le collège parmi les délégués du bloc communal (statuts, art. 8.1)",
      },
    ]);
  });

  test("gives each département's college 2 representatives (16 Nord EPCI, 2 in the Pas-de-Calais)", () => {
    // seed 003: "pour le département du Nord, 16 EPCI sur les 17 existants"
    expect(
      committeeComposition(16, 2)
        .groups.slice(3)
        .map((group) => [group.body, group.seats])
    ).toEqual([
      ["Collège des communes/EPCI du Nord (16 adhérents)", 2],
      ["Collège des communes/EPCI du Pas-de-Calais (2 adhérents)", 2],
    ]);
  });

  test("refuses a negative or fractional number of adherents", () => {
    expect(domainErrorOf(() => committeeComposition(-1, 0)).message).toBe(
      "Nombre de communes/EPCI adhérents du Nord invalide (-1) : un nombre entier positif ou nul est attendu."
    );
    expect(domainErrorOf(() => committeeComposition(0, 1.5)).code).toBe("invalid-number");
  });
});
