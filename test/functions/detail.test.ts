/*
 * ENT.DETAIL: the breakdown spilled under the formula. Its total must be ENT.CONTRIB's amount for
 * the same arguments, and the lines must add up to it (RULES.md §2–3).
 */
import { contrib, detail } from "../../src/functions/functions";
import { OMITTED, SCHEDULE_2026_TABLE, centsOf, expectExcelError } from "./excelCall";

const HEADER = ["Composante", "Base", "Quantité", "Tarif unitaire (€)", "Montant (€)", "Source"];
const AMOUNT = 4; // column 5: Montant (€)
const SOURCE = 5; // column 6: Source

/** The argument sets checked against ENT.CONTRIB: [pupils, year, options, schedule table]. */
const CASES: [string, unknown, unknown, unknown[][] | null, unknown[][] | null][] = [
  ["Hem 2024, no option", 1209, 2024, null, null],
  [
    "Hem 2024, accompagnement and two half-days",
    1209,
    2024,
    [["Accompagnement; Demi-journées=2"]],
    null,
  ],
  [
    "Hem 2024, subsidy and accompagnement",
    1209,
    2024,
    [["subvention=571,70; accompagnement"]],
    null,
  ],
  ["Hem 2024, seven months and FEDER 20 %", 1209, 2024, [["mois=7; feder=20 %"]], null],
  [
    "Hem 2021, every v4 option",
    1209,
    2021,
    [["mobile; accompagnement; audit=2; formation=250,50; connecteurs=99,99"]],
    null,
  ],
  ["Hem 2026, workbook schedule", 1209, 2026, [["accompagnement"]], SCHEDULE_2026_TABLE],
  ["zero pupils 2024", 0, 2024, null, null],
];

function rowsFor(
  pupils: unknown,
  year: unknown,
  options: unknown[][] | null,
  table: unknown[][] | null
): unknown[][] {
  return detail(pupils, year, (options ?? OMITTED) as never, (table ?? OMITTED) as never);
}

