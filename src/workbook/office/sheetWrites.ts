import type { SheetArea, SheetSpec } from "../../domain/sheets/SheetSpec";
import { blockAddress, columnLetters } from "../cellAddress";
import { cellBlock, type CellBlock } from "./sheetPayload";

/** Points per character of column width (Excel's default column is 8.43 characters, 48 pt). */
export const POINTS_PER_CHARACTER = 6;

/**
 * Longest address given to one `getRanges` call. Excel documents no limit, but long multi-area
 * addresses fail (office-js issue 5198, from about 8 000 characters); 255 is Excel's own limit
 * for a reference typed in a dialog, far below it.
 */
export const MAX_AREAS_ADDRESS = 255;

/**
 * What one request writes of a sheet: all of it, or a block of its rows when the sheet is too
 * heavy for one request. Everything is grouped so that the cost per cell stays small: values
 * and number formats as 2-D arrays over whole blocks, bold cells as rectangles gathered in a
 * few multi-area ranges, column widths once per run of equal widths, print setup once.
 */
export interface SheetWrite {
  readonly name: string;
  /** True for the first write of a sheet: it adds the sheet; the others write into it. */
  readonly first: boolean;
  /** True for the last write of a sheet (then the sheet is complete). */
  readonly last: boolean;
  /** The sheet's rows this write covers, [start, end), zero-based. */
  readonly rows: { readonly start: number; readonly end: number };
  /** Delete the existing sheet of that name before adding it (first write only). */
  readonly replace: boolean;
  /** Number formats other than General, over the smallest block holding them (General inside). */
  readonly numberFormat: { readonly address: string; readonly formats: string[][] } | null;
  /** Values of the rows this write covers, all the sheet's columns. */
  readonly values: { readonly address: string; readonly values: (string | number)[][] };
  /** Bold cells: getRanges addresses of rectangles, each at most {@link MAX_AREAS_ADDRESS} characters. */
  readonly bold: readonly string[];
  /** Column widths in points, one per run of adjacent columns of equal width (first write). */
  readonly columnWidths: readonly { readonly columns: string; readonly points: number }[];
  /** Print setup (first write): orientation, A4, one page wide, print area of the whole sheet. */
  readonly page: {
    readonly orientation: "Portrait" | "Landscape";
    readonly printArea: string;
  } | null;
  /** The Excel table over part of the sheet (last write). */
  readonly table: { readonly address: string; readonly name: string } | null;
  /**
   * Blocks whose text wraps, top-aligned (SheetSpec.wrap; last write, once every value is in):
   * getRanges addresses, each at most {@link MAX_AREAS_ADDRESS} characters. Absent when none.
   */
  readonly wrap?: readonly string[];
}

/** Excel's last row, where a block without a bottom ends. */
const LAST_ROW = 1_048_576;

/**
 * The A1 address of a block of cells; whole columns ("A:H") for a block without a bottom from
 * row 1, down to Excel's last row otherwise.
 *
 * @param area - the block, rows and columns from 0
 * @returns its address
 * @example
 * areaAddress({ top: 21, left: 0, bottom: 24, right: 4 }); // "A22:E25"
 * areaAddress({ top: 0, left: 0, right: 7 }); // "A:H"
 */
export function areaAddress(area: SheetArea): string {
  const left = columnLetters(area.left);
  const right = columnLetters(area.right);
  if (area.bottom !== undefined) return address(area.top, area.left, area.bottom, area.right);
  return area.top === 0 ? `${left}:${right}` : `${left}${area.top + 1}:${right}${LAST_ROW}`;
}

const address = (top: number, left: number, bottom: number, right: number): string =>
  top === bottom && left === right
    ? `${columnLetters(left)}${top + 1}`
    : `${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}`;

/**
 * Bold cells as rectangles: runs of adjacent bold cells in a row, merged with the same run in the
 * rows below.
 *
 * @param bold - [row, column] pairs, row by row (as cellBlock gives them)
 * @returns rectangles as A1 addresses, in reading order
 * @example
 * boldRectangles([[0, 0], [0, 1], [1, 0], [1, 1], [3, 2]]); // ["A1:B2", "C4"]
 */
