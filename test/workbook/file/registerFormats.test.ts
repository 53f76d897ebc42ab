/*
 * Registers from any spreadsheet: the corpus of test/fixtures/registers/ (made by LibreOffice
 * and openpyxl: scripts/fixtures/make-register-fixtures.ts) read as the sample register reads,
 * error values in Office.js's form whatever the format, every unreadable file refused with its
 * French message, and the crafted files past the bounds refused before they fill the memory.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as ExcelJS from "exceljs";
import { generateStatements, prepareStatements } from "../../../src/app/statementsWorkflow";
import { accountingCsv } from "../../../src/domain/statements/accountingCsv";
import { statementsForAccounting } from "../../../src/domain/statements/statementsForAccounting";
import { READ_LIMITS } from "../../../src/workbook/file/readBook";
import { readSpreadsheet } from "../../../src/workbook/file/readSpreadsheet";
import {
  isSpreadsheetFileError,
  SpreadsheetFileError,
  type SpreadsheetFileProblem,
} from "../../../src/workbook/file/spreadsheetFileError";
import { openXlsxWorkbook } from "../../../src/workbook/file/xlsxWorkbook";
import {
  deflatedXlsx,
  hugeTextXlsx,
  odsWith,
  tenMillionCellsXlsx,
  xlsxWithRows,
} from "./craftedFiles";
import { storedZip } from "./zipFiles";

const ROOT = resolve(__dirname, "../../..");
const SAMPLE = join(ROOT, "assets/registre-exemple.xlsx");
const FIXTURES = join(ROOT, "test/fixtures/registers");
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

/** The year and date of issue the sample register generates for. */
const YEAR = 2025;
const ISSUE_DATE = "2025-10-01";

/** What a register gives: the tables read, the statements and the accounting CSV. */
async function statementsOf(bytes: Uint8Array) {
  const workbook = await openXlsxWorkbook(bytes);
  const tables = await workbook.readTables();
  const run = await prepareStatements(workbook, YEAR, ISSUE_DATE);
  const statements = run.numbering?.statements ?? [];
  const csv =
    run.settings === null
      ? null
      : accountingCsv(statementsForAccounting(statements, "new"), run.settings);
  return {
    workbook,
    run,
    tables,
    problems: run.problems,
    statements: statements.map((s) => [
      s.number,
      s.draft.member.name,
      s.draft.contribution.totalCents,
    ]),
    csv,
  };
}

/** Why a file is refused, and the message naming it. */
async function refusal(bytes: Uint8Array, name = "registre.xlsx") {
  try {
    await openXlsxWorkbook(bytes);
  } catch (error) {
    if (!isSpreadsheetFileError(error)) throw error;
    return { problem: error.problem, message: error.messageFor(name) };
  }
  throw new Error("the file was read");
}

describe("registers written by LibreOffice Calc and openpyxl read as the sample does", () => {
  let sample: Awaited<ReturnType<typeof statementsOf>>;

  beforeAll(async () => {
    sample = await statementsOf(readFileSync(SAMPLE));
  });

  test("the sample register gives statements to compare with", () => {
    expect(sample.statements.length).toBeGreaterThan(0);
    expect(sample.csv).not.toBeNull();
  });

  test.each(["libreoffice.xlsx", "libreoffice.ods", "openpyxl.xlsx"])(
    "%s: same tables, same problems, same statements, same CSV",
    async (name) => {
      const read = await statementsOf(fixture(name));
      expect(read.tables).toEqual(sample.tables);
      expect(read.problems).toEqual(sample.problems);
      expect(read.statements).toEqual(sample.statements);
      expect(read.csv).toEqual(sample.csv);
    }
  );

  test.each(["libreoffice.xlsx", "libreoffice.ods", "openpyxl.xlsx"])(
    "%s: the statements workbook is written whatever styles the file had, and reads back",
    async (name) => {
      const { workbook, run } = await statementsOf(fixture(name));
      await generateStatements(workbook, run);
      const bytes = await workbook.toXlsx();
      const excel = new ExcelJS.Workbook();
      await excel.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
      const again = await openXlsxWorkbook(bytes);
      const journal = (await again.readTables()).find((table) => table.name.includes("Journal"));
      expect(journal?.values.length).toBe(sample.statements.length + 1);
    }
  );

  test("last year's statements workbook re-saved by LibreOffice: next year's run reads its journal", async () => {
    const workbook = await openXlsxWorkbook(fixture("appels-2025-libreoffice.xlsx"));
    const again = await prepareStatements(workbook, YEAR, ISSUE_DATE);
    // The same register and journal: the numbers are those issued, none new.
    expect(
      again.numbering?.statements.map((s) => [
        s.number,
        s.draft.member.name,
        s.draft.contribution.totalCents,
      ])
    ).toEqual(sample.statements);
    expect(again.numbering?.changes.added).toEqual([]);
    await generateStatements(workbook, again, { replace: new Set(again.existingSheets) });
    expect((await workbook.toXlsx()).length).toBeGreaterThan(0);
  });
});

