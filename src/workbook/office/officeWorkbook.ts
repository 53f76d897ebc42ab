import type { SheetSpec } from "../../domain/sheets/SheetSpec";
import {
  SheetExistsError,
  WriteCancelledError,
  type TableCellUpdate,
  type TableSnapshot,
  type WorkbookGateway,
  type WriteSheetsOptions,
} from "../WorkbookGateway";
import { numberFormatOf } from "../numberFormats";
import { cellBlock, excelValue } from "./sheetPayload";
import {
  batchByBytes,
  BULK_CELLS,
  jsonBytes,
  OPERATION_BYTES,
  sheetWrites,
  splitWrite,
  writeBytes,
  type SheetWrite,
} from "./sheetWrites";

/**
 * The most one request may weigh, in bytes of the text Office.js sends. Excel on the web refuses
 * a request over 5 MB (RequestPayloadSizeLimitExceeded); batches are planned under this limit
 * and measured before they are sent.
 */
export const REQUEST_LIMIT_BYTES = 4_500_000;

/**
 * Cells read per request when the tables must be read in blocks (their values did not fit in one
 * response of Excel on the web, 5 MB at most): about 1,5 to 3 MB for a register; halved again
 * whenever Excel still refuses.
 */
export const READ_CELLS_PER_REQUEST = 150_000;

/** The part of Excel.run the gateway uses: run a batch in a request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

/** Internals of Microsoft's runtime through which a request can be measured before it is sent. */
interface PendingRequestInternals {
  _pendingRequest?: {
    buildRequestMessageBodyAndRequestFlags?: () => { body: unknown };
  };
}

/**
 * The size of the request a context would send now, as Office.js will serialise it
 * (`JSON.stringify` of the body its request executor sends), or null when the runtime does not
 * let it be read (a test double). Building the body has no effect on the request.
 *
 * @param context - the request context
 * @returns UTF-8 bytes, or null
 */
export function pendingRequestBytes(context: Excel.RequestContext): number | null {
  try {
    const pending = (context as unknown as PendingRequestInternals)._pendingRequest;
    const build = pending?.buildRequestMessageBodyAndRequestFlags;
    if (typeof build !== "function") return null;
    return jsonBytes(build.call(pending).body);
  } catch {
    return null;
  }
}

/** Raised inside a run whose request, measured, is over the limit: nothing was sent. */
class OversizedRequest extends Error {
  constructor(
    readonly bytes: number,
    /** The batches to send instead. */
    readonly parts: readonly unknown[][]
  ) {
    super(`Requête de ${bytes} octets, au-delà de ${REQUEST_LIMIT_BYTES}.`);
  }
}

/**
 * Sends items in as few requests as the limit allows: planned by `bytesOf` (an upper bound of
 * what each item adds), then measured before each sync; a request measured over the limit is not
 * sent but split (in halves, or by `split` for a single item) and tried again. A single item
 * that cannot be split is sent as it is.
 */
async function inRequests<T>(
  run: ExcelRun,
  items: readonly T[],
  bytesOf: (item: T) => number,
  apply: (context: Excel.RequestContext, batch: readonly T[]) => void,
  options: {
    /** What every request weighs besides its items (its envelope by default). */
    overhead?: number;
    split?: (item: T) => T[] | null;
    before?: () => void;
    after?: (batch: readonly T[]) => void;
  } = {}
): Promise<void> {
  const queue = batchByBytes(
    items,
    bytesOf,
    REQUEST_LIMIT_BYTES,
    options.overhead ?? OPERATION_BYTES.request
  );
  const partsOf = (batch: T[]): T[][] | null => {
    if (batch.length > 1) {
      const middle = Math.ceil(batch.length / 2);
      return [batch.slice(0, middle), batch.slice(middle)];
    }
    const pieces = options.split?.(batch[0] as T) ?? null;
    return pieces && pieces.length > 1 ? pieces.map((piece) => [piece]) : null;
  };

  while (queue.length > 0) {
    const batch = queue.shift() as T[];
    options.before?.();
    try {
      await run(async (context) => {
        apply(context, batch);
        const bytes = pendingRequestBytes(context);
        if (bytes !== null && bytes > REQUEST_LIMIT_BYTES) {
          const parts = partsOf(batch);
          if (parts) throw new OversizedRequest(bytes, parts);
        }
        await context.sync();
      });
    } catch (error) {
      if (!(error instanceof OversizedRequest)) throw error;
      queue.unshift(...(error.parts as T[][]));
      continue;
    }
    options.after?.(batch);
  }
}