describe("ENT.DETAIL", () => {
  test("the header row comes first", () => {
    expect(rowsFor(1209, 2024, null, null)[0]).toEqual(HEADER);
  });

  test("Hem 2024 with accompagnement spills the base line, the option line and the total", () => {
    const rows = rowsFor(1209, 2024, [["accompagnement"]], null);
    expect(rows).toHaveLength(4);
    // base: 1 209 pupils × 1,30 € = 1 571,70 €
    expect(rows[1]?.slice(1, 5)).toEqual(["par élève et par an", 1209, 1.3, 1571.7]);
    expect(rows[1]?.[0]).toContain("base");
    // accompagnement: 1 209 × 0,30 € = 362,70 €
    expect(rows[2]?.slice(1, 5)).toEqual(["par élève et par an", 1209, 0.3, 362.7]);
    // total: 1 571,70 + 362,70 = 1 934,40 €
    expect(rows[3]).toEqual(["Total", "Barème ctaf-2023-06-15, exercice 2024", "", "", 1934.4, ""]);
  });

  test("half-days are a line with their count and unit rate", () => {
    const rows = rowsFor(1209, 2024, [["demi-journées=2"]], null);
    // 2 half-days × 150 € = 300 €
    expect(rows[2]?.slice(1, 5)).toEqual(["par demi-journée", 2, 150, 300]);
  });

  test("a deduction is a negative line", () => {
    const rows = rowsFor(1209, 2024, [["subvention=571,70"]], null);
    const subsidy = rows.find((row) => row[0] === "Subventions des communes");
    expect(subsidy?.slice(1, 5)).toEqual(["déduction", 1, -571.7, -571.7]);
    // 1 571,70 − 571,70 = 1 000 €
    expect(rows.at(-1)?.[AMOUNT]).toBe(1000);
  });

  test("a part-year line says its proration in the basis", () => {
    const rows = rowsFor(1209, 2024, [["mois=7"]], null);
    // 157 170 cents × 7 / 12 = 91 682,5 → 91 683 cents
    expect(rows[1]?.slice(1, 5)).toEqual(["par élève et par an × 7/12", 1209, 1.3, 916.83]);
  });

  test.each(CASES)(
    "the total row comes last and equals ENT.CONTRIB (%s)",
    (_label, pupils, year, options, table) => {
      const rows = rowsFor(pupils, year, options, table);
      const total = rows.at(-1);
      expect(total?.[0]).toBe("Total");
      expect(total?.[1]).toContain(`exercice ${String(year)}`);
      expect(total?.[AMOUNT]).toBe(
        contrib(pupils, year, (options ?? OMITTED) as never, (table ?? OMITTED) as never)
      );
    }
  );

  test.each(CASES)(
    "the lines' amounts add up to the total, in cents (%s)",
    (_label, pupils, year, options, table) => {
      const rows = rowsFor(pupils, year, options, table);
      const lines = rows.slice(1, -1);
      const sum = lines.reduce((cents, row) => cents + centsOf(row[AMOUNT] as number), 0n);
      expect(sum).toBe(centsOf(rows.at(-1)?.[AMOUNT] as number));
    }
  );

  test.each(CASES)(
    "every row has the header's width (%s)",
    (_label, pupils, year, options, table) => {
      for (const row of rowsFor(pupils, year, options, table))
        expect(row).toHaveLength(HEADER.length);
    }
  );

  test("each line of the 2024 schedule cites the CTAF of 15/06/2023 and its article", () => {
    const rows = rowsFor(
      1209,
      2024,
      [["accompagnement; demi-journées=1; devis=100; marche=50"]],
      null
    );
    const lines = rows.slice(1, -1);
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      expect(line[SOURCE]).toContain("CTAF version du 15/06/2023");
      expect(line[SOURCE]).toMatch(/art\. \d/);
    }
    // base and options: art. 5; the market services: art. 7
    expect(lines[0]?.[SOURCE]).toContain("art. 5");
    expect(lines[4]?.[SOURCE]).toContain("art. 7");
  });

  test("each line of the v4 schedule cites CTAF version 4, art. 6 and deliberation 2019-12", () => {
    const rows = rowsFor(1209, 2021, [["mobile; accompagnement; audit=1"]], null);
    const lines = rows.slice(1, -1);
    expect(lines).toHaveLength(6);
    for (const line of lines) {
      expect(line[SOURCE]).toContain("CTAF version 4");
      expect(line[SOURCE]).toContain("art. 6");
      expect(line[SOURCE]).toContain("2019-12");
    }
  });

  test("the subsidy line cites the CTAF articles and the FEDER line the Somme charter", () => {
    const rows = rowsFor(1209, 2024, [["subvention=10; feder=10 %"]], null);
    const subsidy = rows.find((row) => row[0] === "Subventions des communes");
    expect(subsidy?.[SOURCE]).toContain("CTAF");
    expect(subsidy?.[SOURCE]).toContain("art. 5");
    const feder = rows.find((row) => String(row[0]).includes("FEDER"));
    expect(feder?.[SOURCE]).toContain("art. 4.4");
    // 157 170 cents × 10 % = 15 717 cents
    expect(feder?.[AMOUNT]).toBe(-157.17);
  });

  test("lines of a workbook schedule cite the table's document and deliberation", () => {
    const rows = rowsFor(1209, 2026, null, SCHEDULE_2026_TABLE);
    expect(rows[1]?.[SOURCE]).toContain("CTAF version du 12/06/2025");
    expect(rows[1]?.[SOURCE]).toContain("délibération 2025-07");
    // 1 209 × 1,45 € = 1 753,05 €
    expect(rows[1]?.[AMOUNT]).toBe(1753.05);
    expect(rows.at(-1)?.[1]).toContain("bareme-classeur");
  });

  test("errors are the same as ENT.CONTRIB's", () => {
    expectExcelError(() => detail(null, 2024, OMITTED, OMITTED), "cellule vide n'est pas un zéro");
    expectExcelError(() => detail(1209, 2018, OMITTED, OMITTED), "2019");
    expectExcelError(() => detail(1209, 2024, [["piscine"]], OMITTED), "piscine");
  });
});
