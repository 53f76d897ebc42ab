import type { SheetCell, SheetSpec } from "../../src/domain/sheets/SheetSpec";
import {
  SheetExistsError,
  WriteCancelledError,
  type TableCellUpdate,
  type TableSnapshot,
  type WorkbookGateway,
  type WriteSheetsOptions,
} from "../../src/workbook/WorkbookGateway";

/** The value Excel would hold for a written cell: euros for money, the text for text. */
export function cellValueDouble(cell: SheetCell): unknown {
  if (cell.kind === "money") return cell.value / 100;
  if (cell.kind === "empty" || cell.kind === "formula") return null;
  return cell.value;
}

/** What the in-memory workbook double holds and records. */
export interface MemoryWorkbookStateDouble {
  tables: { name: string; sheet: string; values: unknown[][] }[];
  sheets: string[];
  written: SheetSpec[];
  appended: { table: string; rows: SheetCell[][] }[];
  updated: { table: string; updates: TableCellUpdate[] }[];
  selected: { table: string; row: number; column: number } | null;
  /** Calls in order, to check that nothing is written before validation. */
  calls: string[];
}

/**
 * Test double of the workbook gateway, in memory: it serves the tables it is given and records
 * every write. It follows the gateway's contract (existing sheets are refused unless replaced,
 * cancellation between sheets), so components and workflows can be tested without Office.
 *
 * @param tables - the workbook's tables (values with the header row first)
 * @param sheets - names of existing worksheets (the tables' sheets are added)
 * @returns the gateway and its state
 */
export function createMemoryWorkbookDouble(
  tables: { name: string; sheet?: string; values: unknown[][] }[],
  sheets: string[] = []
): { workbook: WorkbookGateway; state: MemoryWorkbookStateDouble } {
  const state: MemoryWorkbookStateDouble = {
    tables: tables.map((t) => ({ name: t.name, sheet: t.sheet ?? t.name, values: t.values })),
    sheets: [...new Set([...sheets, ...tables.map((t) => t.sheet ?? t.name)])],
    written: [],
    appended: [],
    updated: [],
    selected: null,
    calls: [],
  };
  const workbook: WorkbookGateway = {
    async readTables(): Promise<TableSnapshot[]> {
      state.calls.push("readTables");
      return state.tables.map((t) => ({
        name: t.name,
        sheet: t.sheet,
        values: t.values,
        address: `${t.sheet}!A1`,
      }));
    },
    async sheetNames() {
      state.calls.push("sheetNames");
      return [...state.sheets];
    },
    async writeSheets(specs: readonly SheetSpec[], options: WriteSheetsOptions = {}) {
      state.calls.push("writeSheets");
      const lower = new Set(state.sheets.map((name) => name.toLowerCase()));
      const replace = new Set([...(options.replace ?? [])].map((name) => name.toLowerCase()));
      const refused = specs
        .map((s) => s.name)
        .filter((n) => lower.has(n.toLowerCase()) && !replace.has(n.toLowerCase()));
      if (refused.length > 0) throw new SheetExistsError(refused);
      let done = 0;
      for (const spec of specs) {
        if (options.signal?.aborted) throw new WriteCancelledError(done);
        state.written.push(spec);
        if (!lower.has(spec.name.toLowerCase())) state.sheets.push(spec.name);
        if (spec.table) {
          const columns = spec.table.columns ?? Infinity;
          const values = spec.rows
            .slice(spec.table.headerRow)
            .map((row) => row.slice(0, columns).map(cellValueDouble));
          state.tables.push({ name: spec.table.name, sheet: spec.name, values });
        }
        done += 1;
        options.onProgress?.({ done, total: specs.length });
        await Promise.resolve();
      }
    },
    async deleteSheets(names) {
      state.calls.push("deleteSheets");
      const wanted = new Set(names.map((name) => name.toLowerCase()));
      state.sheets = state.sheets.filter((name) => !wanted.has(name.toLowerCase()));
      state.tables = state.tables.filter((table) => !wanted.has(table.sheet.toLowerCase()));
    },
    async appendTableRows(table, rows) {
      state.calls.push("appendTableRows");
      state.appended.push({ table, rows: rows.map((row) => [...row]) });
    },
    async updateTableCells(table, updates) {
      state.calls.push("updateTableCells");
      state.updated.push({ table, updates: [...updates] });
    },
    async selectTableCell(table, row, column) {
      state.calls.push("selectTableCell");
      state.selected = { table, row, column };
    },
  };
  return { workbook, state };
}
