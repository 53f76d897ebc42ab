import { OfficeMockObject } from "office-addin-mock";
import {
  date,
  EMPTY,
  money,
  num,
  text,
  type SheetCell,
  type SheetSpec,
} from "../../src/domain/sheets/SheetSpec";
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
import {
  SheetExistsError,
  WriteCancelledError,
  type WriteProgress,
} from "../../src/workbook/WorkbookGateway";
import {
  createExcelWorkbookDouble,
  howExcelReadsDouble,
  type CellDouble,
  type ExcelWorkbookDouble,
  type TableSeedDouble,
} from "../doubles/excelWorkbookDouble";

const EURO = '#,##0.00 "€"';
const DATE = "dd/mm/yyyy";

/** The requests writeSheets plans for new sheets (measured again before each is sent). */
function plannedBatches(specs: readonly SheetSpec[]) {
  const writes = specs.flatMap((spec) =>
    sheetWrites(spec, false, REQUEST_LIMIT_BYTES - OPERATION_BYTES.request)
  );
  return batchByBytes(writes, writeBytes, REQUEST_LIMIT_BYTES, OPERATION_BYTES.request);
}

/** The gateway over a double, with a spy counting context.sync calls. */
function gatewayOver(double: ExcelWorkbookDouble) {
  const sync = jest.spyOn(double.context, "sync");
  return { workbook: createOfficeWorkbook(double.run), sync };
}

/**
 * The sheet of one member's statement, shaped like a real one: issuer, debtor, title, lines of
 * six columns (component, basis, quantity, unit rate, amount, source), deductions, total,
 * sources and mentions. About 35 rows × 6 columns; A4 portrait.
 */
function statementSpec(index: number): SheetSpec {
  const number = `2025-${String(index + 1).padStart(4, "0")}`;
  const pupils = 100 + ((index * 37) % 1500);
  const line = (
    label: string,
    basis: string,
    quantity: number,
    rate: number,
    source: string
  ): SheetCell[] => [
    text(label),
    text(basis),
    num(quantity),
    money(rate),
    money(quantity * rate),
    text(source),
  ];
  const lines = [
    line("Abonnement ENT collèges", "élèves", pupils, 130, "CTAF du 15 juin 2023, art. 6"),
    line("Forfait établissement", "écoles", 11, 4_500, "CTAF du 15 juin 2023, art. 6"),
    line("Assistance de niveau 2", "élèves", pupils, 25, "CTAF du 15 juin 2023, art. 7"),
    line("Option ressources numériques", "élèves", pupils, 40, "Délibération 2023-14"),
    line("Option messagerie", "comptes", pupils + 50, 12, "Délibération 2023-15"),
  ];
  const total = lines.reduce((sum, row) => sum + ((row[4] as { value: number }).value ?? 0), 0);
  const rows: SheetCell[][] = [
    [text("Syndicat mixte La Fibre Numérique 59/62", true)],
    [text("4 rue de la Fibre")],
    [text("59000 Lille")],
    [text("SIRET"), text("20003038600020")],
    [],
    [text(`Commune n° ${index + 1} — Hôtel de ville`, true)],
    [text(`${index + 1} place de la Mairie`)],
    [text(`59${String(index % 1000).padStart(3, "0")} Villeneuve-d'Ascq`)],
    [text("SIRET"), text("21590299000013")],
    [text("Code service"), text("FIN-01"), text("N° d'engagement"), text("EJ-2025-77")],
    [],
    [text(`Avis des sommes à payer — appel de contribution n° ${number}`, true)],
    [text("Exercice"), num(2025)],
    [text("Date d'émission"), date("2025-03-15")],
    [text("Échéance"), date("2025-04-14")],
    [text("Élèves facturés"), num(pupils)],
    [text("Écoles équipées en 2025"), text("6 sur 11")],
    [],
    [
      text("Composante", true),
      text("Base", true),
      text("Quantité", true),
      text("Tarif", true),
      text("Montant", true),
      text("Source", true),
    ],
    ...lines,
    [
      text("Déduction subvention départementale"),
      EMPTY,
      EMPTY,
      EMPTY,
      money(-15_000),
      text("Convention 2024-03"),
    ],
    [text("Déduction FEDER"), EMPTY, EMPTY, EMPTY, money(-2_500), text("FEDER 2021-2027")],
    [text("Total dû", true), EMPTY, EMPTY, EMPTY, money(total - 17_500, true), EMPTY],
    [],
    [text("Fondement", true)],
    [text("Barème ctaf-2023-06-15 (CTAF du 15 juin 2023)")],
    [text("Statuts du syndicat, art. 12")],
    [text("Délibération du comité syndical 2023-14")],
    [],
    [text("Contribution non soumise à la TVA (montants TTC tels que votés)")],
    [text("Conditions de paiement : 30 jours à réception")],
    [text("Contact : comptabilite@example.fr")],
    [text("Paiement par virement au Trésor public, référence à rappeler :"), text(number)],
  ];
  return {
    name: `Appel ${number}`,
    rows,
    columnWidths: [46, 24, 10, 14, 14, 30],
    print: { orientation: "portrait" },
  };
}