describe("error values reach the domain as Office.js gives them: the text « #REF! »", () => {
  const OPENPYXL_ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];

  test.each(["erreurs-openpyxl.xlsx", "erreurs-libreoffice.xlsx", "erreurs-libreoffice.ods"])(
    "%s",
    async (name) => {
      const [table] = await (await openXlsxWorkbook(fixture(name))).readTables();
      expect(table?.values.slice(1).map((row) => row[1])).toEqual(OPENPYXL_ERRORS);
      // Beside them, text that only looks like an error stays that text.
      expect(table?.values.slice(1).map((row) => row[0])).toEqual(
        OPENPYXL_ERRORS.map((code) => `texte ${code}`)
      );
    }
  );

  test("every Excel error value of an .xlsx, the newer ones too, as a cell and as a formula result", async () => {
    const errors = [
      "#REF!",
      "#N/A",
      "#VALUE!",
      "#DIV/0!",
      "#NAME?",
      "#NUM!",
      "#NULL!",
      "#SPILL!",
      "#CALC!",
      "#GETTING_DATA",
    ];
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Nom</t></is></c><c r="B1" t="inlineStr"><is><t>Élèves</t></is></c></row>' +
      errors
        .map(
          (code, index) =>
            `<row r="${index + 2}"><c r="A${index + 2}" t="e"><v>${code}</v></c>` +
            `<c r="B${index + 2}" t="e"><f>1/0</f><v>${code}</v></c></row>`
        )
        .join("");
    const [table] = await (await openXlsxWorkbook(xlsxWithRows(rows))).readTables();
    expect(table?.values.slice(1)).toEqual(errors.map((code) => [code, code]));
  });

  test("an .ods error: Excel's name as is, LibreOffice's own (Err:502) as #VALUE!", async () => {
    const cell = (text: string) =>
      `<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>${text}</text:p></table:table-cell>`;
    const ods = odsWith(
      '<table:table table:name="Membres">' +
        '<table:table-row><table:table-cell office:value-type="string"><text:p>Nom</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="string"><text:p>Élèves</text:p></table:table-cell></table:table-row>' +
        `<table:table-row>${cell("#N/A")}${cell("Err:502")}</table:table-row>` +
        "</table:table>"
    );
    const [table] = await (await openXlsxWorkbook(ods)).readTables();
    expect(table?.values).toEqual([
      ["Nom", "Élèves"],
      ["#N/A", "#VALUE!"],
    ]);
  });
});

describe("an .xlsx reads as Office.js gives values, and its formulas are carried over", () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  /** A workbook of one sheet « Feuille » with a table « Donnees » over `ref`, and cell styles. */
  const workbook = (rows: string, ref: string, date1904 = false) =>
    storedZip({
      "_rels/.rels": `<Relationships><Relationship Id="r" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
      "xl/workbook.xml":
        `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:workbookPr date1904="${date1904 ? 1 : 0}"/>` +
        '<x:sheets><x:sheet name="Feuille" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>',
      "xl/_rels/workbook.xml.rels":
        `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      "xl/styles.xml":
        `<styleSheet xmlns="${MAIN}"><numFmts><numFmt numFmtId="164" formatCode="0.00 &quot;€&quot;"/></numFmts>` +
        '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>',
      "xl/worksheets/sheet1.xml":
        `<x:worksheet xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheetData>${rows}</x:sheetData>` +
        '<x:tableParts><x:tablePart r:id="t1"/></x:tableParts></x:worksheet>',
      "xl/worksheets/_rels/sheet1.xml.rels": `<Relationships><Relationship Id="t1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`,
      "xl/tables/table1.xml": `<table xmlns="${MAIN}" id="1" name="Table1" displayName="Donnees" ref="${ref}"><tableColumns><tableColumn name="Date"/><tableColumn name="Double"/></tableColumns></table>`,
    });
  const inline = (ref: string, text: string) =>
    `<x:c r="${ref}" t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`;

  test("prefixed parts, dates of the 1904 system as 1900 serials, shared formulas and their results", async () => {
    const rows =
      `<x:row r="1">${inline("A1", "Date")}${inline("B1", "Double")}</x:row>` +
      '<x:row r="2"><x:c r="A2" s="1"><x:v>44210</x:v></x:c><x:c r="B2" s="2"><x:f t="shared" ref="B2:B3" si="0">A2*2</x:f><x:v>88420</x:v></x:c></x:row>' +
      '<x:row r="3"><x:c r="A3" s="1"><x:v>1</x:v></x:c><x:c r="B3" s="2"><x:f t="shared" si="0"/><x:v>2</x:v></x:c></x:row>';
    const read = await openXlsxWorkbook(workbook(rows, "A1:B3", true));
    expect(await read.readTables()).toEqual([
      {
        name: "Donnees",
        sheet: "Feuille",
        address: "Feuille!A1:B3",
        values: [
          ["Date", "Double"],
          [44210 + 1462, 88420],
          [1 + 1462, 2],
        ],
      },
    ]);
    const written = new ExcelJS.Workbook();
    await written.xlsx.load(Buffer.from(await read.toXlsx()) as unknown as ExcelJS.Buffer);
    const sheet = written.getWorksheet("Feuille");
    expect(sheet?.getCell("B2").formula).toBe("A2*2");
    expect(sheet?.getCell("B3").formula).toBe("A3*2");
    expect(sheet?.getCell("B2").numFmt).toBe('0.00 "€"');
    expect(sheet?.getCell("A2").numFmt).toBe("mm-dd-yy");
  });
});

