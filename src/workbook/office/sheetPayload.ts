import { excelSerialOf } from "../../domain/dates/excelDates";
import type { SheetCell } from "../../domain/sheets/SheetSpec";
import { numberFormatOf } from "../numberFormats";

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
      return excelSerialOf(new Date(`${cell.value}T00:00:00Z`));
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
