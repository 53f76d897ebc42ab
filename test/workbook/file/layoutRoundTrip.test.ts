import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as ExcelJS from "exceljs";
import {
  JOURNAL_TABLE_NAME,
  journalRows,
  journalSheet,
} from "../../../src/domain/statements/journalSheet";
import { statementSheet } from "../../../src/domain/statements/statementSheet";
import { summarySheet } from "../../../src/domain/statements/summarySheet";
import { readSpreadsheet } from "../../../src/workbook/file/readSpreadsheet";
import { createXlsxWorkbook, openXlsxWorkbook } from "../../../src/workbook/file/xlsxWorkbook";
import { LONG_SETTINGS, longGenerations } from "../../documents/longStatements";
import { HAS_SOFFICE } from "../../print/soffice";
import { readZip, storedZip } from "./zipFiles";

// Issue: a second generation on the statements workbook (the pane's file mode, `npm run
// statements -- --in appels-2025.xlsx`) reads the file and writes it again. The sheets the first
// generation wrote must keep what makes them print whole: bold, wrapping, row heights, page setup
// and print area. Here the project's own writer makes the file; ExcelJS, another reader, says
// what each file holds.

/** The statements workbook of a first generation: two statements, the summary, the journal. */
async function firstGeneration(): Promise<Uint8Array> {
  const { first } = longGenerations();
  const book = await createXlsxWorkbook();
  await book.writeSheets([
    ...first.statements.slice(0, 2).map((statement) => statementSheet(statement, LONG_SETTINGS)),
    summarySheet(first.statements, 2025),
    journalSheet(first.journal),
  ]);
  return book.toXlsx();
}

/** An .xlsx file as ExcelJS reads it. */
async function excelOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** What prints a sheet as written: bold and wrapped cells, row heights, page setup. */
interface PrintLayout {
  bold: string[];
  wrapped: string[];
  top: string[];
  heights: Record<number, number>;
  page: Record<string, unknown>;
}

function printLayout(worksheet: ExcelJS.Worksheet): PrintLayout {
  const layout: PrintLayout = { bold: [], wrapped: [], top: [], heights: {}, page: {} };
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (row.height !== undefined && row.height > 0) layout.heights[number] = row.height;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.value === null) return;
      if (cell.font?.bold) layout.bold.push(cell.address);
      if (cell.alignment?.wrapText) layout.wrapped.push(cell.address);
      if (cell.alignment?.vertical === "top") layout.top.push(cell.address);
    });
  });
  const { orientation, paperSize, fitToPage, fitToWidth, fitToHeight, printArea, margins } =
    worksheet.pageSetup;
  layout.page = { orientation, paperSize, fitToPage, fitToWidth, fitToHeight, printArea, margins };
  return layout;
}

/** The layout of every sheet of a file, by sheet name. */
async function layoutsOf(bytes: Uint8Array): Promise<Record<string, PrintLayout>> {
  const workbook = await excelOf(bytes);
  return Object.fromEntries(workbook.worksheets.map((sheet) => [sheet.name, printLayout(sheet)]));
}

