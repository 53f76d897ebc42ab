import { generateStatements, prepareStatements } from "../../src/app/statementsWorkflow";
import { withSiretKeys } from "../../src/domain/identifiers/siren";
import { MEMBER_COLUMNS, MEMBER_LABELS } from "../../src/domain/register/memberColumns";
import {
  createOfficeWorkbook,
  REQUEST_LIMIT_BYTES,
} from "../../src/workbook/office/officeWorkbook";
import {
  batchByBytes,
  OPERATION_BYTES,
  sheetWrites,
  writeBytes,
} from "../../src/workbook/office/sheetWrites";
import { createExcelWorkbookDouble, type CellDouble } from "../doubles/excelWorkbookDouble";

// The statements of RULES.md §9 written through Office.js (office-addin-mock double): what is
// written for 3 members, and the round trips for 10 and 1 000.

const HEADERS = MEMBER_COLUMNS.slice(0, 9).map((column) => MEMBER_LABELS[column.field]);

function membersTable(count: number): CellDouble[][] {
  const rows: CellDouble[][] = [HEADERS];
  for (let i = 0; i < count; i += 1) {
    const name = i === 1 ? '=HYPERLINK("http://x")' : `Commune n° ${i + 1}`;
    rows.push([
      name,
      "commune",
      withSiretKeys(`2159${String(1_000 + i)}`, "0001"),
      "1 rue de la Mairie",
      "59",
      "2024-01-01",
      "",
      100 + i,
      i % 2 ? "accompagnement" : "",
    ]);
  }
  return rows;
}

const SETTINGS: CellDouble[][] = [
  ["Paramètre", "Valeur"],
  ["Émetteur", "Syndicat mixte Nord-Pas-de-Calais Numérique"],
  ["Adresse", "165 avenue de Bretagne\n59000 Lille"],
  ["SIRET", withSiretKeys("20003038", "0001")],
  ["Prénom de l'ordonnateur", "Jean"],
  ["Nom de l'ordonnateur", "Martin"],
  ["Qualité de l'ordonnateur", "Le Président"],
  ["Comptable assignataire", "Service de gestion comptable de Lille Métropole"],
  ["Adresse du comptable", "12 rue des Finances\n59000 Lille"],
  ["IBAN", "FR7630001005940000059400031"],
  ["BIC", "BDFEFRPPCCT"],
];

function workbookOf(members: number) {
  const double = createExcelWorkbookDouble({
    tables: [
      { name: "Membres", sheet: "Membres", values: membersTable(members) },
      { name: "Parametres", sheet: "Paramètres", values: SETTINGS },
    ],
  });
  return { double, workbook: createOfficeWorkbook(double.run) };
}

describe("statements written through Office.js", () => {
  test("writes, for 3 members, three A4 statements, the summary and the journal, user text kept as text", async () => {
    const { double, workbook } = workbookOf(3);
    const run = await prepareStatements(workbook, 2025, "2025-03-01");
    await generateStatements(workbook, run);
    const added = double.state.added;
    expect(added).toHaveLength(5);
    const statementSheets = added.slice(0, 3);
    for (const name of statementSheets) {
      const sheet = double.state.sheets[name];
      expect(sheet?.pageSetup).toMatchObject({ orientation: "Portrait", paperSize: "A4" });
      expect(sheet?.printArea).toMatch(/^A1:[A-Z]+\d+$/);
    }
    const second = double.state.sheets[statementSheets[1] ?? ""];
    const written = second?.values.flat() ?? [];
    // A member named like a formula is written with Excel's text mark, never as a formula.
    expect(written).toContain('\'=HYPERLINK("http://x")');
    expect(
      written.some((value) => typeof value === "string" && value.startsWith("=HYPERLINK"))
    ).toBe(false);
    // Commune n° 2 has accompagnement: 101 pupils × (1,30 + 0,30) € = 161,60 €, written in euros.
    expect(written).toContain(161.6);
    const journal = double.state.tables.JournalAppels;
    expect(journal?.rowCount).toBe(4); // header + 3 statements
    expect(
      double
        .tableValues("JournalAppels")
        .slice(1)
        .map((row) => row[0])
    ).toEqual(["2025-0001", "2025-0002", "2025-0003"]);
  });

  test("needs as many round trips for 1 000 members as for 10, but for the payload batches", async () => {
    const counts: Record<number, { syncs: number; batches: number }> = {};
    for (const members of [10, 1000]) {
      const { double, workbook } = workbookOf(members);
      const sync = jest.spyOn(double.context, "sync");
      const run = await prepareStatements(workbook, 2025, "2025-03-01");
      await generateStatements(workbook, run);
      counts[members] = {
        syncs: sync.mock.calls.length,
        batches: batchByBytes(
          run.sheets.flatMap((sheet) =>
            sheetWrites(sheet, false, REQUEST_LIMIT_BYTES - OPERATION_BYTES.request)
          ),
          writeBytes,
          REQUEST_LIMIT_BYTES,
          OPERATION_BYTES.request
        ).length,
      };
    }
    const { 10: small, 1000: large } = counts as Record<number, { syncs: number; batches: number }>;
    console.log(
      `context.sync for the whole run (read, check, write): 10 members → ${small?.syncs}, 1000 members → ${large?.syncs} (write batches ${small?.batches} and ${large?.batches})`
    );
    expect((large?.syncs ?? 0) - (large?.batches ?? 0)).toBe(
      (small?.syncs ?? 0) - (small?.batches ?? 0)
    );
    expect(large?.batches).toBeLessThan(10);
  });
});
