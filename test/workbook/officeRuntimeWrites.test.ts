import fc from "fast-check";
import { withWritesBefore } from "../../bench/officeBefore";
import { generateStatements, prepareStatements } from "../../src/app/statementsWorkflow";
import {
  date,
  EMPTY,
  formula,
  money,
  num,
  text,
  type SheetCell,
  type SheetSpec,
} from "../../src/domain/sheets/SheetSpec";
import { JOURNAL_TABLE_NAME } from "../../src/domain/statements/journalSheet";
import {
  applyWrite,
  createOfficeWorkbook,
  REQUEST_LIMIT_BYTES,
} from "../../src/workbook/office/officeWorkbook";
import * as sheetWritesModule from "../../src/workbook/office/sheetWrites";
import {
  batchByBytes,
  OPERATION_BYTES,
  rowWrites,
  sheetWrites,
  writeBytes,
} from "../../src/workbook/office/sheetWrites";
import {
  createOfficeJsRuntime,
  EXCEL_WEB_LIMIT_BYTES,
  type OfficeJsRuntime,
  type RuntimeRequest,
  type RuntimeSheet,
} from "../office/officeJsRuntime";
import { registerSeed } from "../office/registerSeed";

// What the workbook gateway sends to Excel, as Microsoft's runtime (excel-web-16.00.js)
// serialises it: every byte count here is the text Excel on the web would receive.

const EURO = '#,##0.00 "€"';
const DATE = "dd/mm/yyyy";

/** Round trips allowed for writing n statements (issue 10): 4, and one per 500 statements. */
const allowedSyncs = (statements: number) => 4 + Math.ceil(statements / 500);

const largest = (requests: readonly RuntimeRequest[]) =>
  Math.max(0, ...requests.map((request) => request.bytes));

/** Prepares and generates the statements of a generated register over Microsoft's runtime. */
async function statementsOver(members: number) {
  const office = createOfficeJsRuntime(registerSeed(members));
  const workbook = createOfficeWorkbook(office.run);
  const run = await prepareStatements(workbook, 2025, "2025-03-01");
  await office.settle();
  const read = office.requests.length;
  await generateStatements(workbook, run);
  await office.settle();
  const generation = office.requests.slice(read);
  return { office, run, reading: office.requests.slice(0, read), generation };
}

/** The sheets of the statements of a generated register (prepared, not written). */
async function statementSheets(members: number): Promise<SheetSpec[]> {
  const office = createOfficeJsRuntime(registerSeed(members));
  const run = await prepareStatements(createOfficeWorkbook(office.run), 2025, "2025-03-01");
  return [...run.sheets];
}

/** A sheet as the tests compare it: everything Excel holds of it. */
function contents(sheet: RuntimeSheet | undefined) {
  return (
    sheet && {
      values: sheet.values,
      numberFormats: sheet.numberFormats,
      bold: [...sheet.bold].sort(),
      columnWidths: sheet.columnWidths,
      printArea: sheet.printArea,
      pageLayout: sheet.pageLayout,
      tables: sheet.tables,
    }
  );
}

