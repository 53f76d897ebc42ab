// Types only: ExcelJS is loaded on demand by xlsxWorkbook.ts and handed in.
import { BOLD_FONT, TABLE_STYLE } from "./excelStyles";
import type { Alignment, CellValue, Font, PageSetup, Style, Workbook, Worksheet } from "exceljs";
import { cellReference, parseRange } from "./cellRange";
import type { ReadBook, ReadCell, ReadLayout, ReadSheet, ReadValue } from "./readBook";

type ExcelJSModule = typeof import("exceljs");

/**
 * Style objects by layout and number format, one per pair, shared by the cells that have it:
 * ExcelJS writes a style object once however many cells use it. Nothing changes them in place
 * (the gateway gives a cell it writes a new style object, see writeCell).
 */
class SharedStyles {
  private readonly styles = new Map<ReadLayout | undefined, Map<string, Partial<Style>>>();

  /** The style of a cell with this layout and number format; undefined for neither. */
  of(layout: ReadLayout | undefined, numFmt = ""): Partial<Style> | undefined {
    if (layout === undefined && numFmt === "") return undefined;
    let byFormat = this.styles.get(layout);
    if (!byFormat) {
      byFormat = new Map();
      this.styles.set(layout, byFormat);
    }
    let style = byFormat.get(numFmt);
    if (!style) {
      style = { ...styleOf(layout), ...(numFmt === "" ? {} : { numFmt }) };
      byFormat.set(numFmt, style);
    }
    return style;
  }
}

/** Font and alignment of a layout, as ExcelJS holds them. */
function styleOf(layout: ReadLayout | undefined): Partial<Style> {
  if (!layout) return {};
  const style: { font?: Partial<Font>; alignment?: Partial<Alignment> } = {};
  if (layout.bold) style.font = BOLD_FONT;
  const alignment: Partial<Alignment> = {};
  if (layout.wrapText) alignment.wrapText = true;
  if (layout.vertical) alignment.vertical = layout.vertical;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  return style;
}

/**
 * A print area as ExcelJS takes it: blocks joined by "&&", each cell with "$" before its row
 * (ExcelJS writes "$" before each end of a block: "A$1:E$52" is written "$A$1:$E$52").
 *
 * @example
 * exceljsPrintArea(["A1:E52"]); // "A$1:E$52"
 */
function exceljsPrintArea(blocks: readonly string[]): string {
  return blocks.map((block) => block.replace(/([A-Z])(\d)/g, "$1$$$2")).join("&&");
}

/** Row heights, page setup and print area of a sheet read, given to its new worksheet. */
function applyPrintLayout(worksheet: Worksheet, sheet: ReadSheet): void {
  for (const [row, height] of sheet.rowHeights ?? []) worksheet.getRow(row).height = height;
  const setup: Partial<PageSetup> = { ...sheet.pageSetup };
  if (sheet.pageSetup?.margins) setup.margins = { ...sheet.pageSetup.margins };
  if (sheet.printArea) setup.printArea = exceljsPrintArea(sheet.printArea);
  if (Object.keys(setup).length > 0) worksheet.pageSetup = { ...worksheet.pageSetup, ...setup };
}

/** A read value as ExcelJS holds it: errors as { error }, "" as no value. */
function excelValue(value: ReadValue): CellValue {
  if (value === "") return null;
  return value as CellValue;
}

/** A read cell as ExcelJS holds it, formula and result together. */
function cellValue(cell: ReadCell): CellValue {
  const result = cell.value === "" ? undefined : excelValue(cell.value);
  if (cell.sharedFormula !== undefined)
    return { sharedFormula: cell.sharedFormula, result } as unknown as CellValue;
  if (cell.formula !== undefined) {
    const value: Record<string, unknown> = { formula: cell.formula, result };
    if (cell.shareType) {
      value.shareType = cell.shareType;
      value.ref = cell.formulaRef;
    }
    return value as unknown as CellValue;
  }
  return excelValue(cell.value);
}

/**
 * A new ExcelJS workbook holding what a file read (see readSpreadsheet): every sheet with its
 * values, formulas, number formats, column widths and merged blocks, and every table; and what
 * the add-in's own sheets need to print as they were written: bold (in the add-in's Calibri 11),
 * wrapping and vertical alignment of cells and columns, row heights, page setup and print area.
 * Nothing else of the file comes along (other fonts, fills, borders, theme, drawings…): the
 * workbook written later is ExcelJS's own, whatever program wrote the file, so that no style
 * ExcelJS cannot read or write can break it.
 *
 * @param ExcelJS - the ExcelJS module
 * @param book - what the file holds
 * @returns the workbook
 * @example
 * const workbook = bookToExcelJS(ExcelJS, readSpreadsheet(bytes));
 */
export function bookToExcelJS(ExcelJS: ExcelJSModule, book: ReadBook): Workbook {
  const workbook = new ExcelJS.Workbook();
  const styles = new SharedStyles();
  for (const sheet of book.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    // Tables first: ExcelJS writes their header and rows into the cells, which the cells read
    // then overwrite with exactly what the file holds.
    for (const table of book.tables.filter((candidate) => candidate.sheet === sheet.name)) {
      const range = parseRange(table.ref);
      const top = range.top + (table.headerRow ? 1 : 0);
      const bottom = range.bottom - (table.totalsRow ? 1 : 0);
      const rows: unknown[][] = [];
      for (let row = top; row <= bottom; row += 1) {
        const cells = sheet.rows.get(row);
        const values: unknown[] = [];
        for (let column = range.left; column <= range.right; column += 1)
          values.push(cells?.get(column)?.value ?? null);
        rows.push(values);
      }
      if (rows.length === 0) rows.push([]);
      worksheet.addTable({
        name: table.name,
        ref: cellReference(range.top, range.left),
        headerRow: table.headerRow,
        totalsRow: table.totalsRow,
        style: TABLE_STYLE,
        columns: Array.from({ length: range.right - range.left + 1 }, (_, index) => ({
          name: table.columns[index] || `Colonne${index + 1}`,
          filterButton: true,
        })),
        rows,
      });
    }
    for (const [row, cells] of sheet.rows)
      for (const [column, cell] of cells) {
        const target = worksheet.getCell(row, column);
        target.value = cellValue(cell);
        const style = styles.of(cell.layout, cell.numFmt);
        if (style) target.style = style;
      }
    for (const [column, width] of sheet.columnWidths) worksheet.getColumn(column).width = width;
    // After the cells, which keep their own style: cells created later in the column take it.
    for (const [column, layout] of sheet.columnLayouts ?? [])
      worksheet.getColumn(column).style = styles.of(layout) ?? {};
    applyPrintLayout(worksheet, sheet);
    for (const merge of sheet.merges) {
      try {
        worksheet.mergeCells(merge);
      } catch {
        // A block over a table or another block: the cells stay apart, their values unchanged.
      }
    }
  }
  return workbook;
}
