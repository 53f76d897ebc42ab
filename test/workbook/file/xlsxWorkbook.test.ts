import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as ExcelJS from "exceljs";
import { sampleRegisterSheets } from "../../../src/app/sampleRegister";
import { generateStatements, prepareStatements } from "../../../src/app/statementsWorkflow";
import {
  date,
  EMPTY,
  formula,
  money,
  num,
  text,
  type SheetCell,
  type SheetSpec,
} from "../../../src/domain/sheets/SheetSpec";
import { CUSTOM_FUNCTIONS_NAMESPACE, fileFormula } from "../../../src/workbook/file/cellValues";
import {
  createXlsxWorkbook,
  openXlsxWorkbook,
  type XlsxWorkbook,
} from "../../../src/workbook/file/xlsxWorkbook";
import {
  SheetExistsError,
  WriteCancelledError,
  type WriteProgress,
} from "../../../src/workbook/WorkbookGateway";
import { excelWrittenXlsx } from "./excelWrittenXlsx";
import { readZip } from "./zipFiles";

const EURO = '#,##0.00 "€"';

function sheet(name: string, rows: SheetCell[][], extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name, rows, columnWidths: [], print: { orientation: "portrait" }, ...extra };
}

/** A small sheet with a table over all its rows. */
function tableSheet(name: string, table: string, rows = 2): SheetSpec {
  return sheet(
    name,
    [
      [text("Numéro", true), text("Statut", true)],
      ...Array.from({ length: rows }, (_, index) => [text(`N${index + 1}`), text("émis")]),
    ],
    { table: { name: table, headerRow: 0 } }
  );
}

/** Saves the workbook and reads the bytes back three ways: gateway, ExcelJS, and the XML parts. */
async function reload(workbook: XlsxWorkbook) {
  const bytes = await workbook.toXlsx();
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return { bytes, gateway: await openXlsxWorkbook(bytes), excel, files: readZip(bytes) };
}

async function tableNamed(workbook: XlsxWorkbook, name: string) {
  const table = (await workbook.readTables()).find((candidate) => candidate.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
}

describe("deleteSheets", () => {
  test("removes the named sheets and their tables from the file, case ignored", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.writeSheets([
      tableSheet("Journal", "JournalAppels"),
      sheet("Appel 2025-0001", []),
    ]);
    await workbook.deleteSheets(["journal", "Absente"]);
    const { gateway } = await reload(workbook);
    expect(await gateway.sheetNames()).toEqual(["Appel 2025-0001"]);
    expect(await gateway.readTables()).toEqual([]);
  });
});