describe("statements written on Microsoft's runtime", () => {
  const figures: string[] = [];
  afterAll(() => console.log(figures.join("\n")));

  it.each([10, 1000, 5000])(
    "%i members: every request at most 4.5 MB as Excel receives it, 4 round trips and one per 500 statements",
    async (members) => {
      const { office, run, reading, generation } = await statementsOver(members);
      const statements = run.sheets.length - 2;
      const writes = generation.filter((request) => request.kind !== "cleanup");
      figures.push(
        `${members} membres (${statements} appels) : plus grosse requête ${largest(office.requests)} octets ` +
          `(écritures : ${writes.map((request) => request.bytes).join(", ")}) ; ` +
          `${writes.length} allers-retours pour générer, ${reading.filter((r) => r.kind !== "cleanup").length} pour lire ; ` +
          `plus grosse réponse ${Math.max(...office.requests.map((r) => r.responseBytes))} octets`
      );

      expect(office.requests.filter((request) => request.error !== null)).toEqual([]);
      for (const request of office.requests)
        expect(request.bytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
      expect(writes.length).toBeLessThanOrEqual(allowedSyncs(statements));
      // Everything was written: the statements, the summary and the journal, with its table.
      expect(office.added).toEqual(run.sheets.map((sheet) => sheet.name));
      expect(office.tableValues(JOURNAL_TABLE_NAME)).toHaveLength(statements + 1);
    },
    180_000
  );

  it("leaves the workbook the writes of before issue 10 left, cell for cell", async () => {
    const seed = registerSeed(10);
    const now = createOfficeJsRuntime(seed);
    const before = createOfficeJsRuntime(seed, { limitBytes: null });
    for (const office of [now, before]) {
      const today = createOfficeWorkbook(office.run);
      const workbook = office === now ? today : withWritesBefore(today, office.run);
      const run = await prepareStatements(workbook, 2025, "2025-03-01");
      await workbook.writeSheets(run.sheets);
    }
    expect(now.added).toEqual(before.added);
    expect(now.added.length).toBeGreaterThan(10);
    for (const name of now.added)
      expect(contents(now.sheet(name))).toEqual(contents(before.sheet(name)));
    await now.settle();
    await before.settle();
    const bytes = (office: OfficeJsRuntime) =>
      office.requests.reduce((sum, request) => sum + request.bytes, 0);
    // A third of the bytes for the same cells.
    expect(bytes(now)).toBeLessThan(bytes(before) / 2.5);
  });
});

describe("what Excel receives keeps the meaning of each cell", () => {
  const risky = ['=HYPERLINK("x")', "+33 3 20", "-", "@foo", "0059", "=1+1", "'déjà cité"];
  const spec: SheetSpec = {
    name: "Sens",
    rows: [
      ...risky.map((value) => [text(value)]),
      [money(157_170), money(-2_500), date("2024-01-01"), num(1209), formula("=SUM(A8:B8)")],
    ],
    columnWidths: [20, 12, 12, 12, 12],
    print: { orientation: "portrait" },
  };

  it("text behind Excel's text mark, money in euros with €, dates as serials dd/mm/yyyy, formulas only for formula cells", async () => {
    const office = createOfficeJsRuntime();
    await createOfficeWorkbook(office.run).writeSheets([spec]);
    const sent = office.writes.filter((write) => write.target.startsWith("Sens!"));
    const values = sent.find((write) => write.property === "Values");
    const formats = sent.find((write) => write.property === "NumberFormat");
    expect(values?.target).toBe("Sens!A1:E8");
    expect(values?.value).toEqual([
      ...risky.map((value) => [`'${value}`, "", "", "", ""]),
      [1571.7, -25, 45292, 1209, "=SUM(A8:B8)"],
    ]);
    // Only the formula cell is sent as a string starting with "=" without the text mark.
    const strings = (values?.value as unknown[][]).flat().filter((v) => typeof v === "string");
    expect(strings.filter((v) => /^[=+\-@]/.test(v as string))).toEqual(["=SUM(A8:B8)"]);
    // Formats only where they are not General, before the values.
    expect(formats).toMatchObject({
      target: "Sens!A8:E8",
      value: [[EURO, EURO, DATE, "General", EURO]],
    });
    expect(sent.indexOf(formats as (typeof sent)[number])).toBeLessThan(
      sent.indexOf(values as (typeof sent)[number])
    );
    expect(office.sheet("Sens")?.numberFormats[7]).toEqual([EURO, EURO, DATE, "General", EURO]);
  });

  it("writes a statement's bold cells, widths and print setup in a few grouped operations", async () => {
    const office = createOfficeJsRuntime();
    const bold: SheetCell[][] = [
      [text("Titre", true)],
      [text("Sous-titre", true)],
      [],
      [text("A", true), text("B", true), text("C", true)],
      [text("x"), money(100), money(200, true)],
    ];
    await createOfficeWorkbook(office.run).writeSheets([
      { name: "Gras", rows: bold, columnWidths: [46, 24, 24], print: { orientation: "landscape" } },
    ]);
    const sent = office.writes.filter((write) => write.target.startsWith("Gras"));
    expect(sent.filter((write) => write.property === "Bold")).toEqual([
      expect.objectContaining({ target: "Gras!A1:A2,A4:C4,C5", value: true }),
    ]);
    expect(sent.filter((write) => write.property === "ColumnWidth")).toEqual([
      expect.objectContaining({ target: "Gras!A:A", value: 276 }),
      expect.objectContaining({ target: "Gras!B:C", value: 144 }),
    ]);
    const sheet = office.sheet("Gras");
    expect([...(sheet?.bold ?? [])].sort()).toEqual(["A1", "A2", "A4", "B4", "C4", "C5"]);
    expect(sheet?.columnWidths).toEqual({ A: 276, B: 144, C: 144 });
    expect(sheet?.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
    });
    expect(sheet?.printArea).toBe("A1:C5");
    // Ranges untracked: nothing kept by Excel.run, nothing to release afterwards.
    await office.settle();
    expect(office.requests.map((request) => request.kind)).toEqual(["read", "write"]);
  });
});

