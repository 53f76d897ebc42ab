import { sampleRegisterSheets } from "../../src/app/sampleRegister";
import { canGenerate, prepareStatements } from "../../src/app/statementsWorkflow";
import type { SheetSpec } from "../../src/domain/sheets/SheetSpec";
import { describeProblem } from "../../src/domain/tables/TableProblem";
import { cellValueDouble, createMemoryWorkbookDouble } from "../doubles/memoryWorkbookDouble";

// The date of issue as the pane and the command line see it (checkIssueDate.ts): on the sample
// register, the Communauté de communes du Val d'Exemple (Membres row 5) joins on 01/09/2025.

function tableOf(spec: SheetSpec): { name: string; sheet: string; values: unknown[][] } {
  const header = spec.table?.headerRow ?? 0;
  const columns = spec.table?.columns ?? Infinity;
  const values = spec.rows.slice(header).map((row) => row.slice(0, columns).map(cellValueDouble));
  return { name: spec.table?.name ?? spec.name, sheet: spec.name, values };
}

const sampleWorkbook = () =>
  createMemoryWorkbookDouble(sampleRegisterSheets(2025).map(tableOf)).workbook;

describe("prepareStatements checks the date of issue", () => {
  test("a member not yet joined on the date is an error on its row, and blocks generation", async () => {
    const run = await prepareStatements(sampleWorkbook(), 2025, "2025-03-01");
    expect(canGenerate(run)).toBe(false);
    expect(run.blockers).toEqual([]);
    const errors = run.problems.filter((problem) => problem.severity === "error");
    expect(errors.map(describeProblem)).toEqual([
      "Membres, ligne 5, colonne « Date d'effet » (« 01/09/2025 ») : date d'émission 01/03/2025 antérieure à la date d'effet du transfert de « Communauté de communes du Val d'Exemple » (01/09/2025). Son appel 2025-0004 ne peut pas être émis avant que ce membre ait rejoint le syndicat : choisissez une date d'émission à partir du 01/09/2025, ou corrigez la date d'effet si elle est fausse.",
    ]);
    // The preview is still shown, so the user sees which statement it is.
    expect(run.numbering?.statements.map((s) => s.number)).toEqual([
      "2025-0001",
      "2025-0002",
      "2025-0003",
      "2025-0004",
    ]);
  });

  test("from that member's transfer date on, the sample register generates", async () => {
    const run = await prepareStatements(sampleWorkbook(), 2025, "2025-09-01");
    expect(run.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(canGenerate(run)).toBe(true);
  });

  test("a date before the exercise is a blocker naming the date and the exercise", async () => {
    const run = await prepareStatements(sampleWorkbook(), 2025, "2019-01-01");
    expect(canGenerate(run)).toBe(false);
    expect(run.blockers).toEqual([
      "Date d'émission 01/01/2019 antérieure à l'exercice 2025 : les appels de l'exercice 2025 ne peuvent pas être émis avant le 01/01/2025. Choisissez une date d'émission à partir du 01/01/2025.",
    ]);
  });
});
