/*
 * The writes of the workbook gateway as they were at commit 29d8b74 (before issue 10), kept only
 * so that `npm run bench:office` can measure them next to today's on Microsoft's runtime: one
 * range per bold cell and per column width, each tracked by Excel.run, and batches estimated
 * under 4 MB from the JSON of values and formats (the real requests were about twice that).
 * Not used by the add-in.
 */
import type { SheetSpec } from "../src/domain/sheets/SheetSpec";
import { blockAddress, columnLetters } from "../src/workbook/cellAddress";
import type { ExcelRun } from "../src/workbook/office/officeWorkbook";
import { cellBlock } from "../src/workbook/office/sheetPayload";
import type { WorkbookGateway } from "../src/workbook/WorkbookGateway";

const LIMIT_BYTES_BEFORE = 4_000_000;
const POINTS_PER_CHARACTER = 6;
const utf8 = new TextEncoder();

function estimateBefore(sheet: SheetSpec): number {
  const block = cellBlock(sheet.rows);
  return (
    utf8.encode(JSON.stringify(block.values)).length +
    utf8.encode(JSON.stringify(block.formats)).length +
    2_000 +
    block.bold.length * 200
  );
}

function chunkBefore(sheets: readonly SheetSpec[]): SheetSpec[][] {
  const batches: SheetSpec[][] = [];
  let current: SheetSpec[] = [];
  let weight = 0;
  for (const sheet of sheets) {
    const bytes = estimateBefore(sheet);
    if (current.length > 0 && weight + bytes > LIMIT_BYTES_BEFORE) {
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

function writeSheetBefore(context: Excel.RequestContext, spec: SheetSpec, replace: boolean): void {
  const sheets = context.workbook.worksheets;
  if (replace) sheets.getItem(spec.name).delete();
  const sheet = sheets.add(spec.name);
  const block = cellBlock(spec.rows);
  const address = blockAddress(block.rowCount, block.columnCount);
  const range = sheet.getRange(address);
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

/**
 * A gateway whose writeSheets is the one of commit 29d8b74 (no existence check: the bench
 * writes into a workbook without those sheets); everything else is today's.
 *
 * @param today - today's gateway over the same run
 * @param run - Excel.run
 * @returns the gateway with the former writes
 */
export function withWritesBefore(today: WorkbookGateway, run: ExcelRun): WorkbookGateway {
  return {
    ...today,
    async writeSheets(specs) {
      await today.sheetNames();
      for (const batch of chunkBefore(specs)) {
        await run(async (context) => {
          for (const spec of batch) writeSheetBefore(context, spec, false);
          await context.sync();
        });
      }
    },
  };
}