describe("the statements workbook read and written again", () => {
  test("every sheet keeps its bold, wrapping, row heights, page setup and print area", async () => {
    const written = await firstGeneration();
    const before = await layoutsOf(written);
    // What is compared is there to lose: bold titles, wrapped blocks grown over several lines,
    // both orientations, fitted one page wide, print areas.
    const statement = before["Appel 2025-0001"];
    const journal = before["Journal des appels"];
    expect(statement?.bold.length).toBeGreaterThan(3);
    expect(statement?.wrapped.length).toBeGreaterThan(3);
    expect(Math.max(...Object.values(statement?.heights ?? {}))).toBeGreaterThan(15);
    expect(statement?.page).toMatchObject({
      orientation: "portrait",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(journal?.page).toMatchObject({ orientation: "landscape", printArea: "A1:H5" });

    const again = await openXlsxWorkbook(written);
    const rewritten = await again.toXlsx();
    expect(await layoutsOf(rewritten)).toEqual(before);
    expect(readZip(rewritten).get("xl/workbook.xml")).toContain(
      "&apos;Appel 2025-0001&apos;!$A$1:$E$52"
    );
  });

  test("rows appended to the journal of a file opened again wrap, grow and print", async () => {
    const { first, second } = longGenerations();
    const again = await openXlsxWorkbook(await firstGeneration());
    await again.appendTableRows(JOURNAL_TABLE_NAME, journalRows(second.added));
    const journal = (await excelOf(await again.toXlsx())).getWorksheet("Journal des appels");
    if (!journal) throw new Error("pas de journal");
    const last = first.journal.length + second.added.length + 1;
    const appended = journal.getRow(last);
    // The member's long name wraps in its column (the column's style, read from the file) and
    // its row grows to hold it.
    expect(appended.getCell(3).value).toBe(second.added.at(-1)?.member);
    expect(appended.getCell(3).alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(appended.height).toBeGreaterThan(15);
    expect(journal.pageSetup.printArea).toBe(`A1:H${last}`);
  });
});

/** A workbook opened and saved again as .xlsx by LibreOffice (headless, a profile of its own). */
function savedByLibreOffice(xlsx: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "layout-libreoffice-"));
  try {
    writeFileSync(join(dir, "appels.xlsx"), xlsx);
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
        "--headless",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        join(dir, "out"),
        join(dir, "appels.xlsx"),
      ],
      { encoding: "utf8", timeout: 120_000 }
    );
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
    return new Uint8Array(readFileSync(join(dir, "out", "appels.xlsx")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the statements workbook saved by LibreOffice, read and written again", () => {
  // LibreOffice writes bold as `<b val="true"/>`, every row with a height (customHeight="true"
  // only for the grown ones), its own margins and every cell style's alignment in full.
  (HAS_SOFFICE ? test : test.skip)(
    "keeps the bold, wrapping, row heights, orientation, fit to width and print areas",
    async () => {
      const written = await firstGeneration();
      const before = await layoutsOf(written);
      const rewritten = await (await openXlsxWorkbook(savedByLibreOffice(written))).toXlsx();
      const after = await layoutsOf(rewritten);
      const withoutMargins = (layouts: Record<string, PrintLayout>) =>
        Object.fromEntries(
          Object.entries(layouts).map(([name, { page, ...cells }]) => {
            const { margins: _margins, ...setup } = page;
            return [name, { ...cells, page: setup }];
          })
        );
      expect(withoutMargins(after)).toEqual(withoutMargins(before));
      expect(after["Appel 2025-0001"]?.page.margins).toMatchObject({ left: 0.7, top: 0.75 });
    },
    180_000
  );
});

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** An .xlsx file of two sheets (« Lettre », « Autre ») with the given styles and XML. */
function styledXlsx(parts: { styles: string; sheet: string; definedNames?: string }): Uint8Array {
  return storedZip({
    "[Content_Types].xml":
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="xml" ContentType="application/xml"/></Types>',
    "_rels/.rels":
      `<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" ` +
      `Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      '<sheet name="Autre" sheetId="1" r:id="rId3"/>' +
      '<sheet name="Lettre" sheetId="2" r:id="rId1"/></sheets>' +
      `<definedNames>${parts.definedNames ?? ""}</definedNames></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<Relationships xmlns="${PACKAGE_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>` +
      "</Relationships>",
    "xl/styles.xml": `<styleSheet xmlns="${MAIN}">${parts.styles}</styleSheet>`,
    "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN}">${parts.sheet}</worksheet>`,
    "xl/worksheets/sheet2.xml": `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`,
  });
}

/** Styles as LibreOffice writes them: bold as `val="true"`, a font bold then un-bolded. */
const STYLES =
  '<fonts count="3"><font><sz val="11"/></font><font><b val="true"/></font><font><b val="0"/></font></fonts>' +
  '<cellXfs count="5"><xf fontId="0"/><xf fontId="1" applyFont="true"/>' +
  '<xf fontId="2"><alignment wrapText="false" vertical="center"/></xf>' +
  '<xf fontId="0" numFmtId="4"><alignment wrapText="1" vertical="top"/></xf>' +
  '<xf fontId="1"><alignment vertical="toString"/></xf></cellXfs>';

describe("readSpreadsheet: the layout of an .xlsx file", () => {
  test("bold and alignment by cell style, row heights set by hand, column styles", async () => {
    const book = await readSpreadsheet(
      styledXlsx({
        styles: STYLES,
        sheet:
          '<cols><col min="2" max="3" width="20" style="3"/></cols><sheetData>' +
          '<row r="1" ht="30" customHeight="1"><c r="A1" s="1" t="inlineStr"><is><t>Titre</t></is></c>' +
          '<c r="B1" s="2"><v>1</v></c><c r="C1" s="3"><v>2</v></c><c r="D1" s="4"><v>3</v></c>' +
          '<c r="E1" s="3"/></row>' +
          '<row r="2" ht="40"><c r="A2"><v>4</v></c></row>' +
          '<row r="3" ht="50" customHeight="1"/></sheetData>',
      })
    );
    const sheet = book.sheets.find((candidate) => candidate.name === "Lettre");
    const cells = sheet?.rows.get(1);
    expect(cells?.get(1)?.layout).toEqual({ bold: true });
    expect(cells?.get(2)?.layout).toEqual({ vertical: "middle" });
    expect(cells?.get(3)?.layout).toEqual({ wrapText: true, vertical: "top" });
    expect(cells?.get(3)?.numFmt).toBe("#,##0.00");
    // An unknown vertical alignment is none, whatever its name.
    expect(cells?.get(4)?.layout).toEqual({ bold: true });
    // A cell with nothing to print but its number format is kept, with its layout.
    expect(cells?.get(5)?.layout).toEqual({ wrapText: true, vertical: "top" });
    expect(sheet?.rows.get(2)?.get(1)?.layout).toBeUndefined();
    // Only heights set by hand, and only of rows holding cells.
    expect(sheet?.rowHeights).toEqual(new Map([[1, 30]]));
    expect(sheet?.columnLayouts).toEqual(
      new Map([
        [2, { wrapText: true, vertical: "top" }],
        [3, { wrapText: true, vertical: "top" }],
      ])
    );
  });

  test("page setup of the sheet, not of its custom views; print area by sheet index", async () => {
    const book = await readSpreadsheet(
      styledXlsx({
        styles: STYLES,
        sheet:
          '<sheetPr><pageSetUpPr fitToPage="true"/></sheetPr><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
          '<customSheetViews><customSheetView guid="{X}"><pageMargins left="9" right="9" top="9" bottom="9" header="9" footer="9"/>' +
          '<pageSetup orientation="portrait" paperSize="1"/></customSheetView></customSheetViews>' +
          '<pageMargins left="0.5" right="0.5" top="1" bottom="1" header="0.3" footer="0.3"/>' +
          '<pageSetup paperSize="9" orientation="landscape" fitToHeight="0"/>',
        definedNames:
          '<definedName name="_xlnm.Print_Area" localSheetId="0">Autre!#REF!</definedName>' +
          '<definedName name="_xlnm.Print_Area" localSheetId="1">\'Lettre\'!$A$1:$E$52,Lettre!$G$2</definedName>',
      })
    );
    const [other, letter] = book.sheets;
    expect(other?.name).toBe("Autre");
    expect(other?.printArea).toBeUndefined();
    expect(other?.pageSetup).toBeUndefined();
    expect(letter?.printArea).toEqual(["A1:E52", "G2:G2"]);
    expect(letter?.pageSetup).toEqual({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 1, bottom: 1, header: 0.3, footer: 0.3 },
    });

    const written = await (
      await openXlsxWorkbook(
        styledXlsx({
          styles: STYLES,
          sheet: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>',
          definedNames:
            '<definedName name="_xlnm.Print_Area" localSheetId="1">\'Lettre\'!$A$1:$E$52,Lettre!$G$2</definedName>',
        })
      )
    ).toXlsx();
    expect(readZip(written).get("xl/workbook.xml")).toContain("&apos;Lettre&apos;!$G$2:$G$2");
  });
});
