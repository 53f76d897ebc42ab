import { columnLetters } from "../cellAddress";

/** A block of cells, 1-based as ExcelJS counts rows and columns, bounds included. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const A1 = /^\$?([A-Z]{1,3})\$?(\d+)$/;

/** Column number (1 for A) of column letters. */
function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

/**
 * Reads an A1-style reference of a cell or a block, with or without `$`.
 *
 * @param reference - e.g. "A1:M6", "$B$2", "C3"
 * @returns the block (a single cell for "C3")
 * @throws Error when the reference is not of that form
 * @example
 * parseRange("A1:M6"); // { top: 1, left: 1, bottom: 6, right: 13 }
 */
export function parseRange(reference: string): CellRange {
  const [first = "", last = first, extra] = reference.toUpperCase().split(":");
  const start = A1.exec(first);
  const end = A1.exec(last);
  if (!start || !end || extra !== undefined) throw new Error(`Plage invalide : « ${reference} ».`);
  const [top, bottom] = [Number(start[2]), Number(end[2])].sort((a, b) => a - b) as [
    number,
    number,
  ];
  const [left, right] = [columnNumber(start[1] ?? ""), columnNumber(end[1] ?? "")].sort(
    (a, b) => a - b
  ) as [number, number];
  return { top, left, bottom, right };
}

/**
 * A1 reference of a cell.
 *
 * @param row - 1 for the first row
 * @param column - 1 for column A
 * @param absolute - with `$` before the column and the row
 * @returns e.g. "C3" or "$C$3"
 * @example
 * cellReference(3, 3); // "C3"
 */
export function cellReference(row: number, column: number, absolute = false): string {
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetters(column - 1)}${dollar}${row}`;
}

/**
 * A1 reference of a block.
 *
 * @param range - the block
 * @returns e.g. "A1:M6"
 * @example
 * formatRange({ top: 1, left: 1, bottom: 6, right: 13 }); // "A1:M6"
 */
export function formatRange(range: CellRange): string {
  return `${cellReference(range.top, range.left)}:${cellReference(range.bottom, range.right)}`;
}

/** A sheet name Excel can write without quotes: letters, digits, _ and ., not starting with a digit. */
const PLAIN_SHEET_NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
/** Names that would read as a cell reference (A1, XFD10) or an R1C1 one (R, C, R1C1, RC2). */
const LOOKS_LIKE_REFERENCE = /^([A-Z]{1,3}\d+|R\d*C\d*|R\d*|C\d*)$/i;

/**
 * A sheet name as it appears before "!" in an address: quoted (with its apostrophes doubled)
 * when it holds spaces, punctuation or would read as a reference, as Excel writes it.
 *
 * @param name - the sheet name
 * @returns e.g. "Membres" or "'Journal des appels'"
 * @example
 * quoteSheetName("Journal des appels"); // "'Journal des appels'"
 */
export function quoteSheetName(name: string): string {
  return PLAIN_SHEET_NAME.test(name) && !LOOKS_LIKE_REFERENCE.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}
