import { cellReference, formatRange, parseRange } from "./cellRange";
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
import { scanXml } from "./xmlScanner";
import type { ZipArchive } from "./zipArchive";

/** Excel's grid: what lies beyond is not read. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** LibreOffice's name for a sheet's unnamed filter range: not a table. */
const ANONYMOUS_RANGE = /^__Anonymous_Sheet_DB__/;

/** A duration of ODF (xsd:duration, "PT12H30M00S") as a fraction of a day. */
function durationDays(duration: string): number | null {
  const match = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
    duration.trim()
  );
  if (!match) return null;
  const [, minus, days = "0", hours = "0", minutes = "0", seconds = "0"] = match;
  const total =
    Number(days) + (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) / 86_400;
  return minus ? -total : total;
}

/** A sheet name of an ODF address, quotes taken off ("'Sheet one'" → "Sheet one"). */
function unquoteSheet(name: string): string {
  const bare = name.startsWith("$") ? name.slice(1) : name;
  return bare.startsWith("'") && bare.endsWith("'") ? bare.slice(1, -1).replace(/''/g, "'") : bare;
}

/**
 * An ODF cell range address ("Écoles.A1:Écoles.E12", "'Sheet one'.$A$1:.$B$2") as a sheet and a
 * range; null for another form.
 */
function rangeAddress(address: string): { sheet: string; ref: string } | null {
  const match =
    /^((?:'(?:[^']|'')*'|[^.]+))\.(\$?[A-Z]+\$?\d+)(?::(?:(?:'(?:[^']|'')*'|[^.]+))?\.(\$?[A-Z]+\$?\d+))?$/.exec(
      address.trim()
    );
  if (!match) return null;
  const [, sheet = "", start = "", end = start] = match;
  return { sheet: unquoteSheet(sheet), ref: formatRange(parseRange(`${start}:${end}`)) };
}

/** A sheet name as Excel writes it before "!": quoted when not plain. */
function excelSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * An OpenFormula of LibreOffice ("of:=SUM([.A1:.A3];[$Autre.B2])") in Excel's syntax
 * ("SUM(A1:A3,Autre!B2)"), or null when it holds something this simple translation does not
 * know (the cell is then copied as its value).
 */
function excelFormula(formula: string): string | null {
  if (!formula.startsWith("of:=")) return null;
  let out = "";
  const body = formula.slice(4);
  const parts = body.match(/"(?:[^"]|"")*"|\[[^\]]*\]|[^"[]+/g) ?? [];
  for (const part of parts) {
    if (part.startsWith('"')) out += part;
    else if (part.startsWith("[")) {
      const inner = part.slice(1, -1);
      const refs = inner.split(":").map((ref) => {
        const match = /^(\$?(?:'(?:[^']|'')*'|[^.]*))?\.(\$?[A-Z]+\$?\d+)$/.exec(ref);
        if (!match) return null;
        const sheet = match[1] ? `${excelSheet(unquoteSheet(match[1]))}!` : "";
        return sheet + (match[2] ?? "");
      });
      if (refs.some((ref) => ref === null) || refs.length > 2) return null;
      // Excel writes the sheet once, before the first cell of a range.
      out += refs
        .map((ref, index) => (index > 0 ? (ref ?? "").replace(/^.*!/, "") : ref))
        .join(":");
    } else out += part.replace(/;/g, ",");
  }
  return customFunctionsAsExcelWrites(out);
}

interface PendingCell {
  attributes: Readonly<Record<string, string>>;
  paragraphs: string[];
  text: string;
  inParagraph: number;
}

/**
 * Reads the content of an OpenDocument spreadsheet (.ods, LibreOffice's own format): each
 * sheet's cells, and the named database ranges as tables. Values come as Excel's `Range.values`
 * gives them (dates as serials, errors as { error: "#REF!" }); formulas are carried over in
 * Excel's syntax when they are simple references and functions, else as their values.
 *
 * @param zip - the OpenDocument package
 * @returns the book
 * @throws SpreadsheetFileError for content it cannot read, or past READ_LIMITS
 * @example
 * const book = await readOds(zip);
 */