export function boldRectangles(bold: readonly (readonly [number, number])[]): string[] {
  const runs: { row: number; left: number; right: number }[] = [];
  for (const [row, column] of bold) {
    const last = runs[runs.length - 1];
    if (last && last.row === row && last.right === column - 1) last.right = column;
    else runs.push({ row, left: column, right: column });
  }
  const open = new Map<string, { top: number; bottom: number; left: number; right: number }>();
  const done: { top: number; bottom: number; left: number; right: number }[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const rectangle = open.get(key);
    if (rectangle && rectangle.bottom === run.row - 1) rectangle.bottom = run.row;
    else {
      if (rectangle) done.push(rectangle);
      open.set(key, { top: run.row, bottom: run.row, left: run.left, right: run.right });
    }
  }
  done.push(...open.values());
  return done
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map((r) => address(r.top, r.left, r.bottom, r.right));
}

/** Joins addresses into getRanges arguments of at most {@link MAX_AREAS_ADDRESS} characters. */
function areaGroups(addresses: readonly string[]): string[] {
  const groups: string[] = [];
  let current = "";
  for (const item of addresses) {
    if (current !== "" && current.length + 1 + item.length > MAX_AREAS_ADDRESS) {
      groups.push(current);
      current = "";
    }
    current = current === "" ? item : `${current},${item}`;
  }
  if (current !== "") groups.push(current);
  return groups;
}

/** Runs of adjacent columns of the same width, in points. */
function widthRuns(widths: readonly number[]): { columns: string; points: number }[] {
  const runs: { left: number; right: number; width: number }[] = [];
  widths.forEach((width, column) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.right === column - 1) last.right = column;
    else runs.push({ left: column, right: column, width });
  });
  return runs.map((run) => ({
    columns: `${columnLetters(run.left)}:${columnLetters(run.right)}`,
    points: run.width * POINTS_PER_CHARACTER,
  }));
}

/** The write of rows [start, end) of a sheet. */
function pieceOf(
  spec: SheetSpec,
  block: CellBlock,
  start: number,
  end: number,
  replace: boolean
): SheetWrite {
  const first = start === 0;
  const last = end === block.rowCount;
  const right = block.columnCount - 1;
  let top = -1;
  let bottom = -1;
  let left = right;
  let farRight = 0;
  for (let r = start; r < end; r += 1) {
    (block.formats[r] ?? []).forEach((format, c) => {
      if (format === "General") return;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      farRight = Math.max(farRight, c);
    });
  }
  const numberFormat =
    top < 0
      ? null
      : {
          address: address(top, left, bottom, farRight),
          formats: block.formats.slice(top, bottom + 1).map((row) => row.slice(left, farRight + 1)),
        };
  const bold = block.bold.filter(([row]) => row >= start && row < end);
  let table: SheetWrite["table"] = null;
  if (last && spec.table) {
    const columns = spec.table.columns ?? block.columnCount;
    table = {
      address: `A${spec.table.headerRow + 1}:${columnLetters(columns - 1)}${block.rowCount}`,
      name: spec.table.name,
    };
  }
  const wrap =
    last && spec.wrap && spec.wrap.length > 0 ? areaGroups(spec.wrap.map(areaAddress)) : [];
  return {
    ...(wrap.length > 0 ? { wrap } : {}),
    name: spec.name,
    first,
    last,
    rows: { start, end },
    replace: first && replace,
    numberFormat,
    values: { address: address(start, 0, end - 1, right), values: block.values.slice(start, end) },
    bold: areaGroups(boldRectangles(bold)),
    columnWidths: first ? widthRuns(spec.columnWidths) : [],
    page: first
      ? {
          orientation: spec.print.orientation === "portrait" ? "Portrait" : "Landscape",
          printArea: blockAddress(block.rowCount, block.columnCount),
        }
      : null,
    table,
  };
}