function statementSpecs(count: number): SheetSpec[] {
  return Array.from({ length: count }, (_, index) => statementSpec(index));
}

/** A table of the register, header first. */
function registerTable(name: string, sheet: string, rows: number): TableSeedDouble {
  const values: CellDouble[][] = [["Nom", "SIRET", "Élèves", "Date de transfert", "Options"]];
  for (let r = 1; r <= rows; r += 1)
    values.push([`Membre ${r}`, `2159029950${String(r).padStart(4, "0")}`, 100 + r, 45292, ""]);
  return { name, sheet, values };
}

describe("readTables", () => {
  it.each([1, 50])(
    "reads name, sheet, values and address of %i table(s) in 2 context.sync calls",
    async (count) => {
      // Up to four tables side by side on a sheet (columns A, G, M, S), of 3 to 6 data rows.
      const seeds = Array.from({ length: count }, (_, index): TableSeedDouble => ({
        ...registerTable(
          `Table_${index + 1}`,
          index < 4 ? "Membres" : `Registre ${Math.floor(index / 4)}`,
          3 + (index % 4)
        ),
        at: `${"AGMS"[index % 4]}1`,
      }));
      const double = createExcelWorkbookDouble({ tables: seeds });
      const { workbook, sync } = gatewayOver(double);

      const tables = await workbook.readTables();

      expect(sync).toHaveBeenCalledTimes(2);
      expect(double.state.requests.every((request) => request.operations === 0)).toBe(true);
      expect(tables).toHaveLength(count);
      tables.forEach((table, index) => {
        const seed = seeds[index] as TableSeedDouble;
        const first = seed.at ?? "A1";
        const last = `${String.fromCharCode(first.charCodeAt(0) + 4)}${seed.values.length}`;
        const sheet = seed.sheet === "Membres" ? "Membres" : `'${seed.sheet}'`;
        expect(table).toEqual({
          name: seed.name,
          sheet: seed.sheet,
          values: seed.values,
          address: `${sheet}!${first}:${last}`,
        });
      });
    }
  );

  it("gives the register's address as Excel writes it", async () => {
    const double = createExcelWorkbookDouble({
      tables: [
        {
          ...registerTable("Membres", "Membres", 12),
          values: registerTable("Membres", "Membres", 12).values.map((row) => [
            ...row,
            ...Array<CellDouble>(8).fill("x"),
          ]),
        },
      ],
    });
    const tables = await createOfficeWorkbook(double.run).readTables();
    expect(tables[0]?.address).toBe("Membres!A1:M13");
  });

  it("reads no table from a workbook without tables, still in 2 syncs", async () => {
    const double = createExcelWorkbookDouble({ sheets: ["Feuil1"] });
    const { workbook, sync } = gatewayOver(double);
    await expect(workbook.readTables()).resolves.toEqual([]);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
  });
});

describe("sheetNames", () => {
  it("lists the worksheets in order in one sync, through Excel.run by default", async () => {
    const double = createExcelWorkbookDouble({ sheets: ["Membres", "Barème", "Appel 2025-0001"] });
    const sync = jest.spyOn(double.context, "sync");
    const globals = globalThis as unknown as { Excel?: unknown };
    const previous = globals.Excel;
    globals.Excel = new OfficeMockObject({ run: double.run });
    try {
      await expect(createOfficeWorkbook().sheetNames()).resolves.toEqual([
        "Membres",
        "Barème",
        "Appel 2025-0001",
      ]);
    } finally {
      globals.Excel = previous;
    }
    expect(sync).toHaveBeenCalledTimes(1);
    expect(double.state.runs).toBe(1);
  });
});

