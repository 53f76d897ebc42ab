/*
 * ENT.BAREME: the schedule in force for a year, one spilled row per component, with its source
 * (RULES.md §2.1, §2.2).
 */
import { bareme } from "../../src/functions/functions";
import { OMITTED, SCHEDULE_2026_TABLE, expectExcelError } from "./excelCall";

const HEADER = [
  "Barème",
  "Composante",
  "Mot-clé",
  "Base",
  "Tarif (€)",
  "Type",
  "Exercices",
  "Source",
];
const KEYWORD = 2;
const RATE = 4;
const SOURCE = 7;

describe("ENT.BAREME", () => {
  test("2024 spills the header and the five components of the 2023 CTAF", () => {
    const rows = bareme(2024, OMITTED);
    expect(rows[0]).toEqual(HEADER);
    expect(rows).toHaveLength(6);
    expect(rows.slice(1).map((row) => row[KEYWORD])).toEqual([
      "base",
      "accompagnement",
      "demi-journees",
      "devis",
      "marche",
    ]);
  });

  test("2024's rows give the voted rates, blank for the amount components", () => {
    const rows = bareme(2024, OMITTED);
    expect(rows.slice(1).map((row) => row[RATE])).toEqual([1.3, 0.3, 150, "", ""]);
    expect(rows[1]?.slice(0, 1)).toEqual(["ctaf-2023-06-15"]);
    expect(rows[1]?.slice(3)).toEqual([
      "par élève et par an",
      1.3,
      "toujours",
      "2024–",
      "CTAF version du 15/06/2023, art. 5 ; délibération du comité syndical du 15/06/2023",
    ]);
    expect(rows[3]?.slice(3, 6)).toEqual(["par demi-journée", 150, "option"]);
  });

  test("every 2024 row carries a source naming the CTAF and an article", () => {
    for (const row of bareme(2024, OMITTED).slice(1)) {
      expect(row[SOURCE]).toContain("CTAF version du 15/06/2023");
      expect(row[SOURCE]).toMatch(/art\. \d/);
    }
  });

  test("2021 spills the eight components of CTAF v4 with their rates", () => {
    const rows = bareme(2021, OMITTED);
    expect(rows).toHaveLength(9);
    expect(rows.slice(1).map((row) => [row[KEYWORD], row[RATE]])).toEqual([
      ["plateforme", 0.6],
      ["mobile", 0.36],
      ["assistance", 0.18],
      ["administratif", 0.12],
      ["accompagnement", 0.5],
      ["audit", 300],
      ["formation", ""],
      ["connecteurs", ""],
    ]);
    for (const row of rows.slice(1)) {
      expect(row[0]).toBe("ctaf-2019-v4");
      expect(row[6]).toBe("2019–2023");
      expect(row[SOURCE]).toBe(
        "CTAF version 4 du 13/05/2019, art. 6 ; délibération 2019-12 du comité syndical du 26/06/2019"
      );
    }
  });

  test.each([2019, 2021, 2023, 2024, 2030])("every row of %i has the header's width", (year) => {
    for (const row of bareme(year, OMITTED)) expect(row).toHaveLength(HEADER.length);
  });

  test("a date serial gives its year's schedule", () => {
    // 45458 = 15/06/2024
    expect(bareme(45458, OMITTED)).toEqual(bareme(2024, OMITTED));
    expect(bareme("01/01/2019", OMITTED)).toEqual(bareme(2019, OMITTED));
  });

  test("a workbook schedule replaces the built-in one for the years it covers", () => {
    const rows = bareme(2026, SCHEDULE_2026_TABLE);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      "bareme-classeur",
      "Contribution forfaitaire de base",
      "base",
      "par élève et par an",
      1.45,
      "toujours",
      "2026–",
      "CTAF version du 12/06/2025 ; délibération 2025-07 du 12/06/2025",
    ]);
    expect(bareme(2025, SCHEDULE_2026_TABLE)).toEqual(bareme(2025, OMITTED));
  });

  test("a year before 2019 is an error mentioning 2019", () => {
    expectExcelError(() => bareme(2018, OMITTED), "2018", "2019");
  });

  test("a missing year is an error naming the argument", () => {
    expectExcelError(() => bareme(null, OMITTED), "annee", "manquant");
    expectExcelError(() => bareme("", OMITTED), "annee", "manquant");
  });
});