describe("writeSheets, then the file read back", () => {
  test("text that looks like a formula, a number or a phone number stays text", async () => {
    const texts = ['=HYPERLINK("x")', "+33 3 20 00 00 00", "@a", "0059", "-", "=1+1"];
    const workbook = await createXlsxWorkbook();
    await workbook.writeSheets([
      sheet(
        "Textes",
        texts.map((value) => [text(value)])
      ),
    ]);
    const { excel, files } = await reload(workbook);
    const reloaded = excel.getWorksheet("Textes");
    texts.forEach((value, index) => {
      const cell = reloaded?.getCell(index + 1, 1);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      expect(cell?.value).toBe(value);
    });
    expect(files.get("xl/worksheets/sheet1.xml")).not.toContain("<f>");
  });

  test("money in euros, dates as dates, formulas with their format, bold, widths", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.writeSheets([
      sheet(
        "Formats",
        [
          [text("Total", true), money(157170, true), date("2025-01-15")],
          [formula('=ENT.CONTRIB(A1,2025,"accompagnement")'), formula("=B1*2", "number"), num(3)],
        ],
        { columnWidths: [34, 12] }
      ),
    ]);
    const { excel, gateway, files } = await reload(workbook);
    const reloaded = excel.getWorksheet("Formats");
    const cell = (address: string) => reloaded?.getCell(address);
    expect(cell("A1")?.font?.bold).toBe(true);
    expect(cell("B1")?.value).toBe(1571.7);
    expect(cell("B1")?.numFmt).toBe(EURO);
    expect(cell("B1")?.font?.bold).toBe(true);
    expect(cell("C1")?.value).toEqual(new Date(Date.UTC(2025, 0, 15)));
    expect(cell("C1")?.numFmt).toBe("dd/mm/yyyy");
    expect(cell("C1")?.font?.bold).toBeFalsy();
    expect(cell("A2")?.type).toBe(ExcelJS.ValueType.Formula);
    expect(cell("A2")?.formula).toBe('_xldudf_ENT_CONTRIB(A1,2025,"accompagnement")');
    expect(cell("A2")?.numFmt).toBe(EURO);
    expect(cell("B2")?.formula).toBe("B1*2");
    expect(cell("B2")?.numFmt ?? "General").toBe("General");
    expect(reloaded?.getColumn(1).width).toBe(34);
    expect(reloaded?.getColumn(2).width).toBe(12);
    // Excel computes on opening the formulas written here: the file holds no value for them.
    expect(files.get("xl/workbook.xml")).toContain('fullCalcOnLoad="1"');
    expect(await gateway.sheetNames()).toEqual(["Formats"]);
  });

  test("print setup: A4, orientation, one page wide, print area over the written block", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.writeSheets([
      sheet("Portrait", [[text("a"), EMPTY, text("c")], [text("b")]]),
      sheet("Paysage", [[text("x")]], { print: { orientation: "landscape" } }),
    ]);
    const { excel, files } = await reload(workbook);
    expect(excel.getWorksheet("Portrait")?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: "A1:C2",
    });
    expect(excel.getWorksheet("Paysage")?.pageSetup).toMatchObject({
      orientation: "landscape",
      printArea: "A1:A1",
    });
    expect(files.get("xl/workbook.xml")).toContain("&apos;Portrait&apos;!$A$1:$C$2");
  });

  test("tables come back with their values, header first, and their address", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.writeSheets([
      sheet(
        "Synthèse 2025",
        [
          [text("Appels de contribution", true)],
          [text("Total"), money(10000)],
          [],
          [text("Numéro", true), text("Montant", true), text("Date", true), text("Note", true)],
          [text("2025-0001"), money(4000), date("2025-03-01"), text("=x")],
          [text("2025-0002"), money(6000), date("2025-03-02")],
        ],
        { table: { name: "Synthese2025", headerRow: 3, columns: 3 } }
      ),
    ]);
    const expected = {
      name: "Synthese2025",
      sheet: "Synthèse 2025",
      address: "'Synthèse 2025'!A4:C6",
      values: [
        ["Numéro", "Montant", "Date"],
        ["2025-0001", 40, 45717],
        ["2025-0002", 60, 45718],
      ],
    };
    expect(await workbook.readTables()).toEqual([expected]);
    const { gateway, files } = await reload(workbook);
    expect(await gateway.readTables()).toEqual([expected]);
    expect(files.get("xl/tables/table1.xml")).toContain('ref="A4:C6"');
  });

  test("a table gets a name for every column and, with no data row, one empty row", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.writeSheets([
      sheet("Vide", [[text("Nom"), EMPTY, text("nom"), num(2025)]], {
        table: { name: "Vide", headerRow: 0 },
      }),
    ]);
    const { gateway } = await reload(workbook);
    expect(await gateway.readTables()).toEqual([
      {
        name: "Vide",
        sheet: "Vide",
        address: "Vide!A1:D2",
        values: [
          ["Nom", "Colonne2", "nom2", "2025"],
          ["", "", "", ""],
        ],
      },
    ]);
  });

  test("refuses existing sheets, whatever their case, and writes nothing", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.writeSheets([tableSheet("Journal", "JournalAppels")]);
    const error = await workbook
      .writeSheets([sheet("Nouvelle", [[text("x")]]), sheet("JOURNAL", [[text("y")]])])
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SheetExistsError);
    expect((error as SheetExistsError).sheets).toEqual(["JOURNAL"]);
    expect(await workbook.sheetNames()).toEqual(["Journal"]);
  });

  test("replaces an agreed sheet at the same place, with its table", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.writeSheets([
      sheet("Avant", [[text("a")]]),
      tableSheet("Synthèse 2025", "Synthese2025", 2),
      sheet("Après", [[text("b")]]),
    ]);
    await workbook.writeSheets([tableSheet("synthèse 2025", "Synthese2025", 3)], {
      replace: new Set(["SYNTHÈSE 2025"]),
    });
    const { gateway } = await reload(workbook);
    expect(await gateway.sheetNames()).toEqual(["Avant", "synthèse 2025", "Après"]);
    const table = await tableNamed(gateway, "Synthese2025");
    expect(table.values).toHaveLength(4);
  });

  test("refuses a table name the workbook has already, and writes nothing", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.writeSheets([tableSheet("Journal", "JournalAppels")]);
    await expect(
      workbook.writeSheets([sheet("Autre", [[text("x")]]), tableSheet("Copie", "journalappels")])
    ).rejects.toThrow("Une table « journalappels » existe déjà");
    await expect(workbook.writeSheets([sheet("Deux: points", [[text("x")]])])).rejects.toThrow(
      "Nom de feuille refusé"
    );
    await expect(workbook.writeSheets([tableSheet("Table", "R1C1")])).rejects.toThrow(
      "Nom de table refusé"
    );
    expect(await workbook.sheetNames()).toEqual(["Journal"]);
  });

  test("reports progress after each sheet and stops between sheets when cancelled", async () => {
    const workbook = await createXlsxWorkbook();
    const controller = new AbortController();
    const progress: WriteProgress[] = [];
    const specs = ["Un", "Deux", "Trois", "Quatre"].map((name) => sheet(name, [[text(name)]]));
    const error = await workbook
      .writeSheets(specs, {
        signal: controller.signal,
        onProgress: (step) => {
          progress.push(step);
          if (step.done === 2) controller.abort();
        },
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WriteCancelledError);
    expect((error as WriteCancelledError).written).toBe(2);
    expect(progress).toEqual([
      { done: 1, total: 4 },
      { done: 2, total: 4 },
    ]);
    expect(await workbook.sheetNames()).toEqual(["Un", "Deux"]);
  });
});

