/*
 * ENT.TARIF: the unit rate of one component of the schedule of a year (RULES.md §2.1, §2.2).
 */
import { tarif } from "../../src/functions/functions";
import { OMITTED, SCHEDULE_2026_TABLE, expectExcelError } from "./excelCall";

describe("ENT.TARIF with the built-in schedules", () => {
  test("the 2024 base contribution is 1,30 € per pupil", () => {
    expect(tarif(2024, "base", OMITTED)).toBe(1.3);
  });

  test("the 2024 accompagnement is 0,30 € per pupil, under its name or its alias", () => {
    expect(tarif(2024, "accompagnement", OMITTED)).toBe(0.3);
    expect(tarif(2024, "Optionnel", OMITTED)).toBe(0.3);
  });

  test("a half-day is 150 € from 2024, with or without accents", () => {
    expect(tarif(2024, "demi-journées", OMITTED)).toBe(150);
    expect(tarif(2024, "Demi-Journees", OMITTED)).toBe(150);
    expect(tarif(2024, " demi-journée ", OMITTED)).toBe(150);
  });

  test("the 2020 platform cost is 0,60 € per pupil", () => {
    expect(tarif(2020, "plateforme", OMITTED)).toBe(0.6);
  });

  test("the other v4 components have their voted rates", () => {
    expect(tarif(2021, "mobile", OMITTED)).toBe(0.36);
    expect(tarif(2021, "assistance", OMITTED)).toBe(0.18);
    expect(tarif(2021, "administratif", OMITTED)).toBe(0.12);
    expect(tarif(2021, "accompagnement", OMITTED)).toBe(0.5);
    expect(tarif(2023, "audit", OMITTED)).toBe(300);
  });

  test("the year may be a date serial or a date typed as text", () => {
    // 45458 = 15/06/2024
    expect(tarif(45458, "base", OMITTED)).toBe(1.3);
    expect(tarif("15/06/2020", "plateforme", OMITTED)).toBe(0.6);
  });

  test("a later exercise uses the 2023 schedule, still in force", () => {
    expect(tarif(2031, "base", OMITTED)).toBe(1.3);
  });
});

describe("ENT.TARIF with a workbook schedule", () => {
  test("the table's rate applies to the years it covers and the built-in one before", () => {
    expect(tarif(2026, "base", SCHEDULE_2026_TABLE)).toBe(1.45);
    expect(tarif(2026, "accompagnement", SCHEDULE_2026_TABLE)).toBe(0.35);
    expect(tarif(2025, "base", SCHEDULE_2026_TABLE)).toBe(1.3);
  });
});

describe("ENT.TARIF errors", () => {
  test("a quoted request has no unit rate and the error says its amount is given as an option", () => {
    expectExcelError(
      () => tarif(2024, "devis", OMITTED),
      "« devis »",
      "pas de tarif unitaire",
      "devis=M"
    );
  });

  test("an at-cost v4 component has no unit rate either", () => {
    expectExcelError(
      () => tarif(2021, "formation", OMITTED),
      "pas de tarif unitaire",
      "formation=M"
    );
  });

  test("an unknown component is an error listing the components of the year", () => {
    expectExcelError(
      () => tarif(2024, "piscine", OMITTED),
      "« piscine »",
      "ctaf-2023-06-15",
      "Composantes : base, accompagnement, demi-journees, devis, marche"
    );
  });

  test("a component of another schedule is unknown in that year", () => {
    expectExcelError(
      () => tarif(2024, "plateforme", OMITTED),
      "« plateforme »",
      "Composantes : base"
    );
    expectExcelError(
      () => tarif(2022, "base", OMITTED),
      "« base »",
      "plateforme, mobile, assistance, administratif, accompagnement, audit, formation, connecteurs"
    );
  });

  test("a missing or non-text component is an error listing the components", () => {
    expectExcelError(() => tarif(2024, null, OMITTED), "Composantes : base");
    expectExcelError(() => tarif(2024, 5, OMITTED), "« 5 »", "Composantes : base");
  });

  test("a year before 2019 is an error mentioning 2019", () => {
    expectExcelError(() => tarif(2018, "plateforme", OMITTED), "2018", "2019");
  });

  test("a missing year is an error naming the argument", () => {
    expectExcelError(() => tarif(null, "base", OMITTED), "annee", "manquant");
  });
});
