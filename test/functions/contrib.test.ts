/*
 * ENT.CONTRIB called as Excel calls it. Expected amounts come from RULES.md §2 (rates) and §3
 * (cents, rounding); the arithmetic is written next to each expectation.
 */
import { contrib } from "../../src/functions/functions";
import { OMITTED, SCHEDULE_2026_TABLE, SCHEDULE_TABLE_HEADER, expectExcelError } from "./excelCall";

const HEM_PUPILS = 1209;

describe("ENT.CONTRIB with the 2023 schedule (exercises from 2024)", () => {
  test("Hem's 1 209 pupils owe the base contribution in 2024", () => {
    // 1 209 × 1,30 € = 1 571,70 €
    expect(contrib(HEM_PUPILS, 2024, OMITTED, OMITTED)).toBe(1571.7);
  });

  test("an empty options cell counts as no option", () => {
    // Excel passes an empty cell given to a matrix parameter as [[""]]: 1 209 × 1,30 € = 1 571,70 €
    expect(contrib(HEM_PUPILS, 2024, [[""]], OMITTED)).toBe(1571.7);
    expect(contrib(HEM_PUPILS, 2024, [[null]], [[""]])).toBe(1571.7);
  });

  test("the accompagnement option adds 0,30 € per pupil", () => {
    // 1 209 × (1,30 + 0,30) € = 1 209 × 1,60 € = 1 934,40 €
    expect(contrib(HEM_PUPILS, 2024, [["accompagnement"]], OMITTED)).toBe(1934.4);
  });

  test("keywords ignore case and accents and each half-day adds 150 €", () => {
    // 1 934,40 € + 2 × 150 € = 2 234,40 €
    expect(contrib(HEM_PUPILS, 2024, [["Accompagnement; Demi-journées=2"]], OMITTED)).toBe(2234.4);
  });

  test("half-days alone add to the base contribution", () => {
    // 1 571,70 € + 150 € = 1 721,70 €
    expect(contrib(HEM_PUPILS, 2024, [["demi-journees=1"]], OMITTED)).toBe(1721.7);
  });

  test("the optionnel alias selects the accompagnement component", () => {
    // same as accompagnement: 1 934,40 €
    expect(contrib(HEM_PUPILS, 2024, [["optionnel"]], OMITTED)).toBe(1934.4);
  });

  test("the 2023 schedule stays in force for later exercises", () => {
    // CTAF 2023 art. 8: no later vote, so 2030 is billed like 2024: 1 571,70 €
    expect(contrib(HEM_PUPILS, 2030, OMITTED, OMITTED)).toBe(1571.7);
  });

  test("zero pupils owe nothing but the options with fixed amounts", () => {
    expect(contrib(0, 2024, OMITTED, OMITTED)).toBe(0);
    // 0 × 1,30 € + 1 × 150 € = 150 €
    expect(contrib(0, 2024, [["demi-journées=1"]], OMITTED)).toBe(150);
  });

  test("a quoted request adds its amount as given", () => {
    // 1 571,70 € + 1 234,56 € = 2 806,26 €
    expect(contrib(HEM_PUPILS, 2024, [["devis=1234,56"]], OMITTED)).toBe(2806.26);
  });
});

describe("ENT.CONTRIB with the CTAF v4 schedule (exercises 2019 to 2023)", () => {
  test.each([2019, 2020, 2021, 2022, 2023])(
    "a member with no option pays 0,90 € per pupil in %i",
    (year) => {
      // 0,60 (plateforme) + 0,18 (assistance) + 0,12 (administratif) = 0,90 € per pupil
      // 1 209 × 0,90 € = 1 088,10 €
      expect(contrib(HEM_PUPILS, year, OMITTED, OMITTED)).toBe(1088.1);
      // 100 × 0,90 € = 90 €
      expect(contrib(100, year, OMITTED, OMITTED)).toBe(90);
      // 1 × 0,90 € = 0,90 €
      expect(contrib(1, year, OMITTED, OMITTED)).toBe(0.9);
    }
  );

  test("the v4 options add their own rates", () => {
    // 1 209 × (0,90 + 0,36 mobile + 0,50 accompagnement) = 1 209 × 1,76 € = 2 127,84 €; + 2 audits × 300 € = 2 727,84 €
    expect(contrib(HEM_PUPILS, 2021, [["mobile; accompagnement; audit=2"]], OMITTED)).toBe(2727.84);
  });

  test("at-cost training adds its amount", () => {
    // 1 088,10 € + 250,50 € = 1 338,60 €
    expect(contrib(HEM_PUPILS, 2022, [["formation=250,50"]], OMITTED)).toBe(1338.6);
  });
});