describe("tables changed after they are written", () => {
  test("appendTableRows adds rows that readTables and the saved file show, again after reopening", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.writeSheets([tableSheet("Journal des appels", "JournalAppels", 1)]);
    await workbook.appendTableRows("journalappels", [[text("N2"), text("émis")]]);
    expect((await tableNamed(workbook, "JournalAppels")).address).toBe(
      "'Journal des appels'!A1:B3"
    );
    const first = await reload(workbook);
    await first.gateway.appendTableRows("JournalAppels", [
      [text("=N3"), money(1250)],
      [text("N4")],
    ]);
    const { gateway, excel, files } = await reload(first.gateway);
    expect(await tableNamed(gateway, "JournalAppels")).toEqual({
      name: "JournalAppels",
      sheet: "Journal des appels",
      address: "'Journal des appels'!A1:B5",
      values: [
        ["Numéro", "Statut"],
        ["N1", "émis"],
        ["N2", "émis"],
        ["=N3", 12.5],
        ["N4", ""],
      ],
    });
    expect(excel.getWorksheet("Journal des appels")?.getCell("B4").numFmt).toBe(EURO);
    expect(files.get("xl/tables/table1.xml")).toMatch(/ref="A1:B5"[^>]*headerRowCount="1"/);
    expect(files.get("xl/tables/table1.xml")).toContain('<autoFilter ref="A1:B5"');
  });

  test("appendTableRows refuses to grow over cells that are not empty, or wider than the table", async () => {
    // tblMembres spans A1:E4; A6 holds a note.
    const workbook = await openXlsxWorkbook(excelWrittenXlsx());
    await workbook.appendTableRows("tblMembres", [[text("Lille"), num(3)]]);
    await expect(workbook.appendTableRows("tblMembres", [[text("Roubaix")]])).rejects.toThrow(
      "la cellule A6 de la feuille « Membres », sous elle, n'est pas vide"
    );
    await expect(
      workbook.appendTableRows("Journal", [[text("2025-0003"), money(100), text("de trop")]])
    ).rejects.toThrow("a 2 colonnes");
    expect((await tableNamed(workbook, "tblMembres")).address).toBe("Membres!A1:E5");
    expect((await tableNamed(workbook, "Journal")).address).toBe("Journal!A1:B4");
  });

  test("updateTableCells changes a status; a new header renames the column", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.writeSheets([tableSheet("Journal des appels", "JournalAppels", 3)]);
    const { gateway } = await reload(workbook);
    await gateway.updateTableCells("JournalAppels", [
      { row: 3, column: 1, cell: text("annulé") },
      { row: 1, column: 0, cell: text("N°", true) },
    ]);
    const reloaded = await reload(gateway);
    expect((await tableNamed(reloaded.gateway, "JournalAppels")).values).toEqual([
      ["N°", "Statut"],
      ["N1", "émis"],
      ["N2", "annulé"],
      ["N3", "émis"],
    ]);
    expect(reloaded.files.get("xl/tables/table1.xml")).toContain('name="N°"');
    await expect(
      gateway.updateTableCells("JournalAppels", [{ row: 5, column: 0, cell: text("x") }])
    ).rejects.toBeInstanceOf(RangeError);
    await expect(gateway.updateTableCells("Inconnue", [])).rejects.toThrow("n'existe pas");
  });

  test("cells written alike share their style; rewriting one in bold leaves the others alone", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.writeSheets([tableSheet("Journal des appels", "JournalAppels", 3)]);
    await workbook.updateTableCells("JournalAppels", [
      { row: 2, column: 1, cell: text("annulé", true) },
      { row: 3, column: 0, cell: money(157170) },
    ]);
    const { excel } = await reload(workbook);
    const journal = excel.getWorksheet("Journal des appels");
    const bold = (address: string) => journal?.getCell(address).font?.bold === true;
    expect([bold("A1"), bold("B1")]).toEqual([true, true]);
    expect([bold("B2"), bold("B3"), bold("B4")]).toEqual([true, false, false]);
    expect([bold("A2"), bold("A3"), bold("A4")]).toEqual([false, false, false]);
    expect(journal?.getCell("A3").numFmt).toBe(EURO);
    expect([journal?.getCell("A2").numFmt, journal?.getCell("A4").numFmt]).not.toContain(EURO);
  });

  test("selectTableCell resolves and changes nothing: a file has no selection", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.writeSheets([tableSheet("Journal", "JournalAppels")]);
    const before = await workbook.readTables();
    await expect(workbook.selectTableCell("JournalAppels", 2, 1)).resolves.toBeUndefined();
    expect(await workbook.readTables()).toEqual(before);
  });
});

