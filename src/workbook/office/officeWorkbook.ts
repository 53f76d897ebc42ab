import type { SheetSpec } from "../../domain/sheets/SheetSpec";
import {
  SheetExistsError,
  WriteCancelledError,
  type TableCellUpdate,
  type TableSnapshot,
  type WorkbookGateway,
  type WriteSheetsOptions,
} from "../WorkbookGateway";
import { blockAddress, columnLetters } from "./cellAddress";
import { cellBlock, chunkSheets, excelValue, numberFormatOf } from "./sheetPayload";

/** Excel on the web refuses requests over 5 MB: batches stay well under it. */
export const REQUEST_LIMIT_BYTES = 4_000_000;
/** Points per character of column width (Excel's default column is 8.43 characters, 48 pt). */
const POINTS_PER_CHARACTER = 6;

/** The part of Excel.run the gateway uses: run a batch in a request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

function writeSheet(context: Excel.RequestContext, spec: SheetSpec, replace: boolean): void {
  const sheets = context.workbook.worksheets;
  if (replace) sheets.getItem(spec.name).delete();
  const sheet = sheets.add(spec.name);
  const block = cellBlock(spec.rows);
  const address = blockAddress(block.rowCount, block.columnCount);
  const range = sheet.getRange(address);
  // Formats first, then values: a money cell must not show a raw number even for a moment.
  range.numberFormat = block.formats;
  range.values = block.values;
  for (const [row, column] of block.bold)
    sheet.getRangeByIndexes(row, column, 1, 1).format.font.bold = true;
  spec.columnWidths.forEach((width, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width * POINTS_PER_CHARACTER;
  });
  sheet.pageLayout.orientation = spec.print.orientation === "portrait" ? "Portrait" : "Landscape";
  sheet.pageLayout.paperSize = "A4";
  sheet.pageLayout.zoom = { horizontalFitToPages: 1 };
  sheet.pageLayout.setPrintArea(address);
  if (spec.table) {
    const columns = spec.table.columns ?? block.columnCount;
    const tableAddress = `A${spec.table.headerRow + 1}:${columnLetters(columns - 1)}${block.rowCount}`;
    sheet.tables.add(tableAddress, true).name = spec.table.name;
  }
}

/** Excel compares sheet names without regard to case: "Appel 2025-0001" and "APPEL 2025-0001" are one sheet. */
function sheetKey(name: string): string {
  return name.toUpperCase();
}

/**
 * The workbook gateway over Office.js. Every method is a fixed number of `context.sync` round
 * trips: reading all tables is two, writing sheets is one per batch of up to
 * {@link REQUEST_LIMIT_BYTES}, whatever the number of members.
 *
 * @param run - how to run a batch; Excel.run by default (tests pass office-addin-mock's)
 * @returns the gateway
 * @example
 * const workbook = createOfficeWorkbook();
 * const tables = await workbook.readTables();
 */
export function createOfficeWorkbook(run: ExcelRun = defaultRun): WorkbookGateway {
  const sheetNames = () =>
    run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });

  return {
    readTables: () =>
      run(async (context) => {
        const tables = context.workbook.tables;
        tables.load("items/name");
        await context.sync();
        const loaded = tables.items.map((table) => {
          const range = table.getRange().load("values,address");
          const sheet = table.worksheet.load("name");
          return { name: table.name, range, sheet };
        });
        await context.sync();
        return loaded.map(({ name, range, sheet }): TableSnapshot => ({
          name,
          sheet: sheet.name,
          values: range.values,
          address: range.address,
        }));
      }),

    sheetNames,

    async writeSheets(specs: readonly SheetSpec[], options: WriteSheetsOptions = {}) {
      const existing = new Set((await sheetNames()).map(sheetKey));
      const replace = new Set([...(options.replace ?? [])].map(sheetKey));
      const exists = (name: string) => existing.has(sheetKey(name));
      const refused = specs
        .map((spec) => spec.name)
        .filter((name) => exists(name) && !replace.has(sheetKey(name)));
      if (refused.length > 0) throw new SheetExistsError(refused);
      let done = 0;
      for (const batch of chunkSheets(specs, REQUEST_LIMIT_BYTES)) {
        if (options.signal?.aborted) throw new WriteCancelledError(done);
        await run(async (context) => {
          for (const spec of batch) writeSheet(context, spec, exists(spec.name));
          await context.sync();
        });
        done += batch.length;
        options.onProgress?.({ done, total: specs.length });
      }
    },

    async deleteSheets(names: readonly string[]) {
      const wanted = new Set(names.map(sheetKey));
      const present = (await sheetNames()).filter((name) => wanted.has(sheetKey(name)));
      if (present.length === 0) return;
      await run(async (context) => {
        for (const name of present) context.workbook.worksheets.getItem(name).delete();
        await context.sync();
      });
    },

    appendTableRows: (tableName, rows) =>
      run(async (context) => {
        if (rows.length === 0) return;
        const block = cellBlock(rows);
        const added = context.workbook.tables.getItem(tableName).rows.add(undefined, block.values);
        // rows.add returns only the top row of those added: widen its range to all of them.
        added.getRange().getResizedRange(block.rowCount - 1, 0).numberFormat = block.formats;
        await context.sync();
      }),

    updateTableCells: (tableName, updates: readonly TableCellUpdate[]) =>
      run(async (context) => {
        const range = context.workbook.tables.getItem(tableName).getRange();
        for (const { row, column, cell } of updates) {
          const target = range.getCell(row - 1, column);
          target.numberFormat = [[numberFormatOf(cell)]];
          target.values = [[excelValue(cell)]];
        }
        await context.sync();
      }),

    selectTableCell: (tableName, row, column) =>
      run(async (context) => {
        const table = context.workbook.tables.getItem(tableName);
        table.worksheet.activate();
        table
          .getRange()
          .getCell(row - 1, column)
          .select();
        await context.sync();
      }),
  };
}
