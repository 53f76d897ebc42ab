import type { SheetCell, SheetSpec } from "../domain/sheets/SheetSpec";

/** An Excel table as read: its name, sheet, values (header row first) and address. */
export interface TableSnapshot {
  readonly name: string;
  readonly sheet: string;
  /** Values of the whole table, header row first, as Excel gives them. */
  readonly values: readonly (readonly unknown[])[];
  /** Address of the whole table, header included, e.g. "Membres!A1:M13". */
  readonly address: string;
}

/** How far a long write has gone. */
export interface WriteProgress {
  readonly done: number;
  readonly total: number;
}

/** Options of a write of several sheets. */
export interface WriteSheetsOptions {
  /**
   * Names of existing sheets the user agreed to replace; any other existing name is an error.
   * Names are compared as Excel does, without regard to case.
   */
  readonly replace?: ReadonlySet<string>;
  /** Called after each batch is written. */
  readonly onProgress?: (progress: WriteProgress) => void;
  /** Stops between batches when aborted; what was written stays. */
  readonly signal?: AbortSignal;
}

/** A change to one cell of an existing table: row 1 is the header. */
export interface TableCellUpdate {
  /** Row in the table, 1 for the header row (as TableProblem.row). */
  readonly row: number;
  /** Column in the table, 0 for its first column (as the index matchHeaders gives). */
  readonly column: number;
  readonly cell: SheetCell;
}

/**
 * Everything the add-in does to a workbook, in one small interface: the task pane and the
 * statement engine use only this, so the same code runs on Excel (Office.js) and, later, on an
 * .xlsx file. Implementations batch their work: the number of round trips to Excel does not grow
 * with the number of members.
 */
export interface WorkbookGateway {
  /** Reads every table of the workbook. */
  readTables(): Promise<TableSnapshot[]>;
  /** Names of the worksheets. */
  sheetNames(): Promise<string[]>;
  /** Writes new sheets (cells, widths, print setup, tables), in batches. */
  writeSheets(sheets: readonly SheetSpec[], options?: WriteSheetsOptions): Promise<void>;
  /**
   * Deletes sheets, with their tables (names compared as Excel does, without regard to case); a
   * name not in the workbook is ignored. Used only to take back the sheets a generation added
   * when it stops before issuing its numbers.
   */
  deleteSheets(names: readonly string[]): Promise<void>;
  /** Adds rows at the end of an existing table. */
  appendTableRows(table: string, rows: readonly (readonly SheetCell[])[]): Promise<void>;
  /** Changes cells of an existing table (e.g. the status of a cancelled statement). */
  updateTableCells(table: string, updates: readonly TableCellUpdate[]): Promise<void>;
  /** Selects a cell of a table (row 1 = header, column 0 = first column), to show the user where a problem is. */
  selectTableCell(table: string, row: number, column: number): Promise<void>;
}

/** Raised when a write would replace a sheet the user did not agree to replace. */
export class SheetExistsError extends Error {
  readonly sheets: readonly string[];

  /** @param sheets - names of the sheets that exist already */
  constructor(sheets: readonly string[]) {
    super(
      `Ces feuilles existent déjà et ne seront pas remplacées sans votre accord : ${sheets.join(", ")}.`
    );
    this.name = "SheetExistsError";
    this.sheets = sheets;
  }
}

/** Raised when a write is cancelled by the user between two batches. */
export class WriteCancelledError extends Error {
  readonly written: number;

  /** @param written - how many sheets were written before the cancel */
  constructor(written: number) {
    super(`Écriture annulée : ${written} feuille(s) déjà écrite(s).`);
    this.name = "WriteCancelledError";
    this.written = written;
  }
}