describe("deleteSheets", () => {
  it("deletes the named sheets present (case ignored) in two syncs, and ignores the others", async () => {
    const double = createExcelWorkbookDouble({
      sheets: ["Membres", "Appel 2025-0001", "Synthèse"],
    });
    const { workbook, sync } = gatewayOver(double);
    await workbook.deleteSheets(["appel 2025-0001", "Synthèse", "Absente"]);
    expect(double.state.deleted).toEqual(["Appel 2025-0001", "Synthèse"]);
    expect(await workbook.sheetNames()).toEqual(["Membres"]);
    expect(sync).toHaveBeenCalledTimes(3); // names, delete, then the check above
  });
});

describe("writeSheets of statements", () => {
  async function writeStatements(members: number) {
    const specs = statementSpecs(members);
    const double = createExcelWorkbookDouble({ sheets: ["Membres"] });
    const { workbook, sync } = gatewayOver(double);
    await workbook.writeSheets(specs);
    return { specs, double, syncs: sync.mock.calls.length };
  }

  it("takes sheetNames' sync plus one per planned request: 2 for 10 members, 3 for 1000", async () => {
    const ten = await writeStatements(10);
    const thousand = await writeStatements(1000);
    const tenBatches = plannedBatches(ten.specs);
    const thousandBatches = plannedBatches(thousand.specs);

    console.log(
      `syncs: 10 members → ${ten.syncs}, 1000 members → ${thousand.syncs} ` +
        `(requests planned: ${tenBatches.length} and ${thousandBatches.length}; bytes are ` +
        `measured on Microsoft's runtime in officeRuntimeWrites.test.ts)`
    );

    // Before issue 10 (one range per bold cell and per width, batches estimated under 4 MB):
    // 2 and 4. Grouped writes weigh a third: 1000 statements are two requests.
    expect(ten.syncs).toBe(2);
    expect(thousand.syncs).toBe(3);
    expect(ten.syncs).toBe(1 + tenBatches.length);
    expect(thousand.syncs).toBe(1 + thousandBatches.length);
    for (const batch of thousandBatches) {
      const planned = batch.reduce<number>(
        (sum, write) => sum + writeBytes(write),
        OPERATION_BYTES.request
      );
      expect(planned).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    }

    for (const { double, specs } of [ten, thousand]) {
      // Nothing left for Excel.run to send at the end: every write went with an explicit sync.
      expect(double.state.requests.filter((request) => request.implicit)).toEqual([]);
      expect(double.state.added).toEqual(specs.map((spec) => spec.name));
      expect(double.state.requests.slice(1)).toHaveLength(plannedBatches(specs).length);
    }
  });

  it("writes each sheet: values, formats, bold cells, widths, A4 portrait fitted to one page wide, print area", async () => {
    const spec = statementSpec(0);
    const double = createExcelWorkbookDouble({ sheets: ["Membres"] });
    await createOfficeWorkbook(double.run).writeSheets([spec]);

    const sheet = double.state.sheets["Appel 2025-0001"];
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.values).toHaveLength(spec.rows.length);
    expect(sheet.values.every((row) => row.length === 6)).toBe(true);
    expect(sheet.values[0]?.[0]).toBe("'Syndicat mixte La Fibre Numérique 59/62");
    expect(sheet.values[4]).toEqual(["", "", "", "", "", ""]);
    expect(sheet.values[12]?.slice(0, 2)).toEqual(["'Exercice", 2025]);
    expect(sheet.numberFormats[12]?.[1]).toBe("General");
    expect(sheet.bold).toEqual(
      expect.arrayContaining([
        "A1",
        "A6",
        "A12",
        "A19",
        "B19",
        "C19",
        "D19",
        "E19",
        "F19",
        "A27",
        "E27",
      ])
    );
    expect(sheet.bold).not.toContain("A2");
    expect(sheet.columnWidths).toEqual({ A: 276, B: 144, C: 60, D: 84, E: 84, F: 180 });
    expect(sheet.pageSetup).toEqual({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
    });
    expect(sheet.printArea).toBe(`A1:F${spec.rows.length}`);
    expect(sheet.tables).toEqual([]);
  });

  it("writes a landscape sheet with its table from the header row to the last row", async () => {
    const spec: SheetSpec = {
      name: "Récapitulatif 2025",
      rows: [
        [text("Récapitulatif des appels 2025", true)],
        [],
        [text("Membre"), text("N°"), text("Montant")],
        [text("Hem"), text("2025-0001"), money(157_170)],
        [text("Roubaix"), text("2025-0002"), money(65_000)],
      ],
      columnWidths: [30, 12, 14],
      print: { orientation: "landscape" },
      table: { name: "Recap_2025", headerRow: 2 },
    };
    const double = createExcelWorkbookDouble();
    await createOfficeWorkbook(double.run).writeSheets([spec]);

    expect(double.state.sheets["Récapitulatif 2025"]?.pageSetup.orientation).toBe("Landscape");
    expect(double.state.tables.Recap_2025).toMatchObject({
      sheet: "Récapitulatif 2025",
      top: 2,
      left: 0,
      rowCount: 3,
      columnCount: 3,
      hasHeaders: true,
    });
    expect(double.tableValues("Recap_2025")).toEqual([
      ["Membre", "N°", "Montant"],
      ["Hem", "2025-0001", 1571.7],
      ["Roubaix", "2025-0002", 650],
    ]);
  });
});