/**
 * Queues the Office.js calls of one write in a context (sent by the next sync).
 *
 * @param context - the request context
 * @param write - the write
 */
export function applyWrite(context: Excel.RequestContext, write: SheetWrite): void {
  const sheets = context.workbook.worksheets;
  if (write.replace) sheets.getItem(write.name).delete();
  const sheet = write.first ? sheets.add(write.name) : sheets.getItem(write.name);
  // Ranges are untracked: Excel.run would otherwise keep a reference to each of them (two more
  // actions in the request, a reference id in the response, a release request afterwards).
  // Formats first, then values: a money cell must not show a raw number even for a moment.
  if (write.numberFormat)
    sheet.getRange(write.numberFormat.address).untrack().numberFormat = write.numberFormat.formats;
  sheet.getRange(write.values.address).untrack().values = write.values.values;
  for (const areas of write.bold) sheet.getRanges(areas).untrack().format.font.bold = true;
  for (const { columns, points } of write.columnWidths)
    sheet.getRange(columns).untrack().format.columnWidth = points;
  if (write.page) {
    const layout = sheet.pageLayout;
    layout.orientation = write.page.orientation;
    layout.paperSize = "A4";
    layout.zoom = { horizontalFitToPages: 1 };
    layout.setPrintArea(write.page.printArea);
  }
  if (write.table) sheet.tables.add(write.table.address, true).name = write.table.name;
  // Last, once the values are in: Excel sizes each row to its wrapped text.
  for (const areas of write.wrap ?? []) {
    const format = sheet.getRanges(areas).untrack().format;
    format.wrapText = true;
    format.verticalAlignment = "Top";
  }
}

/** Excel compares sheet names without regard to case: "Appel 2025-0001" and "APPEL 2025-0001" are one sheet. */
function sheetKey(name: string): string {
  return name.toUpperCase();
}

function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ResponsePayloadSizeLimitExceeded";
}

/** The values of every table, read in blocks of rows (for tables too large for one response). */
async function readTablesInBlocks(run: ExcelRun): Promise<TableSnapshot[]> {
  return run(async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();
    const shapes = tables.items.map((table) => ({
      name: table.name,
      range: table.getRange().load("address,rowCount,columnCount"),
      sheet: table.worksheet.load("name"),
    }));
    await context.sync();
    const read = shapes.map(() => [] as unknown[][]);
    const next = shapes.map(() => 0);
    let cells = READ_CELLS_PER_REQUEST;
    for (;;) {
      const loads: { index: number; range: Excel.Range; rows: number }[] = [];
      let left = cells;
      shapes.forEach(({ range }, index) => {
        const remaining = range.rowCount - (next[index] ?? 0);
        if (remaining <= 0 || (left <= 0 && loads.length > 0)) return;
        const rows = Math.min(
          remaining,
          Math.max(loads.length === 0 ? 1 : 0, Math.floor(left / range.columnCount))
        );
        if (rows === 0) return;
        const block = range
          .getCell(next[index] ?? 0, 0)
          .getResizedRange(rows - 1, range.columnCount - 1)
          .untrack()
          .load("values");
        loads.push({ index, range: block, rows });
        left -= rows * range.columnCount;
      });
      if (loads.length === 0) break;
      try {
        await context.sync();
      } catch (error) {
        const smallest = Math.min(
          ...loads.map(({ index }) => shapes[index]?.range.columnCount ?? 1)
        );
        if (!isResponseTooLarge(error) || cells <= smallest) throw error;
        cells = Math.max(smallest, Math.floor(cells / 2));
        continue;
      }
      for (const { index, range, rows } of loads) {
        const target = read[index] ?? [];
        for (const row of range.values) target.push(row);
        next[index] = (next[index] ?? 0) + rows;
      }
    }
    return shapes.map(({ name, range, sheet }, index): TableSnapshot => ({
      name,
      sheet: sheet.name,
      values: read[index] ?? [],
      address: range.address,
    }));
  });
}

/**
 * Bytes one row adds to a rows.add request: its values and formats, and its share of the blocks
 * in which Office.js splits a number format array of more than 1 500 cells (an upper bound).
 */
function rowBytes(values: readonly unknown[], formats: readonly string[]): number {
  return (
    jsonBytes(values) +
    jsonBytes(formats) +
    2 +
    Math.ceil((OPERATION_BYTES.bulkBlock * formats.length) / BULK_CELLS)
  );
}

