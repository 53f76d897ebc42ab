import { sampleRegisterSheets } from "../../src/app/sampleRegister";
import {
  canGenerate,
  generateStatements,
  prepareStatements,
  type StatementsRun,
} from "../../src/app/statementsWorkflow";
import { readJournal } from "../../src/domain/register/readJournal";
import type { JournalEntry } from "../../src/domain/register/types";
import {
  createXlsxWorkbook,
  openXlsxWorkbook,
  type XlsxWorkbook,
} from "../../src/workbook/file/xlsxWorkbook";
import { withoutLastJournalRow } from "../cli/registerCopies";
import { createMemoryJournalKeeperDouble } from "../doubles/memoryJournalKeeperDouble";

// Issue 9 on the real .xlsx gateway (ExcelJS), the one the page and the command line use: the
// original register is kept as bytes, each "download" is toXlsx() and each reopening is
// openXlsxWorkbook(bytes). The keeper is an in-memory double of the browser storage or file.

async function originalRegister(): Promise<Uint8Array> {
  const workbook = await createXlsxWorkbook();
  await workbook.writeSheets(sampleRegisterSheets(2025));
  return workbook.toXlsx();
}

async function journalOf(workbook: XlsxWorkbook): Promise<JournalEntry[]> {
  const tables = await workbook.readTables();
  const table = tables.find((t) => t.name === "JournalAppels");
  return table ? readJournal(table.values).items : [];
}

async function generated(
  workbook: XlsxWorkbook,
  date: string,
  keeper?: ReturnType<typeof createMemoryJournalKeeperDouble>["keeper"]
): Promise<StatementsRun> {
  const run = await prepareStatements(workbook, 2025, date, { keeper });
  expect(run.blockers).toEqual([]);
  expect(canGenerate(run)).toBe(true);
  await generateStatements(workbook, run, {
    replace: new Set(run.existingSheets),
    keep: keeper && run.series ? (entries) => keeper.record(run.series!, entries) : undefined,
  });
  return run;
}

/** The members' column "Options" (index 8) of the Membres table, row by row. */
async function withOptions(bytes: Uint8Array, row: number, options: string): Promise<Uint8Array> {
  const workbook = await openXlsxWorkbook(bytes);
  const members = (await workbook.readTables()).find((t) => t.name === "Membres");
  const header = (members?.values[0] ?? []).map(String);
  const column = header.indexOf("Options");
  expect(column).toBeGreaterThan(-1);
  await workbook.updateTableCells("Membres", [
    { row, column, cell: { kind: "text", value: options, bold: false } },
  ]);
  return workbook.toXlsx();
}

