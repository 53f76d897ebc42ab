import type { SheetCell, SheetSpec } from "../../domain/sheets/SheetSpec";

/** Excel number formats used for each kind of cell (format codes are locale-independent). */
export const NUMBER_FORMATS = {
  text: "General",
  number: "General",
  money: '#,##0.00 "€"',
  date: "dd/mm/yyyy",
  formula: '#,##0.00 "€"',
  empty: "General",
} as const;

/**
 * The number format of a cell: by its kind, and for a formula by the format it asks for.
 *
 * @param cell - the cell
 * @returns an Excel format code
 * @example
 * numberFormatOf({ kind: "formula", value: "=A1", format: "number" }); // "General"
 */
export function numberFormatOf(cell: SheetCell): string {
  return cell.kind === "formula" && cell.format === "number"
    ? "General"
    : NUMBER_FORMATS[cell.kind];
}

/** Excel's day 0 in the 1900 date system (for serials from 1 March 1900 on). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** The values and number formats of a block of cells, as Office.js takes them. */
export interface CellBlock {
  readonly values: (string | number)[][];
  readonly formats: string[][];
  /** Cells to put in bold, as [row, column] pairs from A1. */
  readonly bold: [number, number][];
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * The value Excel must receive for a cell so that it means what the cell says. A text is
 * prefixed with an apostrophe, Excel's own mark for "this is text": it keeps "=HYPERLINK(…)",
 * "+33 …", "-", "@x" or "0059" from becoming a formula or a number, and Excel does not show it.
 *
 * @param cell - the cell
 * @returns the value to write
 * @example
 * excelValue({ kind: "text", value: "=1+1" }); // "'=1+1"
 * excelValue({ kind: "money", value: 157170 }); // 1571.7
 */
export function excelValue(cell: SheetCell): string | number {
  switch (cell.kind) {
    case "text":
      return `'${cell.value}`;
    case "number":
    case "formula":
      return cell.value;
    case "money":
      return cell.value / 100;
    case "date":
      return (Date.parse(`${cell.value}T00:00:00Z`) - EXCEL_EPOCH_MS) / 86_400_000;
    default:
      return "";
  }
}

/**
 * Lays a sheet's rows out as the rectangular matrices Office.js writes in one go.
 *
 * @param rows - the sheet's rows, possibly of different lengths
 * @returns values, number formats and bold cells
 * @example
 * cellBlock([[{ kind: "text", value: "Total", bold: true }, { kind: "money", value: 100 }]]).values; // [["'Total", 1]]
 */
export function cellBlock(rows: readonly (readonly SheetCell[])[]): CellBlock {
  const columnCount = Math.max(1, ...rows.map((row) => row.length));
  const rowCount = Math.max(1, rows.length);
  const values: (string | number)[][] = [];
  const formats: string[][] = [];
  const bold: [number, number][] = [];
  for (let r = 0; r < rowCount; r += 1) {
    const row = rows[r] ?? [];
    const rowValues: (string | number)[] = [];
    const rowFormats: string[] = [];
    for (let c = 0; c < columnCount; c += 1) {
      const cell: SheetCell = row[c] ?? { kind: "empty" };
      rowValues.push(excelValue(cell));
      rowFormats.push(numberFormatOf(cell));
      if (cell.kind !== "empty" && cell.bold) bold.push([r, c]);
    }
    values.push(rowValues);
    formats.push(rowFormats);
  }
  return { values, formats, bold, rowCount, columnCount };
}

const utf8 = new TextEncoder();

/** Size in bytes of a text once encoded in UTF-8, as it travels ("€" is 3 bytes, "é" 2). */
function utf8Bytes(json: string): number {
  return utf8.encode(json).length;
}

/**
 * A generous estimate of the bytes a sheet adds to an Office.js request: the JSON of its values
 * and formats, in UTF-8 bytes, plus a fixed overhead for the sheet's other operations.
 *
 * @param sheet - the sheet
 * @returns an estimate in bytes
 * @example
 * estimatePayloadBytes(sheet) > 0; // true
 */
export function estimatePayloadBytes(sheet: SheetSpec): number {
  const block = cellBlock(sheet.rows);
  return (
    utf8Bytes(JSON.stringify(block.values)) +
    utf8Bytes(JSON.stringify(block.formats)) +
    2_000 +
    block.bold.length * 200
  );
}

/**
 * Splits sheets into batches whose estimated payload stays under a limit, so that each batch is
 * one request under Excel on the web's 5 MB limit. Batches depend on size, not on count: a
 * thousand small statements make a handful of batches.
 *
 * @param sheets - the sheets, in order
 * @param limitBytes - the most a batch may weigh
 * @returns the batches, in order; a sheet heavier than the limit is a batch of its own
 * @example
 * chunkSheets(sheets, 4_000_000).length; // 1 for a few sheets
 */
export function chunkSheets(sheets: readonly SheetSpec[], limitBytes: number): SheetSpec[][] {
  const batches: SheetSpec[][] = [];
  let current: SheetSpec[] = [];
  let weight = 0;
  for (const sheet of sheets) {
    const bytes = estimatePayloadBytes(sheet);
    if (current.length > 0 && weight + bytes > limitBytes) {
      batches.push(current);
      current = [];
      weight = 0;
    }
    current.push(sheet);
    weight += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