/**
 * The workbook gateway over Office.js. Every method is a fixed number of `context.sync` round
 * trips: reading all tables is two (more only for tables too large for one response of Excel on
 * the web), writing sheets is one to list them, then one per request of up to
 * {@link REQUEST_LIMIT_BYTES}, whatever the number of members.
 *
 * @param run - how to run a batch; Excel.run by default (tests pass a double's, or Microsoft's
 *   runtime over an in-memory Excel)
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

  const readAllTables = () =>
    run(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      const loaded = tables.items.map((table) => {
        // Untracked: read once, in this request; Excel.run need not keep it, then release it.
        const range = table.getRange().untrack().load("values,address");
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
    });

  return {
    async readTables() {
      try {
        return await readAllTables();
      } catch (error) {
        // Excel on the web answers at most 5 MB: read the tables again, in blocks of rows.
        if (!isResponseTooLarge(error)) throw error;
        return readTablesInBlocks(run);
      }
    },

    sheetNames,

    async writeSheets(specs: readonly SheetSpec[], options: WriteSheetsOptions = {}) {
      const existing = new Set((await sheetNames()).map(sheetKey));
      const replace = new Set([...(options.replace ?? [])].map(sheetKey));
      const exists = (name: string) => existing.has(sheetKey(name));
      const refused = specs
        .map((spec) => spec.name)
        .filter((name) => exists(name) && !replace.has(sheetKey(name)));
      if (refused.length > 0) throw new SheetExistsError(refused);
      const maxWrite = REQUEST_LIMIT_BYTES - OPERATION_BYTES.request;
      const specOf = new Map<SheetWrite, SheetSpec>();
      const writes = specs.flatMap((spec) => {
        const pieces = sheetWrites(spec, exists(spec.name), maxWrite);
        for (const piece of pieces) specOf.set(piece, spec);
        return pieces;
      });
      let done = 0;
      await inRequests(
        run,
        writes,
        writeBytes,
        (context, batch) => {
          for (const write of batch) applyWrite(context, write);
        },
        {
          // A single write measured over the limit: its rows in two halves.
          split: (write) => {
            const spec = specOf.get(write);
            const halves = spec ? splitWrite(spec, write) : null;
            for (const half of halves ?? []) specOf.set(half, spec as SheetSpec);
            return halves;
          },
          before: () => {
            if (options.signal?.aborted) throw new WriteCancelledError(done);
          },
          after: (batch) => {
            done += batch.filter((write) => write.last).length;
            options.onProgress?.({ done, total: specs.length });
          },
        }
      );
    },

    async deleteSheets(names: readonly string[]) {
      const wanted = new Set(names.map(sheetKey));
      const present = (await sheetNames()).filter((name) => wanted.has(sheetKey(name)));
      if (present.length === 0) return;
      await inRequests(
        run,
        present,
        (name) => OPERATION_BYTES.deleteSheet + jsonBytes(name),
        (context, batch) => {
          for (const name of batch) context.workbook.worksheets.getItem(name).delete();
        }
      );
    },

    async appendTableRows(tableName, rows) {
      if (rows.length === 0) return;
      const block = cellBlock(rows);
      const indexes = block.values.map((_, index) => index);
      await inRequests(
        run,
        indexes,
        (index) => rowBytes(block.values[index] ?? [], block.formats[index] ?? []),
        (context, batch) => {
          const values = batch.map((index) => block.values[index] ?? []);
          const formats = batch.map((index) => block.formats[index] ?? []);
          const added = context.workbook.tables.getItem(tableName).rows.add(undefined, values);
          // rows.add returns only the top row of those added: widen its range to all of them.
          added.getRange().getResizedRange(values.length - 1, 0).numberFormat = formats;
        },
        {
          overhead:
            OPERATION_BYTES.request +
            OPERATION_BYTES.rowsAdd +
            OPERATION_BYTES.bulkCheck +
            jsonBytes(tableName),
        }
      );
    },

    updateTableCells: (tableName, updates: readonly TableCellUpdate[]) =>
      inRequests(
        run,
        updates,
        ({ cell }) =>
          OPERATION_BYTES.cellUpdate +
          jsonBytes(excelValue(cell)) +
          jsonBytes(numberFormatOf(cell)),
        (context, batch) => {
          const range = context.workbook.tables.getItem(tableName).getRange();
          // One cell at a time (a cancelled statement's status): few cells, each its own range.
          for (const { row, column, cell } of batch) {
            const target = range.getCell(row - 1, column);
            target.numberFormat = [[numberFormatOf(cell)]];
            target.values = [[excelValue(cell)]];
          }
        },
        { overhead: OPERATION_BYTES.request + OPERATION_BYTES.tableRange + jsonBytes(tableName) }
      ),

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