describe("ENT.CONTRIB reads the year as Excel gives it", () => {
  test("a date cell (Excel serial) gives its year", () => {
    // 45292 = 01/01/2024; 45458 = 45292 + 31 + 29 + 31 + 30 + 31 + 14 = 15/06/2024
    expect(contrib(HEM_PUPILS, 45292, OMITTED, OMITTED)).toBe(1571.7);
    expect(contrib(HEM_PUPILS, 45458, OMITTED, OMITTED)).toBe(1571.7);
    // 43831 = 45292 − (366 + 365 + 365 + 365) = 01/01/2020: CTAF v4, 1 088,10 €
    expect(contrib(HEM_PUPILS, 43831, OMITTED, OMITTED)).toBe(1088.1);
  });

  test("a date typed as text gives its year", () => {
    expect(contrib(HEM_PUPILS, "15/06/2024", OMITTED, OMITTED)).toBe(1571.7);
    expect(contrib(HEM_PUPILS, "2024-06-15", OMITTED, OMITTED)).toBe(1571.7);
    expect(contrib(HEM_PUPILS, "15/06/2021", OMITTED, OMITTED)).toBe(1088.1);
  });

  test("a year typed as text is read as that year", () => {
    expect(contrib(HEM_PUPILS, "2024", OMITTED, OMITTED)).toBe(1571.7);
    expect(contrib(HEM_PUPILS, " 2020 ", OMITTED, OMITTED)).toBe(1088.1);
  });
});

describe("ENT.CONTRIB reads the pupil count as Excel gives it", () => {
  test("a count typed as text with thousands spaces is read", () => {
    // 1 209 × 1,30 € = 1 571,70 €
    expect(contrib("1 209", 2024, OMITTED, OMITTED)).toBe(1571.7);
    expect(contrib("1209", 2024, OMITTED, OMITTED)).toBe(1571.7);
  });
});

describe("ENT.CONTRIB options", () => {
  test("a text with a decimal comma separates options only at semicolons and non-decimal commas", () => {
    // 1 934,40 € − 571,70 € = 1 362,70 €
    expect(contrib(HEM_PUPILS, 2024, [["subvention=571,70; accompagnement"]], OMITTED)).toBe(
      1362.7
    );
    expect(contrib(HEM_PUPILS, 2024, [["accompagnement, subvention=571,70"]], OMITTED)).toBe(
      1362.7
    );
  });

  test("a two-column range gives keys and values", () => {
    // 1 209 × 1,60 € + 2 × 150 € = 2 234,40 €
    expect(
      contrib(
        HEM_PUPILS,
        2024,
        [
          ["accompagnement", ""],
          ["demi-journées", 2],
        ],
        OMITTED
      )
    ).toBe(2234.4);
  });

  test("a two-column range takes numbers and oui/non values", () => {
    // 1 934,40 € − 571,70 € = 1 362,70 €
    expect(
      contrib(
        HEM_PUPILS,
        2024,
        [
          ["Subvention", 571.7],
          ["accompagnement", "oui"],
        ],
        OMITTED
      )
    ).toBe(1362.7);
    // accompagnement switched off: 1 571,70 €
    expect(contrib(HEM_PUPILS, 2024, [["accompagnement", "non"]], OMITTED)).toBe(1571.7);
    expect(contrib(HEM_PUPILS, 2024, [["accompagnement", false]], OMITTED)).toBe(1571.7);
  });

  test("rows with an empty key in an options range are skipped", () => {
    // 1 209 × 1,60 € = 1 934,40 €
    expect(
      contrib(
        HEM_PUPILS,
        2024,
        [
          ["accompagnement", ""],
          ["", ""],
          [null, null],
        ],
        OMITTED
      )
    ).toBe(1934.4);
  });

  test("a part-year membership prorates the per-pupil yearly lines and rounds half away from zero", () => {
    // 157 170 cents × 7 / 12 = 91 682,5 cents → 91 683 cents = 916,83 €
    expect(contrib(HEM_PUPILS, 2024, [["mois=7"]], OMITTED)).toBe(916.83);
  });

  test("a part-year membership does not prorate the half-days", () => {
    // 916,83 € + 150 € = 1 066,83 €
    expect(contrib(HEM_PUPILS, 2024, [["mois=7; demi-journées=1"]], OMITTED)).toBe(1066.83);
  });

  test("a FEDER percentage is deducted from the gross total", () => {
    // 157 170 cents × 20 % = 31 434 cents; 1 571,70 € − 314,34 € = 1 257,36 €
    expect(contrib(HEM_PUPILS, 2024, [["feder=20 %"]], OMITTED)).toBe(1257.36);
  });

  test("a FEDER amount is deducted as given", () => {
    // 1 088,10 € − 1 000 € = 88,10 €
    expect(contrib(HEM_PUPILS, 2021, [["feder=1000"]], OMITTED)).toBe(88.1);
  });

  test("deductions equal to the gross give zero", () => {
    // 1 571,70 € − 1 571,70 € = 0 €
    expect(contrib(HEM_PUPILS, 2024, [["subvention=1571,70"]], OMITTED)).toBe(0);
  });
});

