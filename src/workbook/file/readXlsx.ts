import { cellReference, parseRange } from "./cellRange";
import {
  customFunctionsAsExcelWrites,
  errorValue,
  isoDateSerial,
  ReadBudget,
  type ReadBook,
  type ReadCell,
  type ReadLayout,
  type ReadMargins,
  type ReadPageSetup,
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

/** An OOXML boolean attribute: "1" or "true" (absent: `otherwise`). */
function isTrue(value: string | undefined, otherwise = false): boolean {
  return value === undefined ? otherwise : value === "1" || value === "true";
}

/** A number attribute, or undefined when absent or not a finite number. */
function numberOf(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** The file's vertical alignment in ExcelJS's words; undefined for bottom, the default. */
const VERTICAL = new Map<string, ReadLayout["vertical"]>([
  ["top", "top"],
  ["center", "middle"],
  ["justify", "justify"],
  ["distributed", "distributed"],
]);

/** What the cell styles (cellXfs) give each cell: number format ("" for General) and layout. */
interface CellStyles {
  readonly formats: string[];
  /** One object per style that has a layout, shared by its cells. */
  readonly layouts: (ReadLayout | undefined)[];
}

/** Number format, bold and alignment of each cell style (cellXfs). */
async function readStyles(zip: ZipArchive, part: string | undefined): Promise<CellStyles> {
  const styles: CellStyles = { formats: [], layouts: [] };
  const xml = part ? await zip.text(part) : null;
  if (xml === null) return styles;
  const custom = new Map<number, string>();
  /** Whether each font of `<fonts>` is bold. */
  const boldFonts: boolean[] = [];
  let inFonts = false;
  let inFont = false;
  let inCellXfs = false;
  /** The cell style being read, until its end tag: its bold font and its alignment. */
  let pending: { bold: boolean; wrapText: boolean; vertical?: ReadLayout["vertical"] } | null =
    null;
  const finishStyle = () => {
    if (pending === null) return;
    const { bold, wrapText, vertical } = pending;
    styles.layouts.push(
      bold || wrapText || vertical
        ? {
            ...(bold ? { bold } : {}),
            ...(wrapText ? { wrapText } : {}),
            ...(vertical ? { vertical } : {}),
          }
        : undefined
    );
    pending = null;
  };
  scanXml(
    xml,
    {
      open(name, attributes, selfClosing) {
        const local = localName(name);
        if (local === "numFmt" && attributes.numFmtId !== undefined)
          custom.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
        else if (local === "fonts") inFonts = !selfClosing;
        else if (local === "font" && inFonts) {
          boldFonts.push(false);
          inFont = !selfClosing;
        } else if (local === "b" && inFont)
          boldFonts[boldFonts.length - 1] = isTrue(attributes.val, true);
        else if (local === "cellXfs") inCellXfs = !selfClosing;
        else if (local === "xf" && inCellXfs) {
          finishStyle();
          const id = Number(attributes.numFmtId ?? 0);
          styles.formats.push(custom.get(id) ?? BUILT_IN_FORMATS[id] ?? "");
          pending = { bold: boldFonts[Number(attributes.fontId ?? 0)] === true, wrapText: false };
          if (selfClosing) finishStyle();
        } else if (local === "alignment" && pending !== null) {
          pending.wrapText = isTrue(attributes.wrapText);
          pending.vertical = VERTICAL.get(attributes.vertical ?? "");
        }
      },
      close(name) {
        const local = localName(name);
        if (local === "cellXfs") {
          finishStyle();
          inCellXfs = false;
        } else if (local === "xf") finishStyle();
        else if (local === "font") inFont = false;
        else if (local === "fonts") inFonts = false;
      },
      text() {},
    },
    part ?? ""
  );
  return styles;
}

/** Page setup of a sheet while it is read: `<pageSetup>`, `<pageMargins>`, `<pageSetUpPr>`. */
interface PendingPageSetup {
  fitToPage?: boolean;
  setup?: Omit<ReadPageSetup, "fitToPage" | "margins">;
  margins?: ReadMargins;
}

/** What `<pageSetup>` gives (an orientation other than portrait or landscape is "default"). */
function pageSetupOf(attributes: Readonly<Record<string, string>>): PendingPageSetup["setup"] {
  const { orientation } = attributes;
  return {
    ...(orientation === "portrait" || orientation === "landscape" ? { orientation } : {}),
    paperSize: numberOf(attributes.paperSize),
    // Absent, both are 1 (ECMA-376 §18.3.1.63).
    fitToWidth: numberOf(attributes.fitToWidth) ?? 1,
    fitToHeight: numberOf(attributes.fitToHeight) ?? 1,
    scale: numberOf(attributes.scale),
  };
}

/** What `<pageMargins>` gives, when every margin is a number. */
function marginsOf(attributes: Readonly<Record<string, string>>): ReadMargins | undefined {
  const margins = {
    left: numberOf(attributes.left),
    right: numberOf(attributes.right),
    top: numberOf(attributes.top),
    bottom: numberOf(attributes.bottom),
    header: numberOf(attributes.header),
    footer: numberOf(attributes.footer),
  };
  return Object.values(margins).every((value) => value !== undefined && value >= 0)
    ? (margins as ReadMargins)
    : undefined;
}

/** The page setup read, undefined when the sheet has none. */
function finishPageSetup(pending: PendingPageSetup): ReadPageSetup | undefined {
  if (!pending.setup && !pending.margins && pending.fitToPage === undefined) return undefined;
  const setup: Record<string, unknown> = { ...pending.setup };
  if (pending.fitToPage !== undefined) setup.fitToPage = pending.fitToPage;
  if (pending.margins) setup.margins = pending.margins;
  for (const key of Object.keys(setup)) if (setup[key] === undefined) delete setup[key];
  return setup as ReadPageSetup;
}

/** Characters of a defined name's formula, at most (Excel's limit). */
const MAX_NAME_FORMULA = 8192;

/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;

/** A block of a print area: "A1:E52", whole columns "A:E" or whole rows "1:5". */
const PRINT_BLOCK = /^(?:[A-Z]{1,3}\d+:[A-Z]{1,3}\d+|[A-Z]{1,3}:[A-Z]{1,3}|\d+:\d+)$/;

/**
 * The blocks of a `_xlnm.Print_Area` defined name, without sheet names or "$"; undefined when
 * one of them is not a block of cells (a #REF!, a name, another sheet's cells…).
 */
function printAreaBlocks(text: string, sheet: string): string[] | undefined {
  // Excel's limit for the formula of a name: anything longer is not Excel's.
  if (text.length > MAX_NAME_FORMULA) return undefined;
  const blocks: string[] = [];
  // Commas between blocks; a quoted sheet name may hold one, and doubles its quotes.
  for (const part of text.match(/(?:'(?:[^']|'')*'|[^,])+/g) ?? []) {
    const bang = part.lastIndexOf("!");
    if (bang >= 0) {
      const named = part.slice(0, bang).trim();
      const unquoted = named.startsWith("'") ? named.slice(1, -1).replace(/''/g, "'") : named;
      if (unquoted.toUpperCase() !== sheet.toUpperCase()) return undefined;
    }
    let block = part
      .slice(bang + 1)
      .replace(/\$/g, "")
      .trim()
      .toUpperCase();
    if (/^[A-Z]{1,3}\d+$/.test(block)) block = `${block}:${block}`;
    if (!PRINT_BLOCK.test(block)) return undefined;
    blocks.push(block);
  }
  return blocks.length > 0 ? blocks : undefined;
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
  readonly layouts: readonly (ReadLayout | undefined)[];
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
  /** Custom row heights, by row: kept in the end for the rows holding cells. */
  const heights = new Map<number, number>();
  const columnLayouts = new Map<number, ReadLayout>();
  const page: PendingPageSetup = {};
  /** Inside a custom view, whose page setup is not the sheet's. */
  let customViews = 0;
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
    const layout = context.layouts[pending.style];
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
      // A cell with no value, formula or number format prints nothing: its layout is left out.
      if (value === "" && numFmt === undefined) return;
      read = { value, numFmt };
    }
    if (layout) read = { ...read, layout };
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
          case "row": {
            row = attributes.r ? Number(attributes.r) : row + 1;
            column = 0;
            const height = numberOf(attributes.ht);
            if (isTrue(attributes.customHeight) && height !== undefined && height > 0)
              heights.set(row, Math.min(height, MAX_ROW_HEIGHT));
            break;
          }
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
            const layout = context.layouts[Number(attributes.style ?? 0)];
            if (layout && min >= 1)
              for (let index = min; index <= max; index += 1) columnLayouts.set(index, layout);
            break;
          }
          case "customSheetView":
            if (!selfClosing) customViews += 1;
            break;
          case "pageSetUpPr":
            if (attributes.fitToPage !== undefined) page.fitToPage = isTrue(attributes.fitToPage);
            break;
          case "pageSetup":
            if (customViews === 0) page.setup = pageSetupOf(attributes);
            break;
          case "pageMargins":
            if (customViews === 0) page.margins = marginsOf(attributes);
            break;
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
        else if (local === "customSheetView") customViews -= 1;
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
  const rowHeights = new Map([...heights].filter(([number]) => sheet.rows.has(number)));
  const pageSetup = finishPageSetup(page);
  return {
    sheet: {
      ...sheet,
      ...(rowHeights.size > 0 ? { rowHeights } : {}),
      ...(columnLayouts.size > 0 ? { columnLayouts } : {}),
      ...(pageSetup ? { pageSetup } : {}),
    },
    tableParts,
  };
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
 * and the tables; of the styles, number formats, bold and alignment (ReadLayout), row heights,
 * page setup and print areas: what the add-in's own sheets need to print as they were written.
 * Values come as Excel's `Range.values` gives them (see ReadValue); only what READ_LIMITS allows
 * is read.
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
  const sheetRefs: { name: string; id: string; index: number }[] = [];
  let date1904 = false;
  let sheetCount = 0;
  /** Print areas by sheet index (localSheetId: the sheet's place in `<sheets>`, from 0). */
  const printAreas = new Map<number, string>();
  let printArea: { sheet: number; text: string } | null = null;
  scanXml(
    xml,
    {
      open(name, attributes, selfClosing) {
        const local = localName(name);
        if (local === "workbookPr")
          date1904 = attributes.date1904 === "1" || attributes.date1904 === "true";
        else if (local === "sheet") {
          const id = Object.entries(attributes).find(([key]) => localName(key) === "id")?.[1];
          if (attributes.name && id)
            sheetRefs.push({ name: attributes.name, id, index: sheetCount });
          sheetCount += 1;
        } else if (
          local === "definedName" &&
          !selfClosing &&
          attributes.name?.toLowerCase() === "_xlnm.print_area" &&
          attributes.localSheetId !== undefined
        )
          printArea = { sheet: Number(attributes.localSheetId), text: "" };
      },
      close(name) {
        if (localName(name) !== "definedName" || printArea === null) return;
        printAreas.set(printArea.sheet, printArea.text);
        printArea = null;
      },
      text(text) {
        // Past Excel's limit the name is dropped (printAreaBlocks): no need to hold more.
        if (printArea !== null && printArea.text.length <= MAX_NAME_FORMULA) printArea.text += text;
      },
    },
    workbook
  );
  const rels = await relationships(zip, workbook);
  const partOfType = (suffix: string) =>
    [...rels.values()].find((rel) => ofType(rel.type, suffix))?.target;
  const budget = new ReadBudget();
  const strings = await readSharedStrings(zip, partOfType("sharedStrings"), budget);
  const { formats, layouts } = await readStyles(zip, partOfType("styles"));
  const book: ReadBook = { sheets: [], tables: [] };
  for (const { name, id, index } of sheetRefs) {
    const rel = rels.get(id);
    if (!rel || !ofType(rel.type, "worksheet")) continue; // chart sheets, dialog sheets
    const { sheet, tableParts } = await readSheet(zip, rel.target, {
      name,
      strings,
      formats,
      layouts,
      date1904,
      budget,
    });
    const area = printAreas.get(index);
    const blocks = area === undefined ? undefined : printAreaBlocks(area, name);
    book.sheets.push(blocks ? { ...sheet, printArea: blocks } : sheet);
    for (const tablePart of tableParts) {
      const table = await readTable(zip, tablePart, name);
      if (table) book.tables.push(table);
    }
  }
  if (book.sheets.length === 0)
    throw new SpreadsheetFileError("damaged", "aucune feuille de calcul dans le classeur");
  return book;
}
