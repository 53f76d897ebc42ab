// Types only: this module must not load ExcelJS (xlsxWorkbook.ts loads it on demand).
import type { Worksheet } from "exceljs";
import { tablesByRole } from "../tablesByRole";
import { normalizeKey } from "../../domain/text/normalizeKey";
import type { CellRange } from "./cellRange";
import { readCell } from "./cellValues";

/** How far down a sheet its header row is looked for. */
const HEADER_SEARCH_ROWS = 10;

/**
 * The block a sheet holds when its first row of two cells or more looks like a header: all its
 * filled cells are text, none twice. The block spans the header's columns, from the header row
 * to the last row with something in those columns (blank rows included, as in a table).
 *
 * @param worksheet - the sheet
 * @returns the block, header row first, or null when the sheet does not look like a table
 * @example
 * headerBlock(worksheet); // { top: 1, left: 1, bottom: 6, right: 13 }
 */
export function headerBlock(worksheet: Worksheet): CellRange | null {
  const lastRow = worksheet.rowCount;
  for (let top = 1; top <= Math.min(lastRow, HEADER_SEARCH_ROWS); top += 1) {
    const filled: [number, string | number | boolean][] = [];
    worksheet.findRow(top)?.eachCell((cell, column) => {
      const value = readCell(cell);
      if (value !== "") filled.push([column, value]);
    });
    // An empty row, or a title alone on its row: the header is further down.
    if (filled.length < 2) continue;
    const keys = filled.map(([, value]) => (typeof value === "string" ? normalizeKey(value) : ""));
    if (keys.some((key) => key === "") || new Set(keys).size !== keys.length) return null;
    const left = Math.min(...filled.map(([column]) => column));
    const right = Math.max(...filled.map(([column]) => column));
    let bottom = top;
    for (let row = top + 1; row <= lastRow; row += 1) {
      for (let column = left; column <= right; column += 1) {
        if (readCell(worksheet.findCell(row, column)) !== "") {
          bottom = row;
          break;
        }
      }
    }
    return { top, left, bottom, right };
  }
  return null;
}

/** A sheet read as a table: its name is the sheet's. */
export interface SheetAsTable {
  readonly name: string;
  readonly worksheet: Worksheet;
  readonly range: CellRange;
}

/**
 * The register sheets to read as tables although they hold no Excel table (users forget to make
 * them, and LibreOffice users may not know how). A sheet qualifies when:
 * - it holds no Excel table;
 * - its name says which register table it is, as the task pane finds tables by name (« Membres »,
 *   « Écoles », « Paramètres », « Journal », « Barème »…: see tablesByRole);
 * - no Excel table of the workbook plays that role already (a real table always wins), nor an
 *   earlier sheet;
 * - its first row of two cells or more looks like a header (see headerBlock).
 * Each such sheet is read, and written to, as a table named after the sheet, spanning the block.
 *
 * @param worksheets - the sheets, in order
 * @param excelTables - names of the workbook's Excel tables, and the sheets that hold them
 * @returns the sheets read as tables
 * @example
 * sheetsAsTables(workbook.worksheets, []).map((t) => t.name); // ["Membres", "Écoles"]
 */
export function sheetsAsTables(
  worksheets: readonly Worksheet[],
  excelTables: readonly { name: string; sheet: string }[]
): SheetAsTable[] {
  const asSnapshot = (name: string, sheet: string) => ({ name, sheet, values: [], address: "" });
  const covered = new Set(
    Object.keys(tablesByRole(excelTables.map((table) => asSnapshot(table.name, table.sheet))))
  );
  const withTables = new Set(excelTables.map((table) => table.sheet));
  const found: SheetAsTable[] = [];
  for (const worksheet of worksheets) {
    if (withTables.has(worksheet.name)) continue;
    const role = Object.keys(tablesByRole([asSnapshot(worksheet.name, worksheet.name)]))[0];
    if (role === undefined || covered.has(role)) continue;
    const range = headerBlock(worksheet);
    if (!range) continue;
    covered.add(role);
    found.push({ name: worksheet.name, worksheet, range });
  }
  return found;
}