describe("ENT.CONTRIB with a workbook schedule table", () => {
  test("the table overrides the exercises it covers with its new rate", () => {
    // 1 209 × 1,45 € = 1 753,05 €
    expect(contrib(HEM_PUPILS, 2026, OMITTED, SCHEDULE_2026_TABLE)).toBe(1753.05);
    // 1 209 × (1,45 + 0,35) € = 1 209 × 1,80 € = 2 176,20 €
    expect(contrib(HEM_PUPILS, 2026, [["accompagnement"]], SCHEDULE_2026_TABLE)).toBe(2176.2);
  });

  test("the table stays in force after its first exercise when it has no last one", () => {
    // 1 209 × 1,45 € = 1 753,05 €
    expect(contrib(HEM_PUPILS, 2027, OMITTED, SCHEDULE_2026_TABLE)).toBe(1753.05);
  });

  test("an exercise before the table keeps the built-in schedule", () => {
    // 2025: CTAF 2023, 1 209 × 1,30 € = 1 571,70 €; with accompagnement 1 934,40 €
    expect(contrib(HEM_PUPILS, 2025, OMITTED, SCHEDULE_2026_TABLE)).toBe(1571.7);
    expect(contrib(HEM_PUPILS, 2025, [["accompagnement"]], SCHEDULE_2026_TABLE)).toBe(1934.4);
  });

  test("a date serial in the table's date column is accepted", () => {
    const table = SCHEDULE_2026_TABLE.map((row, index) =>
      index === 0 ? row : [...row.slice(0, 8), 45820]
    );
    // 45820 = 45658 (01/01/2025) + 31 + 28 + 31 + 30 + 31 + 11 = 12/06/2025; same rates: 1 753,05 €
    expect(contrib(HEM_PUPILS, 2026, OMITTED, table)).toBe(1753.05);
  });

  test("an option the table lacks is an error that tells where the option exists", () => {
    expectExcelError(
      () => contrib(HEM_PUPILS, 2026, [["demi-journées=1"]], SCHEDULE_2026_TABLE),
      "demi-journées",
      "2026",
      "ctaf-2023-06-15"
    );
  });

  test("a table with a bad rate is an error naming the row and the column", () => {
    const table = [
      SCHEDULE_TABLE_HEADER,
      [
        "Base",
        "base",
        "élève/an",
        "abc",
        "toujours",
        2026,
        "CTAF",
        "délibération 2025-07",
        "12/06/2025",
      ],
    ];
    expectExcelError(
      () => contrib(HEM_PUPILS, 2026, OMITTED, table),
      "Barème invalide",
      "ligne 2",
      "Tarif",
      "abc"
    );
  });

  test("a table without a required column is an error naming the column", () => {
    const table = [
      SCHEDULE_TABLE_HEADER.slice(0, 8),
      ["Base", "base", "élève/an", 1.45, "toujours", 2026, "CTAF", "délibération"],
    ];
    expectExcelError(
      () => contrib(HEM_PUPILS, 2026, OMITTED, table),
      "Barème invalide",
      "date",
      "colonne obligatoire"
    );
  });

  test("a date cell with a number beyond any date is a table problem, not an unexpected error", () => {
    // A number typed by mistake in the date column (Excel accepts numbers up to 9,99E+307).
    const table = SCHEDULE_2026_TABLE.map((row, index) =>
      index === 0 ? row : [...row.slice(0, 8), 1e12]
    );
    expectExcelError(() => contrib(HEM_PUPILS, 2026, OMITTED, table), "Barème invalide", "Date");
  });
});