describe("batches sized by what the runtime sends", () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 40 }).map((value) => text(value)),
    fc.string({ maxLength: 12 }).map((value) => text(value, true)),
    fc.integer({ min: -1e9, max: 1e9 }).map((value) => money(value)),
    fc.integer({ min: -1e6, max: 1e6 }).map((value) => num(value, true)),
    fc.constantFrom("2024-01-01", "1999-12-31", "2031-06-15").map((value) => date(value)),
    fc.constant(EMPTY)
  );
  const sheet = fc.record({
    rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 60 }),
    columnWidths: fc.array(fc.integer({ min: 4, max: 60 }), { maxLength: 9 }),
    landscape: fc.boolean(),
    table: fc.boolean(),
  });

  it("writeBytes is an upper bound of each write as sent, with ids of 7 digits", async () => {
    await fc.assert(
      fc.asyncProperty(sheet, fc.boolean(), async (drawn, replace) => {
        const spec: SheetSpec = {
          name: "Feuille à l'été",
          rows: drawn.rows,
          columnWidths: drawn.columnWidths,
          print: { orientation: drawn.landscape ? "landscape" : "portrait" },
          ...(drawn.table && drawn.rows.length > 1 ? { table: { name: "T_1", headerRow: 0 } } : {}),
        };
        const office = createOfficeJsRuntime(
          { sheets: ["Membres", ...(replace ? [spec.name] : [])] },
          { firstId: 1_000_000 }
        );
        const [write] = sheetWrites(spec, replace, REQUEST_LIMIT_BYTES);
        if (!write) throw new Error("no write");
        await office.run(async (context) => {
          applyWrite(context, write);
          await context.sync();
        });
        const sent = office.requests[0]?.bytes ?? Infinity;
        expect(sent).toBeLessThanOrEqual(OPERATION_BYTES.request + writeBytes(write));
      }),
      { numRuns: 60 }
    );
  });

  it("plans requests that, sent, stay under the limit without wasting it", async () => {
    const specs = await statementSheets(1000);
    const office = createOfficeJsRuntime();
    await createOfficeWorkbook(office.run).writeSheets(specs);
    const planned = batchByBytes(
      specs.flatMap((spec) =>
        sheetWrites(spec, false, REQUEST_LIMIT_BYTES - OPERATION_BYTES.request)
      ),
      writeBytes,
      REQUEST_LIMIT_BYTES,
      OPERATION_BYTES.request
    );
    const writes = office.requests.filter((request) => request.kind === "write");
    expect(writes).toHaveLength(planned.length);
    planned.forEach((batch, index) => {
      const model = batch.reduce<number>(
        (sum, write) => sum + writeBytes(write),
        OPERATION_BYTES.request
      );
      const sent = writes[index]?.bytes ?? 0;
      expect(sent).toBeLessThanOrEqual(model);
      expect(sent).toBeGreaterThan(model * 0.8);
    });
  }, 60_000);

  it("measures each request before sending it, and splits one the plan got wrong", async () => {
    const statements = (await statementSheets(10)).slice(0, 10);
    const specs = Array.from({ length: 60 }, (_, copy) =>
      statements.map((spec) => ({ ...spec, name: `${spec.name}-${copy}` }))
    ).flat();
    const heavy: SheetSpec = {
      name: "Lourde",
      rows: Array.from({ length: 900 }, () =>
        Array.from({ length: 6 }, () => text("x".repeat(1_000)))
      ),
      columnWidths: [10],
      print: { orientation: "portrait" },
    };
    // A plan that believes every write weighs nothing and never cuts a sheet: everything in
    // one request of about 10 MB, the heavy sheet (5.4 MB) in one write.
    const weighs = jest.spyOn(sheetWritesModule, "writeBytes").mockReturnValue(1);
    const whole = jest
      .spyOn(sheetWritesModule, "sheetWrites")
      .mockImplementation((spec, replace) =>
        rowWrites(spec, replace, { start: 0, end: Math.max(1, spec.rows.length) }, Infinity)
      );
    try {
      const office = createOfficeJsRuntime();
      await createOfficeWorkbook(office.run).writeSheets([...specs, heavy]);
      await office.settle();
      expect(office.requests.filter((request) => request.error !== null)).toEqual([]);
      expect(largest(office.requests)).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
      expect(office.added).toEqual([...specs, heavy].map((spec) => spec.name));
      expect(office.sheet("Lourde")?.values).toHaveLength(900);
      expect(office.sheet("Lourde")?.values[899]?.[5]).toBe(`'${"x".repeat(1_000)}`);
    } finally {
      weighs.mockRestore();
      whole.mockRestore();
    }
  }, 60_000);

  it("writes a sheet heavier than one request in blocks of rows, its table and print area whole", async () => {
    const rows = Array.from({ length: 2_000 }, (_, row) => [
      text(`Membre ${row}`, row === 0),
      text("y".repeat(3_000)),
      money(row * 100),
    ]);
    const spec: SheetSpec = {
      name: "Synthèse géante",
      rows,
      columnWidths: [30, 60, 14],
      print: { orientation: "landscape" },
      table: { name: "Geante", headerRow: 0 },
    };
    const office = createOfficeJsRuntime();
    await createOfficeWorkbook(office.run).writeSheets([spec]);
    const writes = office.requests.filter((request) => request.kind === "write");
    expect(writes.length).toBeGreaterThan(1);
    expect(largest(writes)).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    const sheet = office.sheet("Synthèse géante");
    expect(sheet?.values).toHaveLength(2_000);
    expect(sheet?.values[1_999]).toEqual(["'Membre 1999", `'${"y".repeat(3_000)}`, 1999]);
    expect(sheet?.numberFormats[1_999]?.[2]).toBe(EURO);
    expect(sheet?.printArea).toBe("A1:C2000");
    expect(office.tables[0]).toMatchObject({ name: "Geante", top: 0, rowCount: 2_000 });
    expect([...(sheet?.bold ?? [])]).toEqual(["A1"]);
  });
});

