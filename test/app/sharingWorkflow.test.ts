/*
 * The statements workflow under the sharing of net charges (RULES.md §5): the same check,
 * preview, numbering, journal and sheets as the schedule method (test/app/statementsWorkflow.test.ts),
 * on the sharing sample register, with the checks of this method at their cells.
 */
import { sharingSampleRegisterSheets } from "../../src/app/sharingSampleRegister";
import {
  canGenerate,
  generateStatements,
  prepareStatements,
  selectProblem,
} from "../../src/app/statementsWorkflow";
import type { SheetSpec } from "../../src/domain/sheets/SheetSpec";
import { quotepart } from "../../src/functions/functions";
import { SheetExistsError, WriteCancelledError } from "../../src/workbook/WorkbookGateway";
import { cellValueDouble, createMemoryWorkbookDouble } from "../doubles/memoryWorkbookDouble";

type Table = { name: string; sheet: string; values: unknown[][] };

function tableOf(spec: SheetSpec): Table {
  const header = spec.table?.headerRow ?? 0;
  const columns = spec.table?.columns ?? Infinity;
  const values = spec.rows.slice(header).map((row) => row.slice(0, columns).map(cellValueDouble));
  return { name: spec.table?.name ?? spec.name, sheet: spec.name, values };
}

function sampleTables(): Table[] {
  return sharingSampleRegisterSheets().map(tableOf);
}

function tableNamed(tables: readonly Table[], name: string): Table {
  const table = tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
}

/** Sets the value of a Paramètres setting. */
function setSetting(tables: Table[], key: string, value: unknown): void {
  const row = tableNamed(tables, "Parametres").values.find((r) => r[0] === key);
  if (!row) throw new Error(`no setting ${key}`);
  row[1] = value;
}

const ISSUE = "2026-10-01";

