import { cellReference, parseRange } from "./cellRange";
import {
  customFunctionsAsExcelWrites,
  errorValue,
  isoDateSerial,
  ReadBudget,
  type ReadBook,
  type ReadCell,
  type ReadSheet,
  type ReadTable,
  type ReadValue,
} from "./readBook";
import { SpreadsheetFileError } from "./spreadsheetFileError";
import { localName, scanXml } from "./xmlScanner";
import type { ZipArchive } from "./zipArchive";

/** Number formats Excel does not write in styles.xml, by id (ECMA-376 §18.8.30). */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** Days between the 1900 and the 1904 date systems. */
const DAYS_1904 = 1462;

/** Whether a number format shows a date or time (quoted text and [colours] aside). */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dmyhs]/i.test(bare) && !/^[#0.,%E+\- ?/]*$/.test(bare);
}

/** Excel writes characters XML cannot hold as _xHHHH_. */
function decodeEscapes(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16))
      )
    : text;
}

/** The folder of a part, e.g. "xl/" for "xl/workbook.xml". */
function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** A relationship target as a part name: relative to the source's folder, or from the root. */
function resolveTarget(source: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folderOf(source) + target;
  const parts: string[] = [];
  for (const segment of decodeURI(path).split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

/** The relationships of a part: id to target part and type. */
async function relationships(
  zip: ZipArchive,
  part: string
): Promise<Map<string, { target: string; type: string }>> {
  const found = new Map<string, { target: string; type: string }>();
  const xml = await zip.text(`${folderOf(part)}_rels/${part.slice(folderOf(part).length)}.rels`);
  if (xml === null) return found;
  scanXml(
    xml,
    {
      open(name, attributes) {
        if (localName(name) !== "Relationship" || attributes.TargetMode === "External") return;
        const { Id: id, Target: target, Type: type = "" } = attributes;
        if (id && target) found.set(id, { target: resolveTarget(part, target), type });
      },
      close() {},
      text() {},
    },
    part
  );
  return found;
}

/** The part a relationship type ends with ("/officeDocument", "/worksheet"…), by suffix. */
const ofType = (type: string, suffix: string) => type.endsWith(`/${suffix}`);

/**
 * The workbook part of a package, from its root relationships; null when it has none.
 *
 * @param zip - the package
 * @returns e.g. "xl/workbook.xml", or "xl/workbook.bin" for an .xlsb
 * @example
 * await workbookPart(zip); // "xl/workbook.xml"
 */
export async function workbookPart(zip: ZipArchive): Promise<string | null> {
  for (const { target, type } of (await relationships(zip, "")).values())
    if (ofType(type, "officeDocument") && zip.has(target)) return target;
  if (zip.has("xl/workbook.xml")) return "xl/workbook.xml";
  return zip.has("xl/workbook.bin") ? "xl/workbook.bin" : null;
}

async function readSharedStrings(
  zip: ZipArchive,
  part: string | undefined,
  budget: ReadBudget
): Promise<string[]> {
  const strings: string[] = [];
  const xml = part ? await zip.text(part) : null;
  if (xml === null) return strings;
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let current = "";
  scanXml(
    xml,
    {
      open(name, _attributes, selfClosing) {
        const local = localName(name);
        if (local === "si") {
          inItem = !selfClosing;
          current = "";
          if (selfClosing) strings.push("");
        } else if (local === "rPh" && !selfClosing) phonetic += 1;
        else if (local === "t" && inItem && phonetic === 0 && !selfClosing) inText = true;
      },
      close(name) {
        const local = localName(name);
        if (local === "t") inText = false;
        else if (local === "rPh") phonetic -= 1;
        else if (local === "si") {
          strings.push(budget.text(decodeEscapes(current), "textes partagés"));
          inItem = false;
        }
      },
      text(text) {
        if (inText) current += text;
      },
    },
    part ?? ""
  );
  return strings;
}

/** Number format of each cell style (cellXfs), "" for General. */
async function readStyles(zip: ZipArchive, part: string | undefined): Promise<string[]> {
  const formats: string[] = [];
  const xml = part ? await zip.text(part) : null;
  if (xml === null) return formats;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  scanXml(
    xml,
    {
      open(name, attributes, selfClosing) {
        const local = localName(name);
        if (local === "numFmt" && attributes.numFmtId !== undefined)
          custom.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
        else if (local === "cellXfs") inCellXfs = !selfClosing;
        else if (local === "xf" && inCellXfs) {
          const id = Number(attributes.numFmtId ?? 0);
          formats.push(custom.get(id) ?? BUILT_IN_FORMATS[id] ?? "");
        }
      },
      close(name) {
        if (localName(name) === "cellXfs") inCellXfs = false;
      },
      text() {},
    },
    part ?? ""
  );
  return formats;
}

/** What a cell element holds while it is read. */
interface PendingCell {
  row: number;
  column: number;
  type: string;
  style: number;
  value: string;
  formula: string;
  formulaType: string;
  formulaRef: string;
  sharedIndex: string;
  hasFormula: boolean;
  inline: string;
}

interface SheetContext {
  readonly name: string;
  readonly strings: readonly string[];
  readonly formats: readonly string[];
  readonly date1904: boolean;
  readonly budget: ReadBudget;
}

function cellValue(cell: PendingCell, context: SheetContext, where: () => string): ReadValue {
  const raw = cell.value;
  switch (cell.type) {
    case "s": {
      if (raw.trim() === "") return "";
      return context.strings[Number(raw)] ?? "";
    }
    case "inlineStr":
      return context.budget.text(decodeEscapes(cell.inline), where());
    case "str":
      return context.budget.text(decodeEscapes(raw), where());
    case "b":
      return raw.trim() === "1" || raw.trim().toLowerCase() === "true";
    case "e":
      return raw.trim() === "" ? "" : errorValue(raw);
    case "d":
      return raw.trim() === "" ? "" : (isoDateSerial(raw) ?? context.budget.text(raw, where()));
    default: {
      if (raw.trim() === "") return "";
      const number = Number(raw);
      if (!Number.isFinite(number)) return context.budget.text(raw, where());
      const format = context.formats[cell.style] ?? "";
      return context.date1904 && format !== "" && isDateFormat(format)
        ? number + DAYS_1904
        : number;
    }
  }
}

async function readSheet(
  zip: ZipArchive,
  part: string,
  context: SheetContext
): Promise<{ sheet: ReadSheet; tableParts: string[] }> {
  const bytes = await zip.read(part);
  if (bytes !== null) context.budget.precount(bytes);
  const xml = bytes === null ? null : new TextDecoder().decode(bytes);
  const sheet: ReadSheet = {
    name: context.name,
    rows: new Map(),
    columnWidths: new Map(),
    merges: [],
  };
  const tableIds: string[] = [];
  if (xml === null) return { sheet, tableParts: [] };
  const sharedMasters = new Map<string, string>();
  let row = 0;
  let column = 0;
  let cell: PendingCell | null = null;
  /** The element whose text is being collected: v, f, or t of an inline string. */
  let collecting: "v" | "f" | "t" | null = null;
  let phonetic = 0;

  const finishCell = (pending: PendingCell) => {
    const where = () =>
      `feuille ${context.name}, cellule ${cellReference(pending.row, pending.column)}`;
    const value = cellValue(pending, context, where);
    let read: ReadCell | null = null;
    const numFmt = context.formats[pending.style] || undefined;
    if (pending.hasFormula) {
      const address = cellReference(pending.row, pending.column);
      const formula = customFunctionsAsExcelWrites(decodeEscapes(pending.formula));
      if (pending.formulaType === "shared" && formula !== "") {
        sharedMasters.set(pending.sharedIndex, address);
        read = pending.formulaRef
          ? { value, formula, shareType: "shared", formulaRef: pending.formulaRef, numFmt }
          : { value, formula, numFmt };
      } else if (pending.formulaType === "shared") {
        const master = sharedMasters.get(pending.sharedIndex);
        read = master ? { value, sharedFormula: master, numFmt } : { value, numFmt };
      } else if (pending.formulaType === "array" && formula !== "")
        read = { value, formula, shareType: "array", formulaRef: pending.formulaRef, numFmt };
      else if (formula !== "" && pending.formulaType !== "dataTable")
        read = { value, formula, numFmt };
    }
    if (read === null) {
      if (value === "" && numFmt === undefined) return;
      read = { value, numFmt };
    }
    if (value !== "" || read.formula !== undefined || read.sharedFormula !== undefined)
      context.budget.countCell();
    let cells = sheet.rows.get(pending.row);
    if (!cells) {
      cells = new Map();
      sheet.rows.set(pending.row, cells);
    }
    cells.set(pending.column, read);
  };

  scanXml(
    xml,
    {
      open(name, attributes, selfClosing) {
        switch (localName(name)) {
          case "row":
            row = attributes.r ? Number(attributes.r) : row + 1;
            column = 0;
            break;
          case "c": {
            if (attributes.r) {
              const at = parseRange(attributes.r);
              row = at.top;
              column = at.left;
            } else column += 1;
            const pending: PendingCell = {
              row,
              column,
              type: attributes.t ?? "n",
              style: Number(attributes.s ?? 0),
              value: "",
              formula: "",
              formulaType: "",
              formulaRef: "",
              sharedIndex: "",
              hasFormula: false,
              inline: "",
            };
            if (selfClosing) finishCell(pending);
            else cell = pending;
            break;
          }
          case "v":
            if (cell && !selfClosing) collecting = "v";
            break;
          case "f":
            if (cell) {
              cell.hasFormula = true;
              cell.formulaType = attributes.t ?? "";
              cell.formulaRef = attributes.ref ?? "";
              cell.sharedIndex = attributes.si ?? "";
              if (!selfClosing) collecting = "f";
            }
            break;
          case "rPh":
            if (!selfClosing) phonetic += 1;
            break;
          case "t":
            if (cell && phonetic === 0 && !selfClosing) collecting = "t";
            break;
          case "col": {
            const width = Number(attributes.width);
            const min = Number(attributes.min);
            const max = Math.min(Number(attributes.max), min + 256);
            if (Number.isFinite(width) && width > 0 && min >= 1)
              for (let index = min; index <= max; index += 1) sheet.columnWidths.set(index, width);
            break;
          }
          case "mergeCell":
            if (attributes.ref) sheet.merges.push(attributes.ref);
            break;
          case "tablePart": {
            const id =
              attributes["r:id"] ??
              Object.entries(attributes).find(([key]) => localName(key) === "id")?.[1];
            if (id) tableIds.push(id);
            break;
          }
          default:
        }
      },
      close(name) {
        const local = localName(name);
        if (local === "c" && cell) {
          finishCell(cell);
          cell = null;
        } else if (local === "rPh") phonetic -= 1;
        else if (local === "v" || local === "f" || local === "t") collecting = null;
      },
      text(text) {
        if (!cell || collecting === null) return;
        if (collecting === "v") cell.value += text;
        else if (collecting === "f") cell.formula += text;
        else cell.inline += text;
      },
    },
    part
  );
  const rels = await relationships(zip, part);
  const tableParts = tableIds
    .map((id) => rels.get(id))
    .filter((rel) => rel !== undefined && ofType(rel.type, "table"))
    .map((rel) => rel?.target ?? "");
  return { sheet, tableParts };
}

async function readTable(zip: ZipArchive, part: string, sheet: string): Promise<ReadTable | null> {
  const xml = await zip.text(part);
  if (xml === null) return null;
  let table: { name: string; ref: string; headerRow: boolean; totalsRow: boolean } | null = null;
  const columns: string[] = [];
  scanXml(
    xml,
    {
      open(name, attributes) {
        const local = localName(name);
        if (local === "table")
          table = {
            name: attributes.displayName ?? attributes.name ?? "",
            ref: attributes.ref ?? "",
            headerRow: attributes.headerRowCount !== "0",
            totalsRow: Number(attributes.totalsRowCount ?? 0) > 0,
          };
        else if (local === "tableColumn") columns.push(decodeEscapes(attributes.name ?? ""));
      },
      close() {},
      text() {},
    },
    part
  );
  const found = table as {
    name: string;
    ref: string;
    headerRow: boolean;
    totalsRow: boolean;
  } | null;
  if (!found || found.name === "" || found.ref === "") return null;
  return { ...found, sheet, columns };
}

/**
 * Reads an .xlsx package (Excel, LibreOffice Calc, openpyxl, Google Sheets…): the sheets' cells
 * and the tables, without the styles beyond number formats. Values come as Excel's
 * `Range.values` gives them (see ReadValue); only what READ_LIMITS allows is read.
 *
 * @param zip - the package
 * @param workbook - the workbook part (see workbookPart)
 * @returns the book
 * @throws SpreadsheetFileError for a package it cannot read, or past READ_LIMITS
 * @example
 * const book = await readXlsx(zip, "xl/workbook.xml");
 */
export async function readXlsx(zip: ZipArchive, workbook: string): Promise<ReadBook> {
  const xml = await zip.text(workbook);
  if (xml === null) throw new SpreadsheetFileError("damaged", `partie ${workbook} absente`);
  const sheetRefs: { name: string; id: string }[] = [];
  let date1904 = false;
  scanXml(
    xml,
    {
      open(name, attributes) {
        const local = localName(name);
        if (local === "workbookPr")
          date1904 = attributes.date1904 === "1" || attributes.date1904 === "true";
        else if (local === "sheet") {
          const id = Object.entries(attributes).find(([key]) => localName(key) === "id")?.[1];
          if (attributes.name && id) sheetRefs.push({ name: attributes.name, id });
        }
      },
      close() {},
      text() {},
    },
    workbook
  );
  const rels = await relationships(zip, workbook);
  const partOfType = (suffix: string) =>
    [...rels.values()].find((rel) => ofType(rel.type, suffix))?.target;
  const budget = new ReadBudget();
  const strings = await readSharedStrings(zip, partOfType("sharedStrings"), budget);
  const formats = await readStyles(zip, partOfType("styles"));
  const book: ReadBook = { sheets: [], tables: [] };
  for (const { name, id } of sheetRefs) {
    const rel = rels.get(id);
    if (!rel || !ofType(rel.type, "worksheet")) continue; // chart sheets, dialog sheets
    const { sheet, tableParts } = await readSheet(zip, rel.target, {
      name,
      strings,
      formats,
      date1904,
      budget,
    });
    book.sheets.push(sheet);
    for (const tablePart of tableParts) {
      const table = await readTable(zip, tablePart, name);
      if (table) book.tables.push(table);
    }
  }
  if (book.sheets.length === 0)
    throw new SpreadsheetFileError("damaged", "aucune feuille de calcul dans le classeur");
  return book;
}