describe("a file written by Excel", () => {
  test("reads its tables as Excel gives them, the register sheet without table included", async () => {
    const workbook = await openXlsxWorkbook(excelWrittenXlsx());
    expect(await workbook.sheetNames()).toEqual(["Membres", "Journal", "Paramètres"]);
    expect(await workbook.readTables()).toEqual([
      {
        name: "tblMembres",
        sheet: "Membres",
        address: "Membres!A1:E4",
        values: [
          ["Nom", "Élèves", "Date d'effet", "Actif", "Note"],
          ["Ville de Hem", 1209, 45292, true, "Très important"],
          ["0059", 177, "", false, "#N/A"],
          ["Roubaix", "", "", "", '=HYPERLINK("x")'],
        ],
      },
      {
        name: "Journal",
        sheet: "Journal",
        address: "Journal!A1:B4",
        values: [
          ["Numéro", "Montant"],
          ["2025-0001", 10],
          ["2025-0002", 20],
          ["Total", 30],
        ],
      },
      {
        // No table plays the settings' role: the sheet Paramètres is read as one.
        name: "Paramètres",
        sheet: "Paramètres",
        address: "Paramètres!A1:B3",
        values: [
          ["Paramètre", "Valeur"],
          ["Émetteur", "Syndicat"],
          ["Note fusionnée", ""],
        ],
      },
    ]);
  });

  test("writes its tables back with their header row, rows added before the totals row", async () => {
    const workbook = await openXlsxWorkbook(excelWrittenXlsx().buffer as ArrayBuffer);
    await workbook.appendTableRows("Journal", [[text("2025-0003"), money(4000)]]);
    await workbook.appendTableRows("Paramètres", [[text("SIRET"), text("20003038600020")]]);
    const { gateway, files } = await reload(workbook);
    expect(files.get("xl/tables/table1.xml")).toMatch(/ref="A1:E4"[^>]*headerRowCount="1"/);
    expect(files.get("xl/tables/table2.xml")).toMatch(/ref="A1:B5"[^>]*headerRowCount="1"/);
    expect(files.get("xl/tables/table2.xml")).toContain('<autoFilter ref="A1:B4"');
    const tables = await gateway.readTables();
    expect(tables.map((table) => [table.name, table.address])).toEqual([
      ["tblMembres", "Membres!A1:E4"],
      ["Journal", "Journal!A1:B5"],
      ["Paramètres", "Paramètres!A1:B4"],
    ]);
    expect(tables[1]?.values.slice(3)).toEqual([
      ["2025-0003", 40],
      ["Total", 30], // as last computed: Excel computes it again on opening
    ]);
    expect(tables[2]?.values.at(-1)).toEqual(["SIRET", "20003038600020"]);
  });

  test("a file that is not an .xlsx is refused with a message", async () => {
    await expect(openXlsxWorkbook(new TextEncoder().encode("Nom;Élèves\n"))).rejects.toThrow(
      "Ce fichier n'est pas un classeur (fichier texte, CSV par exemple) : ouvrez-le dans Excel"
    );
    await expect((await createXlsxWorkbook()).toXlsx()).rejects.toThrow("au moins une feuille");
  });
});