describe("tables on Microsoft's runtime", () => {
  const journal = () =>
    createOfficeJsRuntime({
      sheets: ["Accueil", "Appel 2025-0001", "Appel 2025-0002"],
      tables: [
        {
          name: "Journal",
          sheet: "Journal des appels",
          at: "B3",
          values: [
            ["Numéro", "Membre", "Montant", "Date", "Statut"],
            ["2025-0001", "Hem", 1571.7, 45731, "émis"],
          ],
        },
      ],
    });

  it("appendTableRows adds rows with their formats in one request, and a huge append in several under the limit", async () => {
    let office = journal();
    const row = (n: number): SheetCell[] => [
      text(`2025-${n}`),
      text("=Lys"),
      money(1_300),
      date("2025-03-16"),
      text("émis"),
    ];
    await createOfficeWorkbook(office.run).appendTableRows("Journal", [row(2), row(3)]);
    expect(office.requests.filter((request) => request.kind === "write")).toHaveLength(1);
    expect(office.tableValues("Journal").slice(2)).toEqual([
      ["2025-2", "=Lys", 13, 45732, "émis"],
      ["2025-3", "=Lys", 13, 45732, "émis"],
    ]);
    expect(office.sheet("Journal des appels")?.numberFormats[4]?.slice(1)).toEqual([
      "General",
      "General",
      EURO,
      DATE,
      "General",
    ]);

    office = journal();
    const many = Array.from({ length: 60_000 }, (_, n) => row(n));
    await createOfficeWorkbook(office.run).appendTableRows("Journal", many);
    const writes = office.requests.filter((request) => request.kind === "write");
    expect(writes.length).toBeGreaterThan(1);
    expect(largest(office.requests)).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    const values = office.tableValues("Journal");
    expect(values).toHaveLength(60_002);
    expect(values[60_001]?.[0]).toBe("2025-59999");
  }, 60_000);

  it("updateTableCells, deleteSheets and selectTableCell send what Excel needs", async () => {
    const office = journal();
    const workbook = createOfficeWorkbook(office.run);
    await workbook.updateTableCells("Journal", [
      { row: 2, column: 4, cell: text("annulé") },
      { row: 2, column: 2, cell: money(160_000) },
    ]);
    expect(office.tableValues("Journal")[1]).toEqual(["2025-0001", "Hem", 1600, 45731, "annulé"]);
    expect(office.sheet("Journal des appels")?.numberFormats[3]?.[3]).toBe(EURO);
    await workbook.deleteSheets(["appel 2025-0001", "Absente"]);
    expect(office.deleted).toEqual(["Appel 2025-0001"]);
    await workbook.selectTableCell("Journal", 2, 1);
    expect(office.activeSheet).toBe("Journal des appels");
    expect(office.selected).toBe("'Journal des appels'!C4");
    await office.settle();
    expect(largest(office.requests)).toBeLessThan(EXCEL_WEB_LIMIT_BYTES);
  });
});