/**
 * The writes of a sheet: one, or, for a sheet whose write would weigh more than `maxBytes`, one
 * per block of rows, each under it (down to one row per write).
 *
 * @param spec - the sheet
 * @param replace - whether an existing sheet of that name is deleted first
 * @param maxBytes - the most one write may weigh, as {@link writeBytes} counts
 * @returns the writes, in order
 * @example
 * sheetWrites(statement, false, 4_500_000).length; // 1
 */
export function sheetWrites(spec: SheetSpec, replace: boolean, maxBytes: number): SheetWrite[] {
  return rowWrites(spec, replace, { start: 0, end: Math.max(1, spec.rows.length) }, maxBytes);
}

/**
 * The writes of rows [start, end) of a sheet, each under `maxBytes` (down to one row per write).
 *
 * @param spec - the sheet
 * @param replace - whether an existing sheet of that name is deleted first (by the first write)
 * @param rows - the rows, zero-based, end excluded
 * @param maxBytes - the most one write may weigh, as {@link writeBytes} counts
 * @returns the writes, in order
 * @example
 * rowWrites(summary, false, { start: 0, end: 5001 }, 1_000_000).length; // 2 or more
 */
export function rowWrites(
  spec: SheetSpec,
  replace: boolean,
  rows: { readonly start: number; readonly end: number },
  maxBytes: number
): SheetWrite[] {
  const block = cellBlock(spec.rows);
  const writes: SheetWrite[] = [];
  let start = rows.start;
  while (start < rows.end) {
    // The largest block of rows from `start` that fits (at least one row), by halving.
    let end = rows.end;
    let piece = pieceOf(spec, block, start, end, replace);
    while (end - start > 1 && writeBytes(piece) > maxBytes) {
      end = start + Math.ceil((end - start) / 2);
      piece = pieceOf(spec, block, start, end, replace);
    }
    writes.push(piece);
    start = end;
  }
  return writes;
}

/**
 * A write cut in two by rows (for a request that, measured, is over the limit although planned
 * under it); null for a write of one row.
 *
 * @param spec - the sheet of the write
 * @param write - the write
 * @returns two writes covering the same rows, or null
 * @example
 * splitWrite(spec, write)?.length; // 2
 */
export function splitWrite(spec: SheetSpec, write: SheetWrite): SheetWrite[] | null {
  const { start, end } = write.rows;
  if (end - start < 2) return null;
  const middle = start + Math.floor((end - start) / 2);
  return [
    ...rowWrites(spec, write.replace, { start, end: middle }, Infinity),
    ...rowWrites(spec, write.replace, { start: middle, end }, Infinity),
  ];
}

// ---------------------------------------------------------------------------------------------
// What a write weighs in the request Office.js sends.

const utf8 = new TextEncoder();

/** UTF-8 bytes of the JSON of a value, as it travels. */
export function jsonBytes(value: unknown): number {
  return utf8.encode(JSON.stringify(value)).length;
}

/**
 * Bytes of the request text Office.js adds for each operation, besides its arguments' JSON:
 * object paths, Instantiate actions, the action itself, object ids, "L" lists. Measured on
 * Microsoft's runtime (excel-web-16.00.js, @microsoft/office-js 1.1.110) with ids of 7 digits,
 * more than a request under 5 MB ever reaches, and rounded up; the tests in
 * test/workbook/officeRuntimeWrites.test.ts check that these are upper bounds.
 */
export const OPERATION_BYTES = {
  /** A request's envelope, with the workbook and worksheets paths (measured 308). */
  request: 400,
  /** getItem(name).delete() (measured 293 + name). */
  deleteSheet: 340,
  /** worksheets.add(name), or getItem(name) for a later block of rows (measured about 190 + name). */
  sheet: 220,
  /** A range by address, untracked, with one property set (measured 379 + arguments). */
  rangeProperty: 420,
  /**
   * Office.js splits a 2-D array over 1 500 cells into blocks of rows, each its own range, after
   * a size check: each block (measured about 900), and the check once per array.
   */
  bulkBlock: 1_000,
  bulkCheck: 150,
  /** getRanges(address).format.font.bold = true (measured 694 + address). */
  bold: 760,
  /** getRange(columns).format.columnWidth = points (measured 538 + arguments). */
  columnWidth: 560,
  /** pageLayout: orientation, paperSize, zoom, setPrintArea (measured about 630 + print area). */
  page: 700,
  /** getRanges(address).format: wrapText = true, verticalAlignment = "Top" (measured 657 + address). */
  wrap: 720,
  /** tables.add(address, true).name = name (measured 459 + arguments). */
  table: 520,
  /**
   * tables.getItem(name).rows.add(…), the first added row's range widened and its number formats
   * set (appendTableRows; measured about 1 400 with the request's envelope, besides the rows).
   */
  rowsAdd: 1_500,
  /** tables.getItem(name).getRange(), once per request of updateTableCells (measured about 550). */
  tableRange: 700,
  /** range.getCell(row, column), its number format and value (updateTableCells; measured 612). */
  cellUpdate: 700,
} as const;