describe("an .ods reads as Office.js gives values", () => {
  test("dates as serials, times as fractions, booleans, percentages, repeated cells, spaces", async () => {
    const ods = odsWith(
      '<table:table table:name="Feuille">' +
        '<table:table-row><table:table-cell office:value-type="string"><text:p>Date</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="string"><text:p>Heure</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="string"><text:p>Actif</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="string"><text:p>Taux</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="string"><text:p>Note</text:p></table:table-cell></table:table-row>' +
        '<table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="date" office:date-value="2025-01-15"><text:p>15/01/2025</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="time" office:time-value="PT12H00M00S"><text:p>12:00</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>VRAI</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="percentage" office:value="0.2"><text:p>20 %</text:p></table:table-cell>' +
        '<table:table-cell office:value-type="string"><text:p>a<text:s text:c="2"/>b</text:p><office:annotation><text:p>commentaire</text:p></office:annotation></table:table-cell>' +
        '<table:table-cell table:number-columns-repeated="16379"/></table:table-row>' +
        '<table:table-row table:number-rows-repeated="1048573"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>' +
        "</table:table>",
      '<table:database-range table:name="Donnees" table:target-range-address="Feuille.A1:Feuille.E3"/>'
    );
    const tables = await (await openXlsxWorkbook(ods)).readTables();
    expect(tables).toEqual([
      {
        name: "Donnees",
        sheet: "Feuille",
        address: "Feuille!A1:E3",
        values: [
          ["Date", "Heure", "Actif", "Taux", "Note"],
          [45672, 0.5, true, 0.2, "a  b"],
          [45672, 0.5, true, 0.2, "a  b"],
        ],
      },
    ]);
  });
});

describe("files that are not registers: refused with a French message naming the file", () => {
  test.each<[string, SpreadsheetFileProblem, string]>([
    ["ancien-libreoffice.xls", "old-xls", "est un classeur Excel 97-2003 (.xls)"],
    ["protege-libreoffice.xls", "old-xls", "est un classeur Excel 97-2003 (.xls)"],
    ["protege-libreoffice.ods", "password", "est protégé par un mot de passe"],
    ["tronque.xlsx", "damaged", "est endommagé"],
  ])("%s (made by LibreOffice): %s", async (name, problem, words) => {
    const refused = await refusal(fixture(name), name);
    expect(refused.problem).toBe(problem);
    expect(refused.message).toContain(`Le fichier « ${name} » ${words}`);
  });

  const pdf = new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
  const docx = storedZip({
    "[Content_Types].xml": "<Types/>",
    "word/document.xml": "<w:document/>",
  });
  const xlsb = storedZip({
    "_rels/.rels":
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
    "xl/workbook.bin": "\u0083\u0001",
  });
  /** An Office file encrypted with a password is a compound file with these streams (synthetic). */
  const encrypted = new Uint8Array(1024);
  encrypted.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  "EncryptionInfo".split("").forEach((char, index) => {
    encrypted[512 + index * 2] = char.charCodeAt(0);
  });

  test.each<[string, SpreadsheetFileProblem, string, Uint8Array]>([
    [
      "registre.csv",
      "not-spreadsheet",
      "n'est pas un classeur (fichier texte, CSV par exemple)",
      new TextEncoder().encode("Nom;Élèves\nHem;1209\n"),
    ],
    ["vide.xlsx", "not-spreadsheet", "n'est pas un classeur (fichier vide)", new Uint8Array(0)],
    ["registre.pdf", "not-spreadsheet", "n'est pas un classeur (document PDF)", pdf],
    ["registre.docx", "not-spreadsheet", "n'est pas un classeur (document Word)", docx],
    ["registre.xlsb", "xlsb", "est un classeur binaire Excel (.xlsb)", xlsb],
    ["chiffre.xlsx", "password", "est protégé par un mot de passe", encrypted],
    [
      "casse.xlsx",
      "damaged",
      "est endommagé et ne se lit pas comme un classeur (XML illisible dans xl/workbook.xml)",
      storedZip({ "xl/workbook.xml": "<workbook><sheets><sheet" }),
    ],
  ])("%s: %s", async (name, problem, words, bytes) => {
    const refused = await refusal(bytes, name);
    expect(refused.problem).toBe(problem);
    expect(refused.message).toContain(`Le fichier « ${name} » ${words}`);
    // What to do is said, in French, and no library's English text.
    expect(refused.message).toMatch(/(enregistrez|copie|vérifiez)/);
    expect(refused.message).not.toMatch(/Cannot|undefined|null|zip file|JSZip/);
  });
});