describe("writeSheets keeps user text as text, money in euros, dates as dates", () => {
  const risky = ['=HYPERLINK("x")', "+33 3 20", "-", "@foo", "0059", "=1+1", "'déjà cité"];

  it("writes each text with an apostrophe, so that Excel keeps it as text", async () => {
    const spec: SheetSpec = {
      name: "Textes",
      rows: risky.map((value) => [text(value)]),
      columnWidths: [20],
      print: { orientation: "portrait" },
    };
    const double = createExcelWorkbookDouble();
    await createOfficeWorkbook(double.run).writeSheets([spec]);

    const values = double.state.sheets.Textes?.values ?? [];
    risky.forEach((value, row) => {
      // Written raw, Excel would take these for formulas or numbers…
      if (value !== "'déjà cité") expect(howExcelReadsDouble(value).kind).not.toBe("text");
      // …written by the gateway, they stay the text the user typed.
      expect(values[row]?.[0]).toBe(`'${value}`);
      expect(howExcelReadsDouble(values[row]?.[0])).toEqual({ kind: "text", value });
    });
  });

  it("writes money as euros with the euro format and dates as Excel serials shown dd/mm/yyyy", async () => {
    const spec: SheetSpec = {
      name: "Montants",
      rows: [
        [
          money(157_170),
          money(-2_500),
          money(1),
          date("2024-01-01"),
          date("2025-03-15"),
          num(1209),
        ],
      ],
      columnWidths: [],
      print: { orientation: "portrait" },
    };
    const double = createExcelWorkbookDouble();
    await createOfficeWorkbook(double.run).writeSheets([spec]);

    const sheet = double.state.sheets.Montants;
    expect(sheet?.values).toEqual([[1571.7, -25, 0.01, 45292, 45731, 1209]]);
    expect(sheet?.numberFormats).toEqual([[EURO, EURO, EURO, DATE, DATE, "General"]]);
  });
});

describe("writeSheets never replaces a sheet without agreement", () => {
  const seedOld = () =>
    createExcelWorkbookDouble({
      sheets: ["Membres"],
      tables: [{ name: "Ancien", sheet: "Appel 2025-0001", values: [["Ancien"], ["contenu"]] }],
    });

  it("throws SheetExistsError and writes nothing when a sheet exists", async () => {
    const double = seedOld();
    const { workbook, sync } = gatewayOver(double);

    const attempt = workbook.writeSheets(statementSpecs(2));

    await expect(attempt).rejects.toBeInstanceOf(SheetExistsError);
    await expect(attempt).rejects.toMatchObject({ sheets: ["Appel 2025-0001"] });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(double.state.requests).toHaveLength(1);
    expect(double.state.requests[0]?.operations).toBe(0);
    expect(double.state.added).toEqual([]);
    expect(double.state.deleted).toEqual([]);
    expect(double.tableValues("Ancien")).toEqual([["Ancien"], ["contenu"]]);
  });

  it("compares names as Excel does, ignoring case", async () => {
    const double = createExcelWorkbookDouble({ sheets: ["Membres", "APPEL 2025-0002"] });
    const attempt = createOfficeWorkbook(double.run).writeSheets(statementSpecs(2));

    await expect(attempt).rejects.toMatchObject({
      name: "SheetExistsError",
      sheets: ["Appel 2025-0002"],
    });
    expect(double.state.added).toEqual([]);
  });

  it("deletes the old sheet and writes the new one when the name is in `replace`", async () => {
    const double = seedOld();
    const { workbook, sync } = gatewayOver(double);

    await workbook.writeSheets(statementSpecs(2), { replace: new Set(["Appel 2025-0001"]) });

    expect(sync).toHaveBeenCalledTimes(2);
    expect(double.state.deleted).toEqual(["Appel 2025-0001"]);
    expect(double.state.added).toEqual(["Appel 2025-0001", "Appel 2025-0002"]);
    expect(double.state.tables.Ancien).toBeUndefined();
    expect(double.state.sheets["Appel 2025-0001"]?.values[11]?.[0]).toBe(
      "'Avis des sommes à payer — appel de contribution n° 2025-0001"
    );
  });

  it("replaces a sheet whose name differs only in case when that name is agreed", async () => {
    const double = createExcelWorkbookDouble({ sheets: ["Membres", "appel 2025-0001"] });
    await createOfficeWorkbook(double.run).writeSheets(statementSpecs(1), {
      replace: new Set(["Appel 2025-0001"]),
    });

    expect(double.state.deleted).toEqual(["appel 2025-0001"]);
    expect(Object.keys(double.state.sheets)).toEqual(["Membres", "Appel 2025-0001"]);
  });

  it("does not delete a sheet whose name is agreed but absent", async () => {
    const double = createExcelWorkbookDouble({ sheets: ["Membres"] });
    await createOfficeWorkbook(double.run).writeSheets(statementSpecs(1), {
      replace: new Set(["Appel 2025-0001"]),
    });
    expect(double.state.deleted).toEqual([]);
    expect(double.state.added).toEqual(["Appel 2025-0001"]);
  });
});