describe("register sheets without Excel tables", () => {
  const withoutTables = (specs: SheetSpec[]) => specs.map(({ table: _table, ...spec }) => spec);

  test("read as tables when their first row of two cells or more is a header", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.writeSheets([
      sheet("Membres", [
        [text("Registre des membres")],
        [],
        [text("Nom"), text("Élèves")],
        [text("Ville de Hem"), num(1209)],
        [],
        [text("Lille"), num(3)],
      ]),
      // A number in the first filled row: not a header.
      sheet("Écoles", [
        [text("UAI"), num(2025)],
        [text("0591401A"), num(98)],
      ]),
      // Not a register sheet.
      sheet("Notes", [
        [text("Nom"), text("Note")],
        [text("a"), text("b")],
      ]),
    ]);
    expect(await workbook.readTables()).toEqual([
      {
        name: "Membres",
        sheet: "Membres",
        address: "Membres!A3:B6",
        values: [
          ["Nom", "Élèves"],
          ["Ville de Hem", 1209],
          ["", ""],
          ["Lille", 3],
        ],
      },
    ]);
    await workbook.appendTableRows("membres", [[text("Roubaix"), num(7)]]);
    expect((await tableNamed(workbook, "Membres")).address).toBe("Membres!A3:B7");
  });

  test("an Excel table of the same role wins over a sheet", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.writeSheets([
      sheet("Membres", [
        [text("Nom"), text("Élèves")],
        [text("Ville de Hem"), num(1209)],
      ]),
      tableSheet("Registre", "tblMembres"),
    ]);
    expect((await workbook.readTables()).map((table) => table.name)).toEqual(["tblMembres"]);
  });

  test("the sample register without its tables still gives the 4 statements", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.writeSheets(withoutTables(sampleRegisterSheets(2025)));
    const run = await prepareStatements(workbook, 2025, "2025-09-01");
    expect(run.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(run.numbering?.statements.map((statement) => statement.number)).toEqual([
      "2025-0001",
      "2025-0002",
      "2025-0003",
      "2025-0004",
    ]);
  });
});

