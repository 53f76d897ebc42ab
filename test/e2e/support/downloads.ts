import { mkdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";
import { E2E_OUTPUT } from "./buildPane";

/** Where downloaded files are kept for a look after the run (git-ignored). */
export const DOWNLOADS = path.join(E2E_OUTPUT, "downloads");

/**
 * Clicks a button that downloads a file, and keeps the file.
 *
 * @param page - the page
 * @param button - the button
 * @returns the name the page gave the file and where it was saved
 * @example
 * const csv = await download(page, page.getByRole("button", { name: /CSV/ }));
 */
export async function download(
  page: Page,
  button: Locator
): Promise<{ name: string; file: string }> {
  mkdirSync(DOWNLOADS, { recursive: true });
  const [started] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const name = started.suggestedFilename();
  const file = path.join(DOWNLOADS, name);
  await started.saveAs(file);
  return { name, file };
}

/** A table of a workbook as saved: its name, sheet, data rows (header excluded) and cells. */
export interface SavedTable {
  readonly name: string;
  readonly sheet: string;
  readonly rows: readonly (readonly unknown[])[];
}

/** What ExcelJS keeps of a table read from a file (its typings do not declare it). */
type LoadedTable = { table?: { name?: string; tableRef?: string; ref?: string } };

function cellsOf(sheet: ExcelJS.Worksheet, range: string): unknown[][] {
  const [first, last] = range.split(":");
  const top = sheet.getCell(first ?? "A1");
  const bottom = sheet.getCell(last ?? first ?? "A1");
  const rows: unknown[][] = [];
  for (let row = Number(top.row); row <= Number(bottom.row); row++) {
    const cells: unknown[] = [];
    for (let column = Number(top.col); column <= Number(bottom.col); column++)
      cells.push(sheet.getCell(row, column).value);
    rows.push(cells);
  }
  return rows;
}

/**
 * Reopens an .xlsx file with ExcelJS, as another program would.
 *
 * @param file - the file
 * @returns its sheet names and tables (rows below the header)
 * @example
 * const { sheets, tables } = await readXlsx("test-output/e2e/downloads/appels-2025.xlsx");
 */
export async function readXlsx(file: string): Promise<{ sheets: string[]; tables: SavedTable[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const tables: SavedTable[] = [];
  for (const sheet of workbook.worksheets) {
    for (const loaded of sheet.getTables() as unknown as LoadedTable[]) {
      const model = loaded.table;
      const range = model?.tableRef ?? model?.ref;
      if (!model?.name || !range) continue;
      tables.push({ name: model.name, sheet: sheet.name, rows: cellsOf(sheet, range).slice(1) });
    }
  }
  return { sheets: workbook.worksheets.map((sheet) => sheet.name), tables };
}