/** Office.js writes a 2-D array of more than this many cells in blocks of rows (setRangePropertiesInBulk). */
export const BULK_CELLS = 1_500;

function arrayBytes(matrix: readonly (readonly unknown[])[]): number {
  const rows = matrix.length;
  const columns = matrix[0]?.length ?? 0;
  let bytes = jsonBytes(matrix) + OPERATION_BYTES.rangeProperty;
  if (rows * columns > BULK_CELLS) {
    const rowsPerBlock = Math.max(1, Math.round(BULK_CELLS / columns));
    bytes += OPERATION_BYTES.bulkCheck + Math.ceil(rows / rowsPerBlock) * OPERATION_BYTES.bulkBlock;
  }
  return bytes;
}

/**
 * The bytes a write adds to an Office.js request: the JSON of its values, formats and addresses,
 * and a calibrated overhead per operation. An upper bound of what Microsoft's runtime sends
 * (checked against it in the tests), not counting the request's envelope
 * ({@link OPERATION_BYTES}.request, once per request).
 *
 * @param write - the write
 * @returns bytes
 * @example
 * writeBytes(sheetWrites(statement, false, 4_500_000)[0]); // about 7 600 for a statement (7 000 sent)
 */
export function writeBytes(write: SheetWrite): number {
  let bytes = OPERATION_BYTES.sheet + jsonBytes(write.name);
  if (write.replace) bytes += OPERATION_BYTES.deleteSheet + jsonBytes(write.name);
  if (write.numberFormat)
    bytes += arrayBytes(write.numberFormat.formats) + jsonBytes(write.numberFormat.address);
  bytes += arrayBytes(write.values.values) + jsonBytes(write.values.address);
  for (const areas of write.bold) bytes += OPERATION_BYTES.bold + jsonBytes(areas);
  for (const width of write.columnWidths)
    bytes += OPERATION_BYTES.columnWidth + jsonBytes(width.columns) + jsonBytes(width.points);
  if (write.page) bytes += OPERATION_BYTES.page + jsonBytes(write.page.printArea);
  if (write.table)
    bytes += OPERATION_BYTES.table + jsonBytes(write.table.address) + jsonBytes(write.table.name);
  for (const areas of write.wrap ?? []) bytes += OPERATION_BYTES.wrap + jsonBytes(areas);
  return bytes;
}

/**
 * Packs items, in order, into batches whose weight stays under a limit: each batch is one
 * request. Greedy: a batch is closed when the next item does not fit; an item heavier than the
 * limit is a batch of its own.
 *
 * @param items - the items, in order
 * @param bytesOf - what an item weighs
 * @param limitBytes - the most a batch may weigh
 * @param overhead - what every batch weighs besides its items
 * @returns the batches, in order
 * @example
 * batchByBytes(writes, writeBytes, 4_500_000, OPERATION_BYTES.request).length; // 2 for 1 000 statements
 */
export function batchByBytes<T>(
  items: readonly T[],
  bytesOf: (item: T) => number,
  limitBytes: number,
  overhead: number
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let weight = overhead;
  for (const item of items) {
    const bytes = bytesOf(item);
    if (current.length > 0 && weight + bytes > limitBytes) {
      batches.push(current);
      current = [];
      weight = overhead;
    }
    current.push(item);
    weight += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