describe("statements generated on an .xlsx file", () => {
  test("numbers 2025-0001 to 2025-0004, writes the journal, and keeps the numbers after reopening", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.writeSheets(sampleRegisterSheets(2025));
    const run = await prepareStatements(workbook, 2025, "2025-09-01");
    expect(run.numbering?.statements.map((statement) => statement.number)).toEqual([
      "2025-0001",
      "2025-0002",
      "2025-0003",
      "2025-0004",
    ]);
    const report = await generateStatements(workbook, run);
    expect(report).toMatchObject({ journalAdded: 4, journalCancelled: 0 });
    const journal = await tableNamed(workbook, "JournalAppels");
    expect(journal.address).toBe("'Journal des appels'!A1:H5");
    expect(journal.values.slice(1).map((row) => [row[0], row[7]])).toEqual([
      ["2025-0001", "émis"],
      ["2025-0002", "émis"],
      ["2025-0003", "émis"],
      ["2025-0004", "émis"],
    ]);

    const reopened = await openXlsxWorkbook(await workbook.toXlsx());
    const again = await prepareStatements(reopened, 2025, "2025-09-02");
    expect(
      again.numbering?.statements.map((statement) => [statement.number, statement.outcome])
    ).toEqual([
      ["2025-0001", "already-issued"],
      ["2025-0002", "already-issued"],
      ["2025-0003", "already-issued"],
      ["2025-0004", "already-issued"],
    ]);
    await expect(generateStatements(reopened, again)).rejects.toBeInstanceOf(SheetExistsError);
    await generateStatements(reopened, again, { replace: new Set(again.existingSheets) });
    expect((await tableNamed(reopened, "JournalAppels")).values).toHaveLength(5);
  });

  test("a changed amount cancels the statement in the journal and issues the next number", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.writeSheets(sampleRegisterSheets(2025));
    await generateStatements(workbook, await prepareStatements(workbook, 2025, "2025-09-01"));
    const reopened = await openXlsxWorkbook(await workbook.toXlsx());
    // Élèves (column 7) of Commune d'Exemple-sur-Lys, the third member (row 4 of Membres).
    await reopened.updateTableCells("Membres", [{ row: 4, column: 7, cell: num(700) }]);
    const run = await prepareStatements(reopened, 2025, "2025-09-02");
    const report = await generateStatements(reopened, run, {
      replace: new Set(run.existingSheets),
    });
    expect(report).toMatchObject({ journalAdded: 1, journalCancelled: 1 });
    const { gateway } = await reload(reopened);
    const journal = await tableNamed(gateway, "JournalAppels");
    expect(journal.values.slice(1).map((row) => [row[0], row[7]])).toEqual([
      ["2025-0001", "émis"],
      ["2025-0002", "émis"],
      ["2025-0003", "annulé"],
      ["2025-0004", "émis"],
      ["2025-0005", "émis"],
    ]);
    expect(await gateway.sheetNames()).toContain("Appel 2025-0005");
  });
});

describe("fileFormula", () => {
  test.each([
    ["=ENT.CONTRIB(O2,2025,I2)", "_xldudf_ENT_CONTRIB(O2,2025,I2)"],
    ["=ent.quorum.detail(A1:B3)", "_xldudf_ENT_QUORUM_DETAIL(A1:B3)"],
    [
      '=IF(A1="ENT.CONTRIB(1)",ENT.TARIF(2025),0)',
      'IF(A1="ENT.CONTRIB(1)",_xldudf_ENT_TARIF(2025),0)',
    ],
    ["=SUM(Ecoles[Élèves])+XENT.A(1)", "SUM(Ecoles[Élèves])+XENT.A(1)"],
    ["SUM(A1:A3)", "SUM(A1:A3)"],
  ])("%s is stored as %s", (input, stored) => {
    expect(fileFormula(input)).toBe(stored);
  });
});

test("the custom functions' namespace is the manifest's", () => {
  const manifest = readFileSync(resolve(__dirname, "../../../manifest.xml"), "utf8");
  expect(manifest).toContain(
    `<bt:String id="Functions.Namespace" DefaultValue="${CUSTOM_FUNCTIONS_NAMESPACE}">`
  );
});
