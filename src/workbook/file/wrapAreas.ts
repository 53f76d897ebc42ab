import type { Alignment, Style, Worksheet } from "exceljs";
import { wrappedLineCount } from "../../domain/sheets/fitCellText";
import type { SheetArea } from "../../domain/sheets/SheetSpec";
import { readCell } from "./cellValues";

/** Height of a line of Calibri 11 in a row, in points: Excel's row of one line is 15 points. */
const LINE_POINTS = 15;

/** Width Excel gives a column without one, in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;

/** A wrapped cell's text starts at the top of its row, beside the first line of its neighbours. */
const withWrap = (alignment: Partial<Alignment> | undefined): Partial<Alignment> => ({
  ...alignment,
  wrapText: true,
  vertical: "top",
});

/**
 * The wrapping style of a cell's style, one object for every cell of the same style: the cells
 * writeCell gave a shared style share its wrapping one, which ExcelJS then writes once. Nothing
 * changes a style object in place (writeCell and wrapAreas give a cell a new one).
 */
const wrappedStyles = new WeakMap<Partial<Style>, Partial<Style>>();

function wrappedStyle(style: Partial<Style>): Partial<Style> {
  let wrapped = wrappedStyles.get(style);
  if (wrapped === undefined) {
    wrapped = { ...style, alignment: withWrap(style.alignment) };
    wrappedStyles.set(style, wrapped);
  }
  return wrapped;
}

/**
 * Line counts of the texts already sized, by column width, boldness and text: the lines of the
 * statements come back from one member to the next. wrappedLineCount gives the same count for
 * the same text, width and boldness; the store is emptied when full.
 */
const lineCounts = new Map<string, number>();
const MAX_LINE_COUNTS = 10_000;

function lineCount(text: string, width: number, bold: boolean): number {
  const key = `${width}|${bold ? "b" : "r"}|${text}`;
  let lines = lineCounts.get(key);
  if (lines === undefined) {
    lines = wrappedLineCount(text, width, bold);
    if (lineCounts.size >= MAX_LINE_COUNTS) lineCounts.clear();
    lineCounts.set(key, lines);
  }
  return lines;
}

/**
 * Gives the rows `first` to `last` (from 1) that hold a wrapped text longer than its column the
 * height of its lines (fifteen points a line, counted by wrappedLineCount). LibreOffice does not
 * size the rows of an .xlsx file to their wrapped cells (it keeps the height the file gives, the
 * default one when there is none) and would print one line of each, cut: the height is written.
 * A row whose texts fit keeps the default height.
 *
 * @param worksheet - the sheet
 * @param first - first row, from 1
 * @param last - last row, from 1
 * @example
 * fitRowHeights(worksheet, 22, 26);
 */
export function fitRowHeights(worksheet: Worksheet, first: number, last: number): void {
  const widths = new Map<number, number>();
  const widthOf = (column: number) => {
    let width = widths.get(column);
    if (width === undefined) {
      width = worksheet.getColumn(column).width ?? DEFAULT_COLUMN_WIDTH;
      widths.set(column, width);
    }
    return width;
  };
  for (let number = first; number <= last; number += 1) {
    const row = worksheet.getRow(number);
    let lines = 1;
    row.eachCell((cell, column) => {
      if (cell.style.alignment?.wrapText !== true) return;
      const value = readCell(cell);
      if (typeof value !== "string") return;
      lines = Math.max(lines, lineCount(value, widthOf(column), cell.font?.bold === true));
    });
    if (lines > 1) row.height = lines * LINE_POINTS;
  }
}

/**
 * Makes the text of blocks of cells wrap (SheetSpec.wrap), and sizes their rows to it
 * (fitRowHeights). Each cell gets a new style object, shared by the cells whose style was the
 * same object (see wrappedStyle); a block without a bottom also gives its columns the wrapping
 * style, which ExcelJS gives to the cells created in them later (rows appended to the journal)
 * and Excel to the cells typed there.
 *
 * @param worksheet - the sheet just written, column widths set
 * @param areas - the blocks, rows and columns from 0
 * @param rowCount - the rows written, where a block without a bottom stops for now
 * @example
 * wrapAreas(worksheet, [{ top: 21, left: 0, bottom: 24, right: 4 }], 60);
 */
export function wrapAreas(
  worksheet: Worksheet,
  areas: readonly SheetArea[],
  rowCount: number
): void {
  for (const area of areas) {
    const bottom = area.bottom ?? rowCount - 1;
    for (let column = area.left; column <= area.right; column += 1) {
      if (area.bottom === undefined) {
        const whole = worksheet.getColumn(column + 1);
        whole.style = { ...whole.style, alignment: withWrap(whole.style?.alignment) };
      }
      for (let row = area.top; row <= bottom; row += 1) {
        const cell = worksheet.getRow(row + 1).getCell(column + 1);
        cell.style = wrappedStyle(cell.style);
      }
    }
    fitRowHeights(worksheet, area.top + 1, bottom + 1);
  }
}

/**
 * Extends a sheet's print area over rows appended below a table, when it ended on the table's
 * last row (the journal's, set when the sheet was written): without it, the rows a later
 * generation appends would not print. A print area ending elsewhere is left as it is.
 *
 * @param worksheet - the sheet of the table
 * @param oldBottom - the table's last row before, from 1
 * @param newBottom - its last row now, from 1
 * @example
 * extendPrintArea(worksheet, 5, 7); // "$A$1:$H$5" becomes "$A$1:$H$7"
 */
export function extendPrintArea(worksheet: Worksheet, oldBottom: number, newBottom: number): void {
  const area = worksheet.pageSetup.printArea;
  const match = area === undefined ? null : /^(.*\D)(\d+)$/.exec(area);
  if (!match || Number(match[2]) !== oldBottom) return;
  worksheet.pageSetup = { ...worksheet.pageSetup, printArea: `${match[1]}${newBottom}` };
}
