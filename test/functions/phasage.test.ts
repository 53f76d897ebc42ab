/*
 * ENT.PHASAGE: schools equipped in a given year of a four-year deployment (RULES.md §4):
 * ceil(n × k / 4) in deployment year k = year − first year + 1, n from year 4 on, 0 before.
 */
import { phasage } from "../../src/functions/functions";
import { expectExcelError } from "./excelCall";

describe("ENT.PHASAGE", () => {
  test("Hem's 11 schools from 2024 are equipped 3, 6, 9, 11 then 11", () => {
    // k=1: ceil(11/4 = 2,75) = 3; k=2: ceil(22/4 = 5,5) = 6; k=3: ceil(33/4 = 8,25) = 9; k≥4: 11
    expect([2024, 2025, 2026, 2027, 2028].map((year) => phasage(11, 2024, year))).toEqual([
      3, 6, 9, 11, 11,
    ]);
  });

  test("no school is equipped before the first year", () => {
    expect(phasage(11, 2024, 2023)).toBe(0);
    expect(phasage(11, 2024, 2000)).toBe(0);
  });

  test("a multiple of four is equipped a quarter each year", () => {
    // 8 schools: 8/4 = 2 a year
    expect([2020, 2021, 2022, 2023].map((year) => phasage(8, 2020, year))).toEqual([2, 4, 6, 8]);
  });

  test("a single school is equipped from the first year", () => {
    // ceil(1/4) = 1
    expect(phasage(1, 2024, 2024)).toBe(1);
  });

  test("zero schools give zero every year", () => {
    expect(phasage(0, 2024, 2026)).toBe(0);
  });

  test("years may be given as date serials", () => {
    // 45292 = 01/01/2024; 45823 = 45658 (01/01/2025) + 31 + 28 + 31 + 30 + 31 + 14 = 15/06/2025: k = 2
    expect(phasage(11, 45292, 45823)).toBe(6);
  });

  test("years may be given as dates or years typed as text", () => {
    // k = 2026 − 2024 + 1 = 3: 9
    expect(phasage(11, "2024", "15/06/2026")).toBe(9);
    expect(phasage("11", "01/09/2024", 2024)).toBe(3);
  });

  test("a missing number of schools is an error, not a zero", () => {
    expectExcelError(
      () => phasage(null, 2024, 2025),
      "nombre d'écoles",
      "manquant",
      "cellule vide n'est pas un zéro"
    );
    expectExcelError(() => phasage("", 2024, 2025), "nombre d'écoles", "manquant");
  });

  test("a negative or fractional number of schools is an error", () => {
    expectExcelError(
      () => phasage(-1, 2024, 2025),
      "nombre d'écoles",
      "entier positif ou nul",
      "-1"
    );
    expectExcelError(() => phasage(2.5, 2024, 2025), "nombre d'écoles", "2,5");
  });

  test("a missing year is an error naming the argument", () => {
    expectExcelError(() => phasage(11, null, 2025), "premiere_annee", "manquant");
    expectExcelError(() => phasage(11, 2024, null), "annee", "manquant");
  });

  test("a text that is no year is an error quoting it", () => {
    expectExcelError(
      () => phasage(11, "l'an prochain", 2025),
      "premiere_annee",
      "« l'an prochain »"
    );
  });

  test("a serial beyond any date is an error, never NaN", () => {
    // 1e10 days is past the last date JavaScript (and Excel, 31/12/9999) can hold.
    expectExcelError(() => phasage(11, 2024, 1e10), "annee");
    expectExcelError(() => phasage(11, 1e10, 2024), "premiere_annee");
  });
});