describe("sharing of net charges: statements from the sharing sample register", () => {
  test("previews one share per member and the Département's collèges, and writes nothing", async () => {
    const { workbook, state } = createMemoryWorkbookDouble(sampleTables());
    const run = await prepareStatements(workbook, 2026, ISSUE);
    expect(run.method).toBe("sharing");
    expect(run.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(run.blockers).toEqual([]);
    expect(canGenerate(run)).toBe(true);
    const drafts = run.preview?.drafts ?? [];
    expect(drafts).toHaveLength(13);
    // Charges 348 408,34 € less FEDER 95 000,00 € = 253 408,34 € shared among 13 369 pupils.
    const shares = drafts.slice(0, 12).map((d) => d.contribution.totalCents);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(25_340_834);
    // Abbeville, from its 8 schools (1 948 pupils): 25 340 834 × 1 948 / 13 369 = 3 692 418,63;
    // the floors of the 12 shares leave 6 cents, and ,63 is among the 6 largest remainders.
    expect(drafts[0]?.member.name).toBe("Commune d'Abbeville");
    expect(drafts[0]?.pupils.pupils).toBe(1948);
    expect(drafts[0]?.contribution.totalCents).toBe(3_692_419);
    // Albert: 2 246 158,15: its remainder ,15 is not among them.
    expect(drafts[1]?.contribution.totalCents).toBe(2_246_158);
    // The Département: 27 384 × 1,85 € + 24 910 × 0,95 € = 50 660,40 + 23 664,50 = 74 324,90 €.
    expect(drafts[12]?.member.name).toBe("Département de la Somme");
    expect(drafts[12]?.contribution.totalCents).toBe(7_432_490);
    expect(drafts[12]?.contribution.sharing?.kind).toBe("middleSchools");
    // Rue joined on 05/01/2026, during the school year: a full share, said in a warning.
    const rue = drafts.find((d) => d.member.name === "Commune de Rue");
    expect(rue?.warnings.join(" ")).toMatch(
      /en cours d'année scolaire \(05\/01\/2026\).*sans prorata/
    );
    expect(state.calls.filter((c) => c !== "readTables" && c !== "sheetNames")).toEqual([]);
  });

  test("each share is what the sample's ENT.QUOTEPART formula gives, within the cent the largest remainder moves", async () => {
    const tables = sampleTables();
    const run = await prepareStatements(createMemoryWorkbookDouble(tables).workbook, 2026, ISSUE);
    // The formula beside each member: =ENT.QUOTEPART(Charges[Montant]; 'Paramètres'!$B$10; O2; SUM(O$2:O$13)).
    const amounts = tableNamed(tables, "Charges")
      .values.slice(1)
      .map((row) => [row[4]]);
    const feder = tableNamed(tables, "Parametres").values[9]?.[1];
    const drafts = (run.preview?.drafts ?? []).slice(0, 12);
    const total = drafts.reduce((sum, d) => sum + d.pupils.pupils, 0);
    for (const draft of drafts) {
      const estimate = quotepart(amounts, feder, draft.pupils.pupils, total);
      expect(
        Math.abs(Math.round(estimate * 100) - draft.contribution.totalCents)
      ).toBeLessThanOrEqual(1);
    }
  });

  test("numbers the statements, writes sheets that show the base line by line, summary and journal", async () => {
    const { workbook, state } = createMemoryWorkbookDouble(sampleTables());
    const run = await prepareStatements(workbook, 2026, ISSUE);
    const report = await generateStatements(workbook, run);
    expect(run.numbering?.statements.map((s) => s.number)).toEqual(
      Array.from({ length: 13 }, (_, i) => `2026-${String(i + 1).padStart(4, "0")}`)
    );
    expect(report).toEqual({
      sheetsWritten: 15,
      journalAdded: 13,
      journalCancelled: 0,
      journalRestored: 0,
    });
    const first = state.written.find((sheet) => sheet.name === "Appel 2026-0001");
    const texts = (first?.rows ?? []).map((row) =>
      row.map((cell) => String(cellValueDouble(cell) ?? "")).join(" | ")
    );
    expect(texts).toContain("Plateforme mutualisée | paiements acquittés | 5 |  | 208130.4");
    expect(texts).toContain(
      "FEDER obtenu pour les membres, déduit | déduction (charte, art. 4.4) |  |  | -95000"
    );
    expect(texts).toContain("Assiette nette partagée |  |  |  | 253408.34");
    expect(texts).toContain("Élèves bénéficiaires de l'ensemble des membres | élèves | 13369");
    expect(texts).toContain("Élèves bénéficiaires du membre | élèves | 1948");
    expect(texts).toContain("Élèves bénéficiaires | 1948");
    // The Département's statement has no pupils row: its collèges are invoiced at market prices.
    const departement = state.written.find((sheet) => sheet.name === "Appel 2026-0013");
    const departementTexts = (departement?.rows ?? []).map((row) =>
      row.map((cell) => String(cellValueDouble(cell) ?? "")).join(" | ")
    );
    expect(departementTexts.some((t) => t.startsWith("Élèves"))).toBe(false);
    expect(departementTexts).toContain(
      "Création et fonctionnement des comptes des collèges (élèves et personnels) | prix du marché n° 2023-ENT-01 | 27384 | 1.85 | 50660.4"
    );
    expect(texts).toContain("Total à payer |  |  |  | 36924.19");
    const journal = state.written.at(-1);
    expect(journal?.table?.name).toBe("JournalAppels");
    // The journal's "Barème" column says how the amount was reached.
    const kinds = journal?.rows.slice(1).map((row) => cellValueDouble(row[6] ?? { kind: "empty" }));
    expect(new Set(kinds)).toEqual(new Set(["partage-2025-2026", "colleges-2025-2026"]));
  });

  test("keeps the numbers when generating again, and asks before replacing the summary", async () => {
    const { workbook, state } = createMemoryWorkbookDouble(sampleTables());
    await generateStatements(workbook, await prepareStatements(workbook, 2026, ISSUE));
    const again = await prepareStatements(workbook, 2026, "2026-10-02");
    expect(again.numbering?.statements.every((s) => s.outcome === "already-issued")).toBe(true);
    expect(again.numbering?.statements[0]?.number).toBe("2026-0001");
    expect(again.numbering?.statements[0]?.issueDate).toBe(ISSUE);
    const written = state.written.length;
    await expect(generateStatements(workbook, again)).rejects.toBeInstanceOf(SheetExistsError);
    expect(state.written.length).toBe(written);
  });

  test("a charge added afterwards changes every share: each is cancelled and replaced, numbers never reused", async () => {
    const tables = sampleTables();
    const { workbook, state } = createMemoryWorkbookDouble(tables);
    await generateStatements(workbook, await prepareStatements(workbook, 2026, ISSUE));
    const charges = tableNamed(state.tables as Table[], "Charges");
    charges.values.push([
      "Évaluation",
      "Laboratoire (exemple)",
      "Mandat 2026-0900",
      "15/08/2026",
      1336.9,
    ]);
    const again = await prepareStatements(workbook, 2026, "2026-10-15");
    const outcomes = again.numbering?.statements.map((s) => s.outcome);
    // The 12 shares change; the collèges do not.
    expect(outcomes?.filter((o) => o === "amount-changed")).toHaveLength(12);
    expect(outcomes?.at(-1)).toBe("already-issued");
    expect(again.numbering?.statements[0]?.number).toBe("2026-0014");
    await generateStatements(workbook, again, { replace: new Set(again.existingSheets) });
    expect(state.updated.at(-1)?.updates).toHaveLength(12);
  });

  test("issues no number when the generation is cancelled: the journal is written last", async () => {
    const { workbook, state } = createMemoryWorkbookDouble(sampleTables());
    const run = await prepareStatements(workbook, 2026, ISSUE);
    const controller = new AbortController();
    const cancelAfterTwo = ({ done }: { done: number }) => done === 2 && controller.abort();
    await expect(
      generateStatements(workbook, run, { signal: controller.signal, onProgress: cancelAfterTwo })
    ).rejects.toBeInstanceOf(WriteCancelledError);
    expect(state.written.map((sheet) => sheet.name)).not.toContain("Journal des appels");
    const again = await prepareStatements(workbook, 2026, ISSUE);
    expect(again.numbering?.statements[0]?.number).toBe("2026-0001");
  });
});

describe("sharing of net charges: checks, each at its cell, and nothing written on an error", () => {
  async function prepared(tables: Table[], issueDate = ISSUE) {
    const double = createMemoryWorkbookDouble(tables);
    const run = await prepareStatements(double.workbook, 2026, issueDate);
    expect(canGenerate(run)).toBe(false);
    await expect(generateStatements(double.workbook, run)).rejects.toThrow();
    expect(double.state.written).toEqual([]);
    expect(double.state.appended).toEqual([]);
    return { run, ...double };
  }

  test("a charge outside the school year is an error at its date cell", async () => {
    const tables = sampleTables();
    tableNamed(tables, "Charges").values[3]![3] = "31/08/2025";
    const { run } = await prepared(tables);
    expect(run.problems.filter((p) => p.severity === "error")).toEqual([
      expect.objectContaining({
        table: "Charges",
        row: 4,
        column: "Date de paiement",
        value: "31/08/2025",
        message: expect.stringMatching(
          /^paiement hors de l'année scolaire 2025-2026 \(du 01\/09\/2025 au 31\/08\/2026\)/
        ),
      }),
    ]);
  });

  test("an unknown heading is an error at its cell", async () => {
    const tables = sampleTables();
    tableNamed(tables, "Charges").values[2]![0] = "Frais de bouche";
    const { run } = await prepared(tables);
    expect(run.problems.filter((p) => p.severity === "error")).toEqual([
      expect.objectContaining({
        table: "Charges",
        row: 3,
        column: "Rubrique",
        value: "Frais de bouche",
        message: expect.stringMatching(
          /^rubrique inconnue : la charte \(art\. 4\.2\) en compte sept/
        ),
      }),
    ]);
  });

  test("FEDER above the charges is an error at the FEDER cell, and selects it", async () => {
    const tables = sampleTables();
    setSetting(tables, "FEDER obtenu", 400000);
    const { run, workbook, state } = await prepared(tables);
    const errors = run.problems.filter((p) => p.severity === "error");
    expect(errors).toEqual([
      expect.objectContaining({
        table: "Paramètres",
        row: 10,
        column: "Valeur",
        value: "400000",
        message: expect.stringMatching(
          /^le FEDER obtenu \(400.000,00.€\) dépasse les charges acquittées de l'année scolaire 2025-2026 \(348.408,34.€\)/
        ),
      }),
    ]);
    await selectProblem(workbook, run, errors[0]!);
    expect(state.selected).toEqual({ table: "Parametres", row: 10, column: 1 });
  });

  test("a member with no pupils is an error at its Élèves cell", async () => {
    const tables = sampleTables();
    tableNamed(tables, "Membres").values[3]![7] = 0; // Doullens, row 4
    const { run } = await prepared(tables);
    expect(run.problems.filter((p) => p.severity === "error")).toEqual([
      expect.objectContaining({
        table: "Membres",
        row: 4,
        column: "Élèves",
        value: "0",
        message: expect.stringMatching(/^aucun élève bénéficiaire pour l'année scolaire 2025-2026/),
      }),
    ]);
  });

  test("pupils that do not add up with the member's schools are an error at its Élèves cell", async () => {
    const tables = sampleTables();
    tableNamed(tables, "Membres").values[1]![7] = 2000; // Abbeville: its schools count 1 948
    const { run } = await prepared(tables);
    expect(run.problems.filter((p) => p.severity === "error")).toEqual([
      expect.objectContaining({
        table: "Membres",
        row: 2,
        column: "Élèves",
        value: "2000",
        message: expect.stringMatching(
          /^les élèves ne s'additionnent pas : la cellule dit 2000, ses écoles .* en comptent 1948/
        ),
      }),
    ]);
  });

  test("a date of issue before the end of the school year blocks the generation", async () => {
    const { run } = await prepared(sampleTables(), "2026-08-31");
    expect(run.blockers).toEqual([
      "Date d'émission du 31/08/2026 : les contributions de l'année scolaire 2025-2026 sont appelées après sa fin (charte, art. 4.4), donc à partir du 01/09/2026. Choisissez une date d'émission postérieure au 31/08/2026.",
    ]);
  });

  test("a collèges line of a Département that is not a member is an error at its cell", async () => {
    const tables = sampleTables();
    tableNamed(tables, "Colleges").values[2]![0] = "Département de l'Oise";
    const { run } = await prepared(tables);
    expect(run.problems.filter((p) => p.severity === "error")).toEqual([
      expect.objectContaining({
        table: "Collèges",
        row: 3,
        column: "Département",
        value: "Département de l'Oise",
      }),
    ]);
  });

  test("without a Charges table the sharing method says where the payments go", async () => {
    const tables = sampleTables().filter((t) => t.name !== "Charges");
    const { run } = await prepared(tables);
    expect(run.problems[0]?.message).toMatch(/^tableau « Charges » introuvable/);
  });

  test("the schedule method stays the default: the same register without « Mode d'appel » is billed per pupil", async () => {
    const tables = sampleTables();
    setSetting(tables, "Mode d'appel", "");
    const { workbook } = createMemoryWorkbookDouble(tables);
    const run = await prepareStatements(workbook, 2026, ISSUE);
    expect(run.method).toBe("schedule");
    // The schedule's checks: the Département (row 14) has no pupils to bill per pupil.
    expect(run.problems.filter((p) => p.severity === "error")).toEqual([
      expect.objectContaining({ table: "Membres", row: 14, column: "Élèves" }),
    ]);
    tableNamed(tables, "Membres").values.splice(13, 1);
    const perPupil = await prepareStatements(
      createMemoryWorkbookDouble(tables).workbook,
      2026,
      ISSUE
    );
    // Albert, 1 185 pupils × 1,30 € (ctaf-2023-06-15).
    expect(perPupil.preview?.drafts[1]?.contribution.totalCents).toBe(154050);
    setSetting(tables, "Mode d'appel", "au doigt mouillé");
    const unknown = await prepareStatements(
      createMemoryWorkbookDouble(tables).workbook,
      2026,
      ISSUE
    );
    expect(unknown.problems).toContainEqual(
      expect.objectContaining({
        table: "Paramètres",
        row: 9,
        message: expect.stringMatching(/^mode d'appel inconnu/),
      })
    );
  });
});
