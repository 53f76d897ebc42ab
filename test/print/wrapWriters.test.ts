import ExcelJS from "exceljs";
import fc from "fast-check";
import { wrappedLineCount } from "../../src/domain/sheets/fitCellText";
import { EMPTY, money, text, type SheetSpec } from "../../src/domain/sheets/SheetSpec";
import { JOURNAL_TABLE_NAME, journalSheet } from "../../src/domain/statements/journalSheet";
import { statementSheet } from "../../src/domain/statements/statementSheet";
import { createXlsxWorkbook } from "../../src/workbook/file/xlsxWorkbook";
import {
  applyWrite,
  createOfficeWorkbook,
  REQUEST_LIMIT_BYTES,
} from "../../src/workbook/office/officeWorkbook";
import {
  areaAddress,
  OPERATION_BYTES,
  sheetWrites,
  writeBytes,
} from "../../src/workbook/office/sheetWrites";
import {
  LONG_COMPONENT,
  LONG_NAMES,
  LONG_SETTINGS,
  longGenerations,
} from "../documents/longStatements";
import { createOfficeJsRuntime } from "../office/officeJsRuntime";

// SheetSpec.wrap, honoured by both writers: the .xlsx file (ExcelJS) and Office.js, the latter
// over Microsoft's runtime (test/office/officeJsRuntime.ts).

const LONG = LONG_NAMES.capitals;

const spec: SheetSpec = {
  name: "Retour",
  rows: [
    [text("Titre", true)],
    [text("Nom", true), text("Montant", true)],
    [text(LONG), money(100)],
    [text("Court"), money(200)],
    [text(LONG)],
  ],
  columnWidths: [30, 14],
  print: { orientation: "landscape" },
  wrap: [{ top: 1, left: 0, bottom: 3, right: 1 }],
};

