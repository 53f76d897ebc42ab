import { sampleRegisterSheets } from "../../src/app/sampleRegister";
import {
  canGenerate,
  generateStatements,
  prepareStatements,
  selectProblem,
} from "../../src/app/statementsWorkflow";
import type { SheetSpec } from "../../src/domain/sheets/SheetSpec";
import { SheetExistsError, WriteCancelledError } from "../../src/workbook/WorkbookGateway";
import { cellValueDouble, createMemoryWorkbookDouble } from "../doubles/memoryWorkbookDouble";

/** The tables of a sheet as Excel would hold them: values, header first. */
function tableOf(spec: SheetSpec): { name: string; sheet: string; values: unknown[][] } {
  const header = spec.table?.headerRow ?? 0;
  const columns = spec.table?.columns ?? Infinity;
  const values = spec.rows.slice(header).map((row) => row.slice(0, columns).map(cellValueDouble));
  return { name: spec.table?.name ?? spec.name, sheet: spec.name, values };
}

function sampleWorkbook() {
  return createMemoryWorkbookDouble(sampleRegisterSheets(2025).map(tableOf));
}

describe("statements from the sample register", () => {
  test("previews the members who owe 2025, Hem billed for its 6 schools equipped, and writes nothing", async () => {
    const { workbook, state } = sampleWorkbook();
    const run = await prepareStatements(workbook, 2025, "2025-09-01");
    expect(run.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(canGenerate(run)).toBe(true);
    const members = run.preview?.drafts.map((d) => d.member.name);
    // Retrait-Exemple withdrew on 31/12/2023: it does not owe 2025 (RULES.md §6).
    expect(members).toEqual([
      "Ville de Hem",
      "Communauté d'agglomération du Caudrésis-Catésis",
      "Commune d'Exemple-sur-Lys",
      "Communauté de communes du Val d'Exemple",
    ]);
    // Hem's schools of 2024 and 2025: 98 + 141 + 87 + 126 + 92 + 133 = 677 pupils; × 130 c = 88 010 c
    expect(run.preview?.drafts[0]?.pupils.pupils).toBe(677);
    expect(run.preview?.drafts[0]?.contribution.totalCents).toBe(88010);
    // From 2027 all 11 schools are equipped: 1 209 × 130 c = 157 170 c (RULES.md §2.2).
    const later = await prepareStatements(workbook, 2027, "2027-03-01");
    expect(later.preview?.drafts[0]?.contribution.totalCents).toBe(157170);
    expect(state.calls.filter((c) => c !== "readTables" && c !== "sheetNames")).toEqual([]);
  });

  test("numbers the statements 2025-0001 to 2025-0004 and writes sheets, summary and journal", async () => {
    const { workbook, state } = sampleWorkbook();
    const run = await prepareStatements(workbook, 2025, "2025-09-01");
    const report = await generateStatements(workbook, run);
    expect(run.numbering?.statements.map((s) => s.number)).toEqual([
      "2025-0001",
      "2025-0002",
      "2025-0003",
      "2025-0004",
    ]);
    expect(report).toEqual({
      sheetsWritten: 6,
      journalAdded: 4,
      journalCancelled: 0,
      journalRestored: 0,
    });
    expect(state.written.at(-1)?.table?.name).toBe("JournalAppels");
  });

  test("keeps the numbers when generating again, and asks before replacing the summary", async () => {
    const { workbook, state } = sampleWorkbook();
    await generateStatements(workbook, await prepareStatements(workbook, 2025, "2025-09-01"));
    const again = await prepareStatements(workbook, 2025, "2025-09-02");
    expect(again.numbering?.statements.map((s) => [s.number, s.outcome])).toEqual([
      ["2025-0001", "already-issued"],
      ["2025-0002", "already-issued"],
      ["2025-0003", "already-issued"],
      ["2025-0004", "already-issued"],
    ]);
    expect(again.existingSheets.length).toBeGreaterThan(0);
    const written = state.written.length;
    await expect(generateStatements(workbook, again)).rejects.toBeInstanceOf(SheetExistsError);
    expect(state.written.length).toBe(written);
  });

  test("issues no number when the generation is cancelled: the journal is written last", async () => {
    const { workbook, state } = sampleWorkbook();
    const run = await prepareStatements(workbook, 2025, "2025-09-01");
    const controller = new AbortController();
    const cancelAfterTwo = ({ done }: { done: number }) => done === 2 && controller.abort();
    await expect(
      generateStatements(workbook, run, { signal: controller.signal, onProgress: cancelAfterTwo })
    ).rejects.toBeInstanceOf(WriteCancelledError);
    expect(state.written.map((sheet) => sheet.name)).not.toContain("Journal des appels");
    const again = await prepareStatements(workbook, 2025, "2025-09-01");
    expect(again.numbering?.statements[0]?.number).toBe("2025-0001");
  });

  test("cancels and replaces a changed amount in the user's own journal layout", async () => {
    const { workbook, state } = sampleWorkbook();
    await generateStatements(workbook, await prepareStatements(workbook, 2025, "2025-09-01"));
    const members = state.tables.find((table) => table.name === "Membres");
    (members?.values[3] as unknown[])[8] = "demi-journees=3"; // Exemple-sur-Lys: one more half-day
    const again = await prepareStatements(workbook, 2025, "2025-09-02");
    const changed = again.numbering?.statements.find((s) => s.outcome === "amount-changed");
    expect(changed?.number).toBe("2025-0005");
    await generateStatements(workbook, again, { replace: new Set(again.existingSheets) });
    // The journal's "Statut" column is the 8th (index 7); 2025-0003 is on row 4 of the table.
    expect(state.updated.at(-1)?.updates).toEqual([
      { row: 4, column: 7, cell: { kind: "text", value: "annulé", bold: false } },
    ]);
  });

  test("refuses before writing anything when the journal cannot record a cancellation", async () => {
    const { workbook, state } = sampleWorkbook();
    await generateStatements(workbook, await prepareStatements(workbook, 2025, "2025-09-01"));
    const journal = state.tables.find((table) => table.name === "JournalAppels");
    journal?.values.forEach((row) => row.splice(7, 1)); // the user deleted the Statut column
    const members = state.tables.find((table) => table.name === "Membres");
    (members?.values[3] as unknown[])[8] = "demi-journees=3";
    const written = state.written.length;
    const again = await prepareStatements(workbook, 2025, "2025-09-02");
    expect(again.blockers.join(" ")).toMatch(/pas de colonne « Statut »/);
    expect(canGenerate(again)).toBe(false);
    await expect(generateStatements(workbook, again)).rejects.toThrow();
    expect(state.written.length).toBe(written);
  });

  test("a sheet named like the journal, without its table, is refused before anything is written", async () => {
    const { workbook, state } = createMemoryWorkbookDouble(
      sampleRegisterSheets(2025).map(tableOf),
      ["Journal des appels"]
    );
    const run = await prepareStatements(workbook, 2025, "2025-09-01");
    expect(run.existingSheets).toEqual(["Journal des appels"]);
    const keep = jest.fn(async () => undefined);
    await expect(generateStatements(workbook, run, { keep })).rejects.toBeInstanceOf(
      SheetExistsError
    );
    expect(state.written).toEqual([]);
    expect(keep).not.toHaveBeenCalled();
    await generateStatements(workbook, run, { keep, replace: new Set(["Journal des appels"]) });
    expect(keep).toHaveBeenCalledTimes(1);
    expect(state.written.at(-1)?.name).toBe("Journal des appels");
  });

  test("selects the cell of a problem", async () => {
    const sheets = sampleRegisterSheets(2025).map(tableOf);
    const members = sheets.find((sheet) => sheet.name === "Membres");
    if (!members) throw new Error("no members table");
    (members.values[2] as unknown[])[7] = 12.5; // Élèves of the second member, row 3
    const { workbook, state } = createMemoryWorkbookDouble(sheets);
    const run = await prepareStatements(workbook, 2025, "2025-09-01");
    const problem = run.problems.find((p) => p.severity === "error");
    expect(problem).toMatchObject({ table: "Membres", row: 3 });
    expect(canGenerate(run)).toBe(false);
    if (!problem) return;
    await selectProblem(workbook, run, problem);
    expect(state.selected).toEqual({ table: "Membres", row: 3, column: 7 });
  });
});
