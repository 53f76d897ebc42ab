// Types only: ExcelJS is loaded on demand by xlsxWorkbook.ts and handed in.
import type { CellValue, Workbook } from "exceljs";
import { cellReference, parseRange } from "./cellRange";
import type { ReadBook, ReadCell, ReadValue } from "./readBook";

type ExcelJSModule = typeof import("exceljs");

/** Style of the tables copied: Excel's default for a new table. */
const TABLE_STYLE = {
  theme: "TableStyleMedium2",
  showFirstColumn: false,
  showLastColumn: false,
  showRowStripes: true,
  showColumnStripes: false,
} as const;

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
 * values, formulas, number formats, column widths and merged blocks, and every table. Nothing
 * else of the file comes along (fonts, fills, theme, drawings…): the workbook written later is
 * ExcelJS's own, whatever program wrote the file, so that no style ExcelJS cannot read or write
 * can break it.
 *
 * @param ExcelJS - the ExcelJS module
 * @param book - what the file holds
 * @returns the workbook
 * @example
 * const workbook = bookToExcelJS(ExcelJS, readSpreadsheet(bytes));
 */
export function bookToExcelJS(ExcelJS: ExcelJSModule, book: ReadBook): Workbook {
  const workbook = new ExcelJS.Workbook();
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
        if (cell.numFmt) target.numFmt = cell.numFmt;
      }
    for (const [column, width] of sheet.columnWidths) worksheet.getColumn(column).width = width;
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