describe("ENT.CONTRIB errors", () => {
  test.each([
    ["null", null],
    ["an empty text", ""],
    ["blank text", "   "],
  ])("a missing pupil count (%s) says the cell is empty and not a zero", (_label, pupils) => {
    expectExcelError(
      () => contrib(pupils, 2024, OMITTED, OMITTED),
      "nombre d'élèves",
      "manquant",
      "cellule vide n'est pas un zéro"
    );
  });

  test("a negative pupil count is an error showing the value", () => {
    expectExcelError(
      () => contrib(-5, 2024, OMITTED, OMITTED),
      "nombre d'élèves",
      "entier positif ou nul",
      "-5"
    );
  });

  test("a fractional pupil count is an error showing the value with a decimal comma", () => {
    expectExcelError(() => contrib(12.5, 2024, OMITTED, OMITTED), "entier positif ou nul", "12,5");
  });

  test("a pupil count that is not a number is an error quoting the text", () => {
    expectExcelError(
      () => contrib("douze", 2024, OMITTED, OMITTED),
      "entier positif ou nul",
      "« douze »"
    );
    expectExcelError(
      () => contrib("12,5", 2024, OMITTED, OMITTED),
      "entier positif ou nul",
      "« 12,5 »"
    );
    expectExcelError(() => contrib(true, 2024, OMITTED, OMITTED), "entier positif ou nul");
  });

  test("2018 is an error saying the first schedule applies from 2019", () => {
    expectExcelError(() => contrib(HEM_PUPILS, 2018, OMITTED, OMITTED), "2018", "2019");
    // 01/01/2018 = 43831 (01/01/2020) − 365 (2019) − 365 (2018) = 43101
    expectExcelError(() => contrib(HEM_PUPILS, 43101, OMITTED, OMITTED), "2018", "2019");
  });

  test("a missing year is an error naming the argument", () => {
    expectExcelError(() => contrib(HEM_PUPILS, null, OMITTED, OMITTED), "annee", "manquant");
  });

  test("a year that is neither a year nor a date is an error showing what was typed", () => {
    expectExcelError(
      () => contrib(HEM_PUPILS, "juin 2024", OMITTED, OMITTED),
      "« juin 2024 »",
      "ni une année"
    );
    expectExcelError(() => contrib(HEM_PUPILS, "31/02/2024", OMITTED, OMITTED), "« 31/02/2024 »");
    expectExcelError(() => contrib(HEM_PUPILS, 2024.5, OMITTED, OMITTED), "2024");
  });

  test("a serial beyond any date is an error naming the year argument, never NaN", () => {
    // 1e10 days after 1900 is past the last date JavaScript (and Excel, 31/12/9999) can hold.
    const error = expectExcelError(() => contrib(HEM_PUPILS, 1e10, OMITTED, OMITTED), "annee");
    expect(error.message).not.toContain("NaN");
  });

  test("an unknown option is an error listing the accepted options", () => {
    expectExcelError(
      () => contrib(HEM_PUPILS, 2024, [["piscine"]], OMITTED),
      "Option inconnue « piscine »",
      "accompagnement",
      "demi-journees=N"
    );
  });

  test("an option of another schedule is an error naming the schedule where it exists", () => {
    expectExcelError(
      () => contrib(HEM_PUPILS, 2024, [["mobile"]], OMITTED),
      "« mobile »",
      "2024",
      "ctaf-2019-v4"
    );
  });

  test("an option given twice is an error quoting both", () => {
    expectExcelError(
      () => contrib(HEM_PUPILS, 2024, [["accompagnement; optionnel"]], OMITTED),
      "deux fois",
      "« accompagnement »",
      "« optionnel »"
    );
  });

  test("a fractional number of half-days is an error", () => {
    expectExcelError(
      () => contrib(HEM_PUPILS, 2024, [["demi-journées=2,5"]], OMITTED),
      "demi-journées",
      "2,5"
    );
  });

  test("deductions larger than the gross are an error, never a negative contribution", () => {
    expectExcelError(
      () => contrib(HEM_PUPILS, 2024, [["subvention=2000"]], OMITTED),
      "dépassent la contribution brute",
      "négative"
    );
  });

  test("a number of months outside 1 to 12 is an error", () => {
    expectExcelError(
      () => contrib(HEM_PUPILS, 2024, [["mois=13"]], OMITTED),
      "mois",
      "1 à 12",
      "13"
    );
  });

  test("an options range wider than two columns is an error", () => {
    expectExcelError(
      () => contrib(HEM_PUPILS, 2024, [["accompagnement", "", "x"]], OMITTED),
      "deux colonnes",
      "3"
    );
  });

  test("a number given as options is an error explaining the syntax", () => {
    expectExcelError(
      () => contrib(HEM_PUPILS, 2024, [[5]], OMITTED),
      "« 5 »",
      "accompagnement; demi-journees=2"
    );
  });
});