describe("numbers survive a lost workbook (kept journal)", () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await originalRegister();
  });

  test("reopening the original register puts the issued numbers back and issues none again", async () => {
    const { keeper, state } = createMemoryJournalKeeperDouble();
    const first = await openXlsxWorkbook(original);
    const run1 = await generated(first, "2025-09-01", keeper);
    const issued = (await journalOf(first)).map((e) => [e.number, e.member, e.amountCents]);
    expect(issued.map(([n]) => n)).toEqual(["2025-0001", "2025-0002", "2025-0003", "2025-0004"]);
    expect(state.recorded).toEqual([`${run1.series?.issuer}/2025`]);

    // The user kept only the CSV: the workbook is gone. The original register is reopened.
    const again = await openXlsxWorkbook(original);
    const run2 = await generated(again, "2025-09-02", keeper);
    expect(run2.reconciliation?.restored.map((e) => e.number)).toEqual(issued.map(([n]) => n));
    expect(run2.numbering?.statements.map((s) => [s.number, s.outcome])).toEqual(
      issued.map(([n]) => [n, "already-issued"])
    );
    expect(run2.numbering?.changes.added).toEqual([]);
    // The workbook written now holds the journal back, and the statements' sheets.
    const reopened = await openXlsxWorkbook(await again.toXlsx());
    expect((await journalOf(reopened)).map((e) => [e.number, e.member, e.amountCents])).toEqual(
      issued
    );
    const sheets = await reopened.sheetNames();
    for (const [number] of issued) expect(sheets).toContain(`Appel ${number}`);
  });

  test("a corrected original register gets a new number; the old one is cancelled, never reused", async () => {
    const { keeper, state } = createMemoryJournalKeeperDouble();
    await generated(await openXlsxWorkbook(original), "2025-09-01", keeper);
    // Row 4 of Membres is Commune d'Exemple-sur-Lys (2025-0003): one more half-day.
    const corrected = await openXlsxWorkbook(await withOptions(original, 4, "demi-journees=3"));
    const run = await generated(corrected, "2025-09-02", keeper);
    const changed = run.numbering?.statements.find((s) => s.outcome === "amount-changed");
    expect(changed?.number).toBe("2025-0005");
    expect(changed?.previous?.number).toBe("2025-0003");
    const journal = await journalOf(await openXlsxWorkbook(await corrected.toXlsx()));
    const status = Object.fromEntries(journal.map((e) => [e.number, e.status]));
    expect(status).toEqual({
      "2025-0001": "issued",
      "2025-0002": "issued",
      "2025-0003": "cancelled",
      "2025-0004": "issued",
      "2025-0005": "issued",
    });
    const keptStatus = [...state.journals.values()][0]?.map((e) => [e.number, e.status]);
    expect(keptStatus).toEqual(Object.entries(status));
  });

  test("deleting the last journal rows: put back from the kept journal, refused without it", async () => {
    const { keeper } = createMemoryJournalKeeperDouble();
    const first = await openXlsxWorkbook(original);
    await generated(first, "2025-09-01", keeper);
    const journalTable = (await first.readTables()).find((t) => t.name === "JournalAppels");
    expect(journalTable?.values).toHaveLength(5);
    // Rebuild the output as the user left it: the journal without its last row.
    const output = await first.toXlsx();
    const { bytes: truncated } = await withoutLastJournalRow(output);

    const withoutKeeper = await prepareStatements(
      await openXlsxWorkbook(truncated),
      2025,
      "2025-09-02"
    );
    expect(canGenerate(withoutKeeper)).toBe(false);
    expect(withoutKeeper.blockers.join(" ")).toMatch(
      /n'a pas le numéro 2025-0004, alors que la feuille « Appel 2025-0004 » existe/
    );

    const withKeeper = await prepareStatements(
      await openXlsxWorkbook(truncated),
      2025,
      "2025-09-02",
      { keeper }
    );
    expect(withKeeper.blockers).toEqual([]);
    expect(withKeeper.reconciliation?.restored.map((e) => e.number)).toEqual(["2025-0004"]);
    expect(withKeeper.numbering?.changes.added).toEqual([]);
  });

  test("a journal that cannot be kept stops the generation before any number is written", async () => {
    const { keeper, state } = createMemoryJournalKeeperDouble();
    state.failWith = new Error("stockage du navigateur plein");
    const workbook = await openXlsxWorkbook(original);
    const run = await prepareStatements(workbook, 2025, "2025-09-01", { keeper });
    await expect(
      generateStatements(workbook, run, {
        keep: (entries) => keeper.record(run.series!, entries),
      })
    ).rejects.toThrow("stockage du navigateur plein");
    expect(await journalOf(workbook)).toEqual([]);
    // The sheets it added are taken back: none is left without its journal row.
    expect(await workbook.sheetNames()).toEqual([
      "Écoles",
      "Paramètres",
      "Options par exercice",
      "Membres",
    ]);
    const next = await prepareStatements(workbook, 2025, "2025-09-01", { keeper });
    expect(next.blockers).toEqual([]);
    expect(next.numbering?.statements[0]?.number).toBe("2025-0001");
  });

  test("a kept number that the workbook gives to another statement blocks generation", async () => {
    const { keeper, state } = createMemoryJournalKeeperDouble();
    const first = await openXlsxWorkbook(original);
    const run = await generated(first, "2025-09-01", keeper);
    const key = `${run.series?.issuer}/2025`;
    const kept = state.journals.get(key) ?? [];
    // Another register of the same issuer numbered 2025-0001 for another member.
    state.journals.set(
      key,
      kept.map((e) => (e.number === "2025-0001" ? { ...e, member: "Autre membre" } : e))
    );
    const again = await prepareStatements(first, 2025, "2025-09-02", { keeper });
    expect(canGenerate(again)).toBe(false);
    expect(again.blockers.join(" ")).toMatch(/2025-0001 désigne « Autre membre »/);
  });
});