async function reread(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe("the .xlsx writer wraps the blocks SheetSpec.wrap gives", () => {
  test("wraps and top-aligns the block only, and gives its rows the height of their lines", async () => {
    const book = await createXlsxWorkbook();
    await book.writeSheets([spec]);
    const sheet = (await reread(await book.toXlsx())).getWorksheet("Retour");
    if (!sheet) throw new Error("no sheet");
    expect(sheet.getCell("A3").alignment).toEqual({ wrapText: true, vertical: "top" });
    expect(sheet.getCell("B3").alignment).toEqual({ wrapText: true, vertical: "top" });
    expect(sheet.getCell("A2").font?.bold).toBe(true);
    // Outside the block nothing wraps, even a cell of the same style as one inside.
    expect(sheet.getCell("A5").alignment?.wrapText).toBeUndefined();
    expect(sheet.getCell("A1").alignment?.wrapText).toBeUndefined();
    // 120 capitals in 30 columns: 15 points a line, as wrappedLineCount counts them (Excel
    // needs 5); the short row keeps its height.
    expect(sheet.getRow(3).height).toBe(15 * wrappedLineCount(LONG, 30));
    expect(sheet.getRow(3).height).toBeGreaterThanOrEqual(75);
    expect(sheet.getRow(4).height).toBeUndefined();
    expect(sheet.getRow(5).height).toBeUndefined();
  });

  test("a block without a bottom wraps its whole columns: the journal's appended rows too", async () => {
    const { first, second } = longGenerations();
    const book = await createXlsxWorkbook();
    await book.writeSheets([journalSheet(first.journal)]);
    const rows = first.journal.length + 1;
    await book.appendTableRows(JOURNAL_TABLE_NAME, journalSheet(second.added).rows.slice(1));
    const sheet = (await reread(await book.toXlsx())).getWorksheet("Journal des appels");
    if (!sheet) throw new Error("no sheet");
    const appended = rows + 1;
    expect(sheet.getCell(appended, 3).value).toBe(second.added[0]?.member);
    expect(sheet.getCell(appended, 3).alignment).toEqual({ wrapText: true, vertical: "top" });
    expect(sheet.getColumn(3).alignment).toEqual({ wrapText: true, vertical: "top" });
    expect(sheet.getRow(2).height).toBeGreaterThan(15);
    expect(sheet.getRow(appended).height).toBeGreaterThan(15);
    // The print area grew with the table, so that the appended rows print.
    expect(sheet.pageSetup.printArea?.replace(/\$/g, "")).toBe(`A1:H${rows + second.added.length}`);
  });
});

describe("the Office.js writer wraps the same blocks, on Microsoft's runtime", () => {
  test("a statement's lines and the journal's whole columns, wrapped and top-aligned", async () => {
    const { first } = longGenerations();
    const statement = statementSheet(first.statements[0]!, LONG_SETTINGS);
    const journal = journalSheet(first.journal);
    const office = createOfficeJsRuntime();
    await createOfficeWorkbook(office.run).writeSheets([statement, journal]);
    const lines = statement.wrap?.[0];
    if (!lines) throw new Error("no wrap");
    const address = areaAddress(lines);
    expect(statement.rows[lines.top]?.[0]).toMatchObject({ value: "Composante" });
    expect(statement.rows[lines.top + 1]?.[0]).toMatchObject({ value: LONG_COMPONENT });
    expect(office.sheet(statement.name)?.wrapText).toEqual([{ address, value: true }]);
    expect(office.sheet(statement.name)?.verticalAlignment).toEqual([{ address, value: "Top" }]);
    expect(office.sheet(journal.name)?.wrapText).toEqual([{ address: "A:H", value: true }]);
    // The wrap comes after the values, in the sheet's last write.
    const properties = office.writes
      .filter((write) => write.target.startsWith(`'${statement.name}'`))
      .map((write) => write.property);
    expect(properties.indexOf("WrapText")).toBeGreaterThan(properties.indexOf("Values"));
  });

  test("areaAddress: a block, whole columns, columns from a row down", () => {
    expect(areaAddress({ top: 21, left: 0, bottom: 24, right: 4 })).toBe("A22:E25");
    expect(areaAddress({ top: 0, left: 0, right: 7 })).toBe("A:H");
    expect(areaAddress({ top: 6, left: 1, right: 2 })).toBe("B7:C1048576");
    expect(areaAddress({ top: 3, left: 2, bottom: 3, right: 2 })).toBe("C4");
  });

  test("writeBytes stays an upper bound of a write with wrapped blocks, as sent", async () => {
    const area = fc
      .record({
        top: fc.integer({ min: 0, max: 30 }),
        left: fc.integer({ min: 0, max: 40 }),
        rows: fc.integer({ min: 0, max: 30 }),
        columns: fc.integer({ min: 0, max: 5 }),
        open: fc.boolean(),
      })
      .map(({ top, left, rows, columns, open }) => ({
        top,
        left,
        right: left + columns,
        ...(open ? {} : { bottom: top + rows }),
      }));
    await fc.assert(
      fc.asyncProperty(fc.array(area, { minLength: 1, maxLength: 40 }), async (wrap) => {
        const sheet: SheetSpec = {
          name: "Feuille à l'été",
          rows: [[text("a"), EMPTY, money(1)], [text(LONG)]],
          columnWidths: [20],
          print: { orientation: "portrait" },
          wrap,
        };
        const office = createOfficeJsRuntime({ sheets: ["Membres"] }, { firstId: 1_000_000 });
        const [write] = sheetWrites(sheet, false, REQUEST_LIMIT_BYTES);
        if (!write) throw new Error("no write");
        await office.run(async (context) => {
          applyWrite(context, write);
          await context.sync();
        });
        const sent = office.requests[0]?.bytes ?? Infinity;
        expect(sent).toBeLessThanOrEqual(OPERATION_BYTES.request + writeBytes(write));
      }),
      { numRuns: 40 }
    );
  });
});
