/*
 * The sample register over several exercises, through the real workflow (prepareStatements over
 * the in-memory workbook double): the Val d'Exemple's part year is a fact of 2025 only (its row of
 * the "Options par exercice" table), so 2026 bills it in full (issue 13).
 */
import { problemCell, registerTablesOf, tablesByRole } from "../../src/app/registerTables";
import { sampleRegisterSheets } from "../../src/app/sampleRegister";
import { canGenerate, prepareStatements } from "../../src/app/statementsWorkflow";
import type { SheetSpec } from "../../src/domain/sheets/SheetSpec";
import { cellValueDouble, createMemoryWorkbookDouble } from "../doubles/memoryWorkbookDouble";

const VAL = "Communauté de communes du Val d'Exemple";

function tableOf(spec: SheetSpec): { name: string; sheet: string; values: unknown[][] } {
  const header = spec.table?.headerRow ?? 0;
  const columns = spec.table?.columns ?? Infinity;
  const values = spec.rows.slice(header).map((row) => row.slice(0, columns).map(cellValueDouble));
  return { name: spec.table?.name ?? spec.name, sheet: spec.name, values };
}

async function statementsOf(year: number, issueDate: string) {
  const { workbook } = createMemoryWorkbookDouble(sampleRegisterSheets(year).map(tableOf));
  const run = await prepareStatements(workbook, year, issueDate);
  expect(run.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(canGenerate(run)).toBe(true);
  return {
    run,
    totals: Object.fromEntries(
      (run.preview?.drafts ?? []).map((d) => [d.member.name, d.contribution.totalCents])
    ),
  };
}

describe("the sample register, exercise by exercise", () => {
  test("2024: three members owe it; the Val d'Exemple, joining in 2025, does not", async () => {
    const { totals } = await statementsOf(2024, "2024-10-01");
    expect(Object.keys(totals)).toHaveLength(3);
    expect(totals[VAL]).toBeUndefined();
    expect(totals["Commune de Retrait-Exemple"]).toBeUndefined();
  });

  test("2025: the Val d'Exemple billed 4/12 of the year, 1 001,00 €, without a part-year warning", async () => {
    const { run, totals } = await statementsOf(2025, "2025-10-01");
    expect(totals[VAL]).toBe(100100);
    expect(run.preview?.totals.totalCents).toBe(960510);
    expect(run.problems.map((p) => p.message).filter((m) => /mois/.test(m))).toEqual([]);
  });

  test("2026: the Val d'Exemple billed the full year, 2 310 × 1,30 € = 3 003,00 €", async () => {
    const { run, totals } = await statementsOf(2026, "2026-03-01");
    expect(totals[VAL]).toBe(300300);
    const draft = run.preview?.drafts.find((d) => d.member.name === VAL);
    expect(draft?.contribution.lines.map((line) => line.amountCents)).toEqual([300300]);
    expect(draft?.warnings.filter((w) => /mois|transfert/.test(w))).toEqual([]);
    expect(run.problems).toEqual([
      // The issuer's SIRET as printed in seed 001, on purpose; nothing about the Val d'Exemple.
      expect.objectContaining({ table: "Paramètres", severity: "warning" }),
    ]);
  });

  test("2027: still the full year", async () => {
    expect((await statementsOf(2027, "2027-03-01")).totals[VAL]).toBe(300300);
  });
});

describe("finding the Options par exercice table", () => {
  const snapshot = (name: string, values: unknown[][]) => ({
    name,
    sheet: name,
    values,
    address: `${name}!A1`,
  });

  test("by a name containing « exercice », not « option » (options given as a range)", () => {
    const tables = tablesByRole([
      snapshot("Options", [["accompagnement", ""]]),
      snapshot("tblOptions_par_Exercice", [["Membre", "Exercice", "Options"]]),
    ]);
    expect(tables.options?.name).toBe("tblOptions_par_Exercice");
    expect(registerTablesOf(tables).options).toEqual([["Membre", "Exercice", "Options"]]);
    expect(problemCell(tables, "Options par exercice", "Options")).toEqual({
      table: "tblOptions_par_Exercice",
      column: 2,
    });
  });
});