describe("writeSheets reports progress and can be cancelled", () => {
  /** Sheets of about 2.9 MB each: two never fit in one request of 4.5 MB. */
  function heavySpecs(count: number): SheetSpec[] {
    return Array.from({ length: count }, (_, index) => ({
      name: `Lourde ${index + 1}`,
      rows: Array.from({ length: 400 }, () =>
        Array.from({ length: 6 }, () => text("x".repeat(1_200)))
      ),
      columnWidths: [10],
      print: { orientation: "portrait" as const },
    }));
  }

  it("reports after each batch, once the batch is written", async () => {
    const specs = heavySpecs(3);
    expect(plannedBatches(specs)).toHaveLength(3);
    const double = createExcelWorkbookDouble();
    const seen: { progress: WriteProgress; added: number }[] = [];

    await createOfficeWorkbook(double.run).writeSheets(specs, {
      onProgress: (progress) => seen.push({ progress, added: double.state.added.length }),
    });

    expect(seen).toEqual([
      { progress: { done: 1, total: 3 }, added: 1 },
      { progress: { done: 2, total: 3 }, added: 2 },
      { progress: { done: 3, total: 3 }, added: 3 },
    ]);
  });

  it("counts sheets, not batches, in progress", async () => {
    const double = createExcelWorkbookDouble();
    const seen: WriteProgress[] = [];
    await createOfficeWorkbook(double.run).writeSheets(statementSpecs(5), {
      onProgress: (p) => seen.push(p),
    });
    expect(seen).toEqual([{ done: 5, total: 5 }]);
  });

  it("stops before the next batch once aborted, with the count written", async () => {
    const specs = heavySpecs(3);
    const double = createExcelWorkbookDouble();
    const { workbook, sync } = gatewayOver(double);
    const controller = new AbortController();

    const attempt = workbook.writeSheets(specs, {
      signal: controller.signal,
      onProgress: ({ done }) => {
        if (done === 1) controller.abort();
      },
    });

    await expect(attempt).rejects.toBeInstanceOf(WriteCancelledError);
    await expect(attempt).rejects.toMatchObject({ written: 1 });
    expect(double.state.added).toEqual(["Lourde 1"]);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it("writes nothing when the signal is aborted from the start", async () => {
    const double = createExcelWorkbookDouble();
    const controller = new AbortController();
    controller.abort();

    await expect(
      createOfficeWorkbook(double.run).writeSheets(statementSpecs(2), { signal: controller.signal })
    ).rejects.toMatchObject({
      name: "WriteCancelledError",
      written: 0,
    });
    expect(double.state.added).toEqual([]);
  });
});

describe("tables", () => {
  const journal = (): TableSeedDouble => ({
    name: "Journal",
    sheet: "Journal des appels",
    at: "B3",
    values: [
      ["Numéro", "Membre", "Montant", "Date", "Statut"],
      ["2025-0001", "Hem", 1571.7, 45731, "émis"],
      ["2025-0002", "Roubaix", 650, 45731, "émis"],
    ],
  });

  it("appendTableRows adds the rows with their formats in one sync", async () => {
    const double = createExcelWorkbookDouble({ sheets: ["Membres"], tables: [journal()] });
    const { workbook, sync } = gatewayOver(double);
    const rows: SheetCell[][] = [
      [text("2025-0003"), text("=Lys"), money(1_300), date("2025-03-16"), text("émis")],
      [
        text("2025-0004"),
        text("0059 Wattrelos"),
        money(-2_500),
        date("2025-03-17"),
        text("annule 2025-0002"),
      ],
      [text("2025-0005"), text("Tourcoing"), money(12_345_678), date("2024-01-01"), text("émis")],
    ];

    await workbook.appendTableRows("Journal", rows);

    expect(sync).toHaveBeenCalledTimes(1);
    expect(double.state.requests).toHaveLength(1);
    expect(double.state.tables.Journal?.appendedRows).toEqual([
      ["'2025-0003", "'=Lys", 13, 45732, "'émis"],
      ["'2025-0004", "'0059 Wattrelos", -25, 45733, "'annule 2025-0002"],
      ["'2025-0005", "'Tourcoing", 123456.78, 45292, "'émis"],
    ]);
    const sheet = double.state.sheets["Journal des appels"];
    // Rows 6 to 8 of the sheet, columns B to F.
    expect(sheet?.numberFormats.slice(5, 8).map((row) => row.slice(1, 6))).toEqual(
      Array.from({ length: 3 }, () => ["General", "General", EURO, DATE, "General"])
    );
    expect(double.tableValues("Journal").slice(3)).toEqual([
      ["2025-0003", "=Lys", 13, 45732, "émis"],
      ["2025-0004", "0059 Wattrelos", -25, 45733, "annule 2025-0002"],
      ["2025-0005", "Tourcoing", 123456.78, 45292, "émis"],
    ]);
  });

  it("appendTableRows of one row, and of none without a round trip", async () => {
    const double = createExcelWorkbookDouble({ tables: [journal()] });
    const { workbook, sync } = gatewayOver(double);
    await workbook.appendTableRows("Journal", [
      [text("2025-0003"), text("Lys"), money(1_300), date("2025-03-16"), text("émis")],
    ]);
    await workbook.appendTableRows("Journal", []);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(double.state.requests).toHaveLength(1);
    expect(double.state.tables.Journal?.rowCount).toBe(4);
  });

  it("updateTableCells writes the right cell, row 1 being the header, in one sync", async () => {
    const double = createExcelWorkbookDouble({ tables: [journal()] });
    const { workbook, sync } = gatewayOver(double);

    await workbook.updateTableCells("Journal", [
      { row: 3, column: 4, cell: text("annulé") },
      { row: 2, column: 2, cell: money(160_000) },
      { row: 1, column: 0, cell: text("N°") },
    ]);

    expect(sync).toHaveBeenCalledTimes(1);
    expect(double.state.getCellCalls).toEqual([
      { table: "Journal", row: 2, column: 4 },
      { table: "Journal", row: 1, column: 2 },
      { table: "Journal", row: 0, column: 0 },
    ]);
    const sheet = double.state.sheets["Journal des appels"];
    // The table starts at B3: row 3 of the table is sheet row 5, column 4 is F.
    expect(sheet?.values[4]?.[5]).toBe("'annulé");
    expect(sheet?.values[3]?.[3]).toBe(1600);
    expect(sheet?.numberFormats[3]?.[3]).toBe(EURO);
    expect(sheet?.values[2]?.[1]).toBe("'N°");
    expect(double.tableValues("Journal")).toEqual([
      ["N°", "Membre", "Montant", "Date", "Statut"],
      ["2025-0001", "Hem", 1600, 45731, "émis"],
      ["2025-0002", "Roubaix", 650, 45731, "annulé"],
    ]);
  });

  it("selectTableCell activates the table's sheet and selects the cell (row 1 = header)", async () => {
    const double = createExcelWorkbookDouble({ sheets: ["Accueil"], tables: [journal()] });
    const { workbook, sync } = gatewayOver(double);
    expect(double.state.activeSheet).toBe("Accueil");

    await workbook.selectTableCell("Journal", 3, 1);

    expect(sync).toHaveBeenCalledTimes(1);
    expect(double.state.getCellCalls).toEqual([{ table: "Journal", row: 2, column: 1 }]);
    expect(double.state.activeSheet).toBe("Journal des appels");
    expect(double.state.selected).toEqual({ sheet: "Journal des appels", address: "C5" });
  });

  it("fails when the table does not exist", async () => {
    const double = createExcelWorkbookDouble();
    await expect(
      createOfficeWorkbook(double.run).selectTableCell("Absent", 2, 0)
    ).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });
});
