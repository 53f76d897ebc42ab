/* ENT.SIEGES: the comité's composition (statutes art. 8.1). */
import { sieges } from "../../src/functions/functions";
import { expectExcelError } from "./excelCall";

const FOUNDERS = [
  ["Région Hauts-de-France", 10, "délégués désignés par le conseil régional (statuts, art. 8.1)"],
  ["Département du Nord", 5, "délégués désignés par le conseil départemental (statuts, art. 8.1)"],
  [
    "Département du Pas-de-Calais",
    5,
    "délégués désignés par le conseil départemental (statuts, art. 8.1)",
  ],
];
const HEADER = ["Représentation", "Sièges", "Désignation"];

describe("ENT.SIEGES", () => {
  test("without adherents: the 20 founders' delegates", () => {
    expect(sieges(0, 0)).toEqual([HEADER, ...FOUNDERS, ["Total", 20, ""]]);
  });

  test("up to 4 adherents, their delegates sit: 3 + 1 gives 24", () => {
    const rows = sieges(3, 1);
    expect(rows.slice(4).map((row) => row.slice(0, 2))).toEqual([
      ["Communes/EPCI du Nord (3 adhérents)", 3],
      ["Communes/EPCI du Pas-de-Calais (1 adhérent)", 1],
      ["Total", 24],
    ]);
  });

  test("beyond 4 with fewer than 2 in a département, one college designates 4: 5 + 1 gives 24", () => {
    expect(
      sieges(5, 1)
        .slice(4)
        .map((row) => row.slice(0, 2))
    ).toEqual([
      ["Collège des communes/EPCI (6 adhérents)", 4],
      ["Total", 24],
    ]);
  });

  test("beyond 4 with at least 2 in each, one college per département elects 2: 3 + 2 gives 24", () => {
    expect(sieges(3, 2).slice(4)).toEqual([
      [
        "Collège des communes/EPCI du Nord (3 adhérents)",
        2,
        "2 représentants élus par le collège parmi ses délégués (statuts, art. 8.1)",
      ],
      [
        "Collège des communes/EPCI du Pas-de-Calais (2 adhérents)",
        2,
        "2 représentants élus par le collège parmi ses délégués (statuts, art. 8.1)",
      ],
      ["Total", 24, ""],
    ]);
  });

  test("counts may be typed as text", () => {
    expect(sieges("2", "2").at(-1)).toEqual(["Total", 24, ""]);
  });

  test("every row has the header's three cells", () => {
    for (let nord = 0; nord <= 6; nord += 1)
      for (let pdc = 0; pdc <= 6; pdc += 1)
        for (const row of sieges(nord, pdc)) expect(row).toHaveLength(3);
  });

  test("a missing, negative or fractional count is an error naming the argument", () => {
    expectExcelError(() => sieges(null, 0), "adhérents du Nord (adherents_nord)", "manquant");
    expectExcelError(() => sieges(0, -2), "adhérents du Pas-de-Calais (adherents_pdc)", "-2");
    expectExcelError(() => sieges(1.5, 0), "adherents_nord", "1,5");
  });
});