export async function readOds(zip: ZipArchive): Promise<ReadBook> {
  const xml = await zip.text("content.xml");
  if (xml === null) throw new SpreadsheetFileError("damaged", "partie content.xml absente");
  const budget = new ReadBudget();
  const book: ReadBook = { sheets: [], tables: [] };
  let sheet: ReadSheet | null = null;
  let row = 0;
  let column = 0;
  let rowRepeat = 1;
  /** Cells of the current row: written once per repetition of the row when it closes. */
  let rowCells: [number, ReadCell][] = [];
  let cell: PendingCell | null = null;
  let annotation = 0;

  const where = (at: number) =>
    `feuille ${sheet?.name ?? ""}, cellule ${cellReference(row + 1, at)}`;

  const cellOf = (pending: PendingCell, at: number): ReadCell | null => {
    const a = pending.attributes;
    const text = pending.paragraphs.join("\n");
    let value: ReadValue = "";
    const valueType = a["office:value-type"] ?? "";
    if (a["calcext:value-type"] === "error") value = errorValue(text);
    else if (valueType === "float" || valueType === "percentage" || valueType === "currency")
      value = Number(a["office:value"] ?? text);
    else if (valueType === "date")
      value = isoDateSerial(a["office:date-value"] ?? "") ?? budget.text(text, where(at));
    else if (valueType === "time")
      value = durationDays(a["office:time-value"] ?? "") ?? budget.text(text, where(at));
    else if (valueType === "boolean") value = a["office:boolean-value"] === "true";
    else if (valueType === "string" || text !== "")
      value = budget.text(a["office:string-value"] ?? text, where(at));
    if (typeof value === "number" && !Number.isFinite(value)) value = text;
    const formula = a["table:formula"] ? excelFormula(a["table:formula"]) : null;
    if (value === "" && formula === null) return null;
    return formula === null ? { value } : { value, formula };
  };

  scanXml(
    xml,
    {
      open(name, attributes, selfClosing) {
        if (annotation > 0) {
          if (name === "office:annotation" && !selfClosing) annotation += 1;
          return;
        }
        switch (name) {
          case "table:table":
            sheet = {
              name: attributes["table:name"] ?? "",
              rows: new Map(),
              columnWidths: new Map(),
              merges: [],
            };
            book.sheets.push(sheet);
            row = 0;
            break;
          case "table:table-row":
            column = 0;
            rowCells = [];
            rowRepeat = Math.max(1, Number(attributes["table:number-rows-repeated"] ?? 1) || 1);
            if (selfClosing) row += rowRepeat;
            break;
          case "table:table-cell":
          case "table:covered-table-cell": {
            const pending: PendingCell = { attributes, paragraphs: [], text: "", inParagraph: 0 };
            if (selfClosing) finishCell(name, pending);
            else cell = pending;
            break;
          }
          case "text:p":
          case "text:h":
            if (cell) {
              cell.inParagraph += 1;
              cell.text = "";
              if (selfClosing) {
                cell.paragraphs.push("");
                cell.inParagraph -= 1;
              }
            }
            break;
          case "text:s":
            if (cell?.inParagraph)
              cell.text += " ".repeat(Math.min(Number(attributes["text:c"] ?? 1) || 1, 1000));
            break;
          case "text:tab":
            if (cell?.inParagraph) cell.text += "\t";
            break;
          case "text:line-break":
            if (cell?.inParagraph) cell.text += "\n";
            break;
          case "office:annotation":
            if (!selfClosing) annotation = 1;
            break;
          case "table:database-range": {
            const name = attributes["table:name"] ?? "";
            const address = rangeAddress(attributes["table:target-range-address"] ?? "");
            if (name === "" || ANONYMOUS_RANGE.test(name) || address === null) break;
            book.tables.push({
              name,
              sheet: address.sheet,
              ref: address.ref,
              headerRow: attributes["table:contains-header"] !== "false",
              totalsRow: false,
              columns: [],
            });
            break;
          }
          default:
        }
      },
      close(name) {
        if (annotation > 0) {
          if (name === "office:annotation") annotation -= 1;
          return;
        }
        switch (name) {
          case "table:table-cell":
          case "table:covered-table-cell":
            if (cell) finishCell(name, cell);
            cell = null;
            break;
          case "text:p":
          case "text:h":
            if (cell && cell.inParagraph > 0) {
              cell.inParagraph -= 1;
              if (cell.inParagraph === 0) cell.paragraphs.push(cell.text);
            }
            break;
          case "table:table-row":
            finishRow();
            break;
          default:
        }
      },
      text(text) {
        if (cell && cell.inParagraph > 0 && annotation === 0) cell.text += text;
      },
    },
    "content.xml"
  );

  function finishCell(name: string, pending: PendingCell) {
    const repeat = Math.max(
      1,
      Number(pending.attributes["table:number-columns-repeated"] ?? 1) || 1
    );
    const first = column + 1;
    column += repeat;
    if (name === "table:covered-table-cell" || first > MAX_COLUMNS) return;
    const read = cellOf(pending, first);
    if (read === null) return;
    const last = Math.min(column, MAX_COLUMNS);
    budget.countCells((last - first + 1) * rowRepeat);
    for (let at = first; at <= last; at += 1) rowCells.push([at, read]);
    const spanColumns = Number(pending.attributes["table:number-columns-spanned"] ?? 1);
    const spanRows = Number(pending.attributes["table:number-rows-spanned"] ?? 1);
    if (sheet && (spanColumns > 1 || spanRows > 1))
      sheet.merges.push(
        formatRange({
          top: row + 1,
          left: first,
          bottom: row + spanRows,
          right: first + spanColumns - 1,
        })
      );
  }

  function finishRow() {
    if (sheet && rowCells.length > 0)
      for (let repeat = 0; repeat < rowRepeat && row + repeat < MAX_ROWS; repeat += 1)
        sheet.rows.set(row + repeat + 1, new Map(rowCells));
    row += rowRepeat;
    rowCells = [];
  }

  const tables: ReadTable[] = book.tables.map((table) => {
    const cells = book.sheets.find((candidate) => candidate.name === table.sheet);
    const range = parseRange(table.ref);
    const header = cells?.rows.get(range.top);
    const columns = Array.from({ length: range.right - range.left + 1 }, (_, index) => {
      const value = header?.get(range.left + index)?.value;
      return typeof value === "string" || typeof value === "number" ? String(value) : "";
    });
    return { ...table, columns };
  });
  book.tables.splice(0, book.tables.length, ...tables);
  if (book.sheets.length === 0)
    throw new SpreadsheetFileError("damaged", "aucune feuille de calcul dans le classeur");
  return book;
}