describe("files read within bounds (READ_LIMITS)", () => {
  test("a 300 KB zip holding one 300 MB text is refused before it is inflated", async () => {
    const bytes = hugeTextXlsx();
    expect(bytes.length).toBeLessThan(400_000);
    const refused = await refusal(bytes);
    expect(refused.problem).toBe("too-large");
    expect(refused.message).toContain("dépasse la taille d'un registre que le complément accepte");
  });

  test("the same file declaring a small size is stopped as soon as it inflates past it", async () => {
    await expect(readSpreadsheet(hugeTextXlsx(1000))).rejects.toThrow(
      expect.objectContaining({
        problem: "damaged",
        detail: "entrée xl/sharedStrings.xml plus longue que sa taille déclarée",
      })
    );
  });

  test("declaring no size (zip64's 0xFFFFFFFF), it is stopped while it inflates, at the budget", async () => {
    await expect(readSpreadsheet(hugeTextXlsx(0xffffffff))).rejects.toThrow(
      expect.objectContaining({ problem: "too-large", detail: "taille décompressée" })
    );
  });

  test("ten million cells in about 20 MB are refused", async () => {
    const bytes = tenMillionCellsXlsx();
    expect(bytes.length).toBeGreaterThan(10_000_000);
    const refused = await refusal(bytes);
    expect(refused.problem).toBe("too-large");
  });

  test("one cell more than the bounds is refused before the sheet is parsed", async () => {
    const row = `<row>${"<c><v>1</v></c>".repeat(1000)}</row>`;
    const rows = Array.from({ length: 1000 }, () => row);
    rows.push("<row><c><v>1</v></c></row>");
    await expect(
      readSpreadsheet(
        deflatedXlsx([`<worksheet><sheetData>`, ...rows, "</sheetData></worksheet>"], ["<sst/>"])
      )
    ).rejects.toThrow(
      expect.objectContaining({
        problem: "too-large",
        detail: "plus de 1\u202f000\u202f000 cellules remplies",
      })
    );
  });

  test("an .ods row repeated a million times over 16 384 filled cells is refused at once", async () => {
    const ods = odsWith(
      '<table:table table:name="Membres"><table:table-row table:number-rows-repeated="1048576">' +
        '<table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="16384"/>' +
        "</table:table-row></table:table>"
    );
    await expect(readSpreadsheet(ods)).rejects.toThrow(
      expect.objectContaining({ problem: "too-large" })
    );
  });

  test("a text longer than Excel's 32 767 characters is refused, with where it is", async () => {
    const long = "a".repeat(READ_LIMITS.textLength + 1);
    const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row>`;
    await expect(readSpreadsheet(xlsxWithRows(rows))).rejects.toThrow(
      expect.objectContaining({
        problem: "too-large",
        detail:
          "un texte de 32\u202f768 caractères (feuille Membres, cellule A1), au plus 32\u202f767",
      })
    );
    await expect(readSpreadsheet(xlsxWithRows("", [long]))).rejects.toThrow(SpreadsheetFileError);
  });

  test("a register of the bounds' order is read: 50 000 cells in the deflated zip", async () => {
    const header = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>';
    const members = Array.from(
      { length: 25_000 },
      (_, index) =>
        `<row r="${index + 2}"><c r="A${index + 2}" t="s"><v>2</v></c><c r="B${index + 2}"><v>${index}</v></c></row>`
    ).join("");
    const book = await readSpreadsheet(
      deflatedXlsx(
        [`<worksheet><sheetData>${header}${members}</sheetData></worksheet>`],
        ["<sst><si><t>Nom</t></si><si><t>Élèves</t></si><si><t>Hem</t></si></sst>"]
      )
    );
    expect(book.sheets[0]?.rows.size).toBe(25_001);
    expect(book.sheets[0]?.rows.get(25_001)?.get(2)?.value).toBe(24_999);
  });
});
