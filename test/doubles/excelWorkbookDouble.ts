import { OfficeMockObject } from "office-addin-mock";

/**
 * Test double of an Excel workbook behind Office.js, built on office-addin-mock's
 * OfficeMockObject. Test-only: the add-in talks to the real Excel through Office.js.
 *
 * What it models, and how:
 * - Proxies. Every object the code touches (context, workbook, collections, worksheets, tables,
 *   ranges, page layouts) is an OfficeMockObject. Properties the code reads (`items`, `name`,
 *   `values`, `address`) are populated through office-addin-mock, so reading one before `load`
 *   and `context.sync()` gives office-addin-mock's error strings instead of a value. Values are
 *   taken from the workbook when `load` is called.
 * - Collections. office-addin-mock keeps an array as a plain value and cannot load "items/name";
 *   the double's `load` loads `items`, then the rest of the path on each item.
 * - Writes. Property writes (`values`, `numberFormat`, `format.font.bold`, `format.columnWidth`,
 *   on a range or on the areas of `getRanges`, page layout) and method calls (`add`, `delete`, `activate`, `select`, `setPrintArea`,
 *   `tables.add`, `rows.add`) are queued, like Office.js does, and applied in order on the next
 *   `context.sync()`, which then resolves the queued loads. A write that Excel would refuse
 *   (a matrix of the wrong size, an existing sheet name, deleting the last sheet…) makes that
 *   sync reject; the writes before it stay, those after it are dropped, as in Excel.
 * - Round trips. Each `context.sync()` that carries writes or loads is one request, recorded in
 *   `state.requests` with its operation count and the UTF-8 size of their JSON. The `run` of the
 *   double, like Excel.run, sends what is still queued when the batch ends (an implicit request).
 *   One context serves every run, so `jest.spyOn(double.context, "sync")` counts all of them.
 *
 * Everything written is recorded in `state`, a plain object: sheets by name (values as written,
 * number formats, bold cells, column widths, print area, page setup, tables), tables (place,
 * size, appended rows), active sheet and selected cell.
 */

/** A cell value as Office.js takes it. */
export type CellDouble = string | number | boolean;

/** Page setup of a sheet, as written. */
export interface PageSetupDouble {
  orientation: string | null;
  paperSize: string | null;
  zoom: Record<string, unknown> | null;
}

/** A worksheet: everything written to it. */
export interface SheetStateDouble {
  name: string;
  /** Values as written (a text written "'0059" stays "'0059"), from A1; "" where nothing was written. */
  values: CellDouble[][];
  /** Number formats, from A1, same shape as `values`; "General" where none was written. */
  numberFormats: string[][];
  /** Bold cells, as A1 addresses, in the order they were made bold. */
  bold: string[];
  /** Column widths in points, by column letters ("A": 276). */
  columnWidths: Record<string, number>;
  /** Print area as given to setPrintArea. */
  printArea: string | null;
  pageSetup: PageSetupDouble;
  /** Names of the tables on this sheet. */
  tables: string[];
}

/** An Excel table: where it is and what was appended to it. */
export interface TableStateDouble {
  name: string;
  sheet: string;
  /** Zero-based sheet row of the header row. */
  top: number;
  /** Zero-based sheet column of the first column. */
  left: number;
  /** Rows, header included. */
  rowCount: number;
  columnCount: number;
  hasHeaders: boolean;
  /** Rows added by rows.add, values as written, in order. */
  appendedRows: CellDouble[][];
}

/** One round trip to Excel. */
export interface RequestDouble {
  /** Writes and method calls sent. */
  operations: number;
  /** Objects loaded. */
  loads: number;
  /** UTF-8 size of the JSON of the operations. */
  bytes: number;
  /** True when Excel.run sent it at the end of a batch, not context.sync(). */
  implicit: boolean;
}

/** A getCell call on a table's range. */
export interface GetCellCallDouble {
  table: string;
  row: number;
  column: number;
}

/** Everything the code did to the workbook. */
export interface WorkbookStateDouble {
  /** Sheets by name, in workbook order. */
  sheets: Record<string, SheetStateDouble>;
  /** Tables by name. */
  tables: Record<string, TableStateDouble>;
  activeSheet: string | null;
  selected: { sheet: string; address: string } | null;
  /** Names of the sheets added, in order. */
  added: string[];
  /** Names of the sheets deleted, in order. */
  deleted: string[];
  getCellCalls: GetCellCallDouble[];
  requests: RequestDouble[];
  /** Calls of `run`. */
  runs: number;
}

/** A table to put in the workbook before the test. */
export interface TableSeedDouble {
  name: string;
  sheet: string;
  /** Header row first. */
  values: CellDouble[][];
  /** Top-left cell, "A1" by default. */
  at?: string;
}

/** The workbook before the test. */
export interface WorkbookSeedDouble {
  /** Sheet names, in order; sheets of seeded tables are added when missing. "Feuil1" when none. */
  sheets?: readonly string[];
  tables?: readonly TableSeedDouble[];
  /** Active sheet; the first sheet by default. */
  activeSheet?: string;
}

/** The double: its state, its request context and an Excel.run that uses it. */
export interface ExcelWorkbookDouble {
  readonly state: WorkbookStateDouble;
  readonly context: Excel.RequestContext;
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** A table's values as Excel would read them (header first, quote prefixes removed). */
  tableValues(name: string): CellDouble[][];
}

/** An error Excel would raise, with its code ("ItemAlreadyExists", "InvalidArgument"…). */
export class ExcelErrorDouble extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = "ExcelErrorDouble";
    this.code = code;
  }
}

/**
 * How Excel takes a value written through Range.values (TOOLCHAIN.md): a string starting with
 * an apostrophe is text (the apostrophe is not part of it); one starting with =, +, - or @ is a
 * formula; one that looks like a number is a number (leading zeros lost); any other is text.
 *
 * @param written - the value written
 * @returns what the cell holds
 */
export function howExcelReadsDouble(written: unknown): {
  kind: "text" | "formula" | "number" | "boolean";
  value: unknown;
} {
  if (typeof written === "number") return { kind: "number", value: written };
  if (typeof written === "boolean") return { kind: "boolean", value: written };
  const text = String(written);
  if (text.startsWith("'")) return { kind: "text", value: text.slice(1) };
  if (/^[=+\-@]/.test(text)) return { kind: "formula", value: text };
  if (/^\s*\d+([.,]\d+)?\s*$/.test(text))
    return { kind: "number", value: Number(text.replace(",", ".")) };
  return { kind: "text", value: text };
}

// ---------------------------------------------------------------------------------------------
// A1 addresses (kept apart from src/ so that a bug there does not hide in the double).

function lettersDouble(column: number): string {
  let letters = "";
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

function columnIndexDouble(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

interface BoxDouble {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

function parseAddressDouble(address: string): BoxDouble {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const columns = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(local);
  if (columns) {
    // Whole columns ("A:C"): only their width is ever written.
    const left = columnIndexDouble(columns[1] ?? "A");
    return { top: 0, left, rows: 1, columns: columnIndexDouble(columns[2] ?? "A") - left + 1 };
  }
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(local);
  if (!match) throw new ExcelErrorDouble("InvalidArgument", `Adresse invalide : ${address}`);
  const [, c1 = "A", r1 = "1", c2 = c1, r2 = r1] = match;
  const top = Number(r1) - 1;
  const left = columnIndexDouble(c1);
  return { top, left, rows: Number(r2) - top, columns: columnIndexDouble(c2) - left + 1 };
}

function cellAddressDouble(row: number, column: number): string {
  return `${lettersDouble(column)}${row + 1}`;
}

function boxAddressDouble(box: BoxDouble): string {
  const first = cellAddressDouble(box.top, box.left);
  if (box.rows === 1 && box.columns === 1) return first;
  return `${first}:${cellAddressDouble(box.top + box.rows - 1, box.left + box.columns - 1)}`;
}

function sheetPrefixDouble(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

// ---------------------------------------------------------------------------------------------

/** Private members of OfficeMockObject the double uses to refresh a property before a load. */
interface MockInternalsDouble {
  setValue(propertyName: string, value: unknown): void;
}

interface OperationDouble {
  readonly payload: unknown;
  readonly apply: () => void;
}

interface LocatedRangeDouble extends BoxDouble {
  sheet: SheetStateDouble;
}

const NOT_LOADED_DOUBLE = "Error, property was not loaded";

/**
 * Creates the double of a workbook.
 *
 * @param seed - sheets and tables it starts with
 * @returns the double
 */
export function createExcelWorkbookDouble(seed: WorkbookSeedDouble = {}): ExcelWorkbookDouble {
  const state: WorkbookStateDouble = {
    sheets: {},
    tables: {},
    activeSheet: null,
    selected: null,
    added: [],
    deleted: [],
    getCellCalls: [],
    requests: [],
    runs: 0,
  };
  let queue: OperationDouble[] = [];
  let pendingLoads = new Set<OfficeMockObject>();

  // --- workbook model ------------------------------------------------------------------------

  const sameName = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

  function findSheet(name: string): SheetStateDouble | undefined {
    return Object.values(state.sheets).find((sheet) => sameName(sheet.name, name));
  }

  function sheetNamed(name: string): SheetStateDouble {
    const sheet = findSheet(name);
    if (!sheet) throw new ExcelErrorDouble("ItemNotFound", `Feuille introuvable : ${name}`);
    return sheet;
  }

  function findTable(name: string): TableStateDouble | undefined {
    return Object.values(state.tables).find((table) => sameName(table.name, name));
  }

  function tableNamed(name: string): TableStateDouble {
    const table = findTable(name);
    if (!table) throw new ExcelErrorDouble("ItemNotFound", `Tableau introuvable : ${name}`);
    return table;
  }

  function newSheet(name: string): SheetStateDouble {
    if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
      throw new ExcelErrorDouble("InvalidArgument", `Nom de feuille invalide : ${name}`);
    }
    if (findSheet(name))
      throw new ExcelErrorDouble("ItemAlreadyExists", `La feuille existe déjà : ${name}`);
    const sheet: SheetStateDouble = {
      name,
      values: [],
      numberFormats: [],
      bold: [],
      columnWidths: {},
      printArea: null,
      pageSetup: { orientation: null, paperSize: null, zoom: null },
      tables: [],
    };
    state.sheets[name] = sheet;
    return sheet;
  }

  function liveSheet(sheet: SheetStateDouble): SheetStateDouble {
    if (state.sheets[sheet.name] !== sheet) {
      throw new ExcelErrorDouble("InvalidOperation", `La feuille ${sheet.name} a été supprimée.`);
    }
    return sheet;
  }

  /** Makes the sheet's matrices cover a box, padded to a rectangle. */
  function cover(sheet: SheetStateDouble, box: BoxDouble): void {
    const width = Math.max(sheet.values[0]?.length ?? 0, box.left + box.columns);
    const height = Math.max(sheet.values.length, box.top + box.rows);
    while (sheet.values.length < height) {
      sheet.values.push([]);
      sheet.numberFormats.push([]);
    }
    sheet.values.forEach((row, r) => {
      const formats = sheet.numberFormats[r] as string[];
      while (row.length < width) row.push("");
      while (formats.length < width) formats.push("General");
    });
  }

  /** Writes a matrix (or one value for every cell) into a box, as Range.values does. */
  function writeBox(
    located: LocatedRangeDouble,
    input: unknown,
    target: "values" | "numberFormats",
    what: string
  ): void {
    const { sheet } = located;
    let matrix: unknown[][];
    if (Array.isArray(input)) {
      const rowsMatch = input.length === located.rows;
      const columnsMatch = input.every(
        (row) => Array.isArray(row) && row.length === located.columns
      );
      if (!rowsMatch || !columnsMatch) {
        throw new ExcelErrorDouble(
          "InvalidArgument",
          `${what} : la matrice (${input.length} lignes) ne correspond pas à la plage ${boxAddressDouble(located)} ` +
            `(${located.rows} × ${located.columns}).`
        );
      }
      matrix = input as unknown[][];
    } else {
      matrix = Array.from({ length: located.rows }, () =>
        Array<unknown>(located.columns).fill(input)
      );
    }
    cover(sheet, located);
    matrix.forEach((row, r) =>
      row.forEach((value, c) => {
        const line = sheet[target][located.top + r] as unknown[];
        line[located.left + c] = value;
      })
    );
  }

  function readTableValues(table: TableStateDouble): CellDouble[][] {
    const sheet = sheetNamed(table.sheet);
    return Array.from({ length: table.rowCount }, (_, r) =>
      Array.from({ length: table.columnCount }, (_, c) => {
        const written = sheet.values[table.top + r]?.[table.left + c] ?? "";
        const read = howExcelReadsDouble(written);
        return (read.kind === "text" ? read.value : written) as CellDouble;
      })
    );
  }

  function tableBox(table: TableStateDouble): BoxDouble {
    return { top: table.top, left: table.left, rows: table.rowCount, columns: table.columnCount };
  }

  function overlaps(a: BoxDouble, b: BoxDouble): boolean {
    return (
      a.top < b.top + b.rows &&
      b.top < a.top + a.rows &&
      a.left < b.left + b.columns &&
      b.left < a.left + a.columns
    );
  }

  function newTable(
    sheet: SheetStateDouble,
    box: BoxDouble,
    hasHeaders: boolean,
    name?: string
  ): TableStateDouble {
    for (const other of Object.values(state.tables)) {
      if (other.sheet === sheet.name && overlaps(tableBox(other), box)) {
        throw new ExcelErrorDouble(
          "InvalidOperation",
          `Un tableau ne peut pas en chevaucher un autre (${other.name}).`
        );
      }
    }
    let tableName = name ?? "";
    if (name === undefined) {
      for (let n = 1; tableName === "" || findTable(tableName); n += 1) tableName = `Tableau${n}`;
    } else if (findTable(name)) {
      throw new ExcelErrorDouble("ItemAlreadyExists", `Le tableau existe déjà : ${name}`);
    }
    const table: TableStateDouble = {
      name: tableName,
      sheet: sheet.name,
      top: box.top,
      left: box.left,
      rowCount: box.rows,
      columnCount: box.columns,
      hasHeaders,
      appendedRows: [],
    };
    state.tables[tableName] = table;
    sheet.tables.push(tableName);
    return table;
  }

  function renameTable(table: TableStateDouble, name: string): void {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || name.length > 255) {
      throw new ExcelErrorDouble("InvalidArgument", `Nom de tableau invalide : ${name}`);
    }
    const other = findTable(name);
    if (other && other !== table)
      throw new ExcelErrorDouble("ItemAlreadyExists", `Le tableau existe déjà : ${name}`);
    delete state.tables[table.name];
    const sheet = sheetNamed(table.sheet);
    sheet.tables = sheet.tables.map((existing) => (existing === table.name ? name : existing));
    table.name = name;
    state.tables[name] = table;
  }

  function deleteSheet(sheet: SheetStateDouble): void {
    if (Object.keys(state.sheets).length === 1) {
      throw new ExcelErrorDouble(
        "InvalidOperation",
        "Un classeur doit contenir au moins une feuille visible."
      );
    }
    for (const table of sheet.tables) delete state.tables[table];
    delete state.sheets[sheet.name];
    state.deleted.push(sheet.name);
    if (state.activeSheet === sheet.name) state.activeSheet = Object.keys(state.sheets)[0] ?? null;
    if (state.selected?.sheet === sheet.name) state.selected = null;
  }

  // --- requests --------------------------------------------------------------------------------

  function enqueue(payload: unknown, apply: () => void): void {
    queue.push({ payload, apply });
  }

  async function send(implicit: boolean): Promise<void> {
    const operations = queue;
    const loads = [...pendingLoads];
    queue = [];
    pendingLoads = new Set();
    if (operations.length === 0 && loads.length === 0) return;
    const json = JSON.stringify(operations.map((operation) => operation.payload));
    state.requests.push({
      operations: operations.length,
      loads: loads.length,
      bytes: Buffer.byteLength(json, "utf8"),
      implicit,
    });
    // Excel stops at the first failing operation; what was done before it stays.
    for (const operation of operations) operation.apply();
    await Promise.all(loads.map((mock) => OfficeMockObject.prototype.sync.call(mock)));
    // office-addin-mock copies loaded values in continuations of its own sync: let them run.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }

  // --- proxies ---------------------------------------------------------------------------------

  /**
   * Gives a mock a `load` that refreshes the loaded properties from the workbook first, loads
   * "items/…" paths on each item, and registers the mock for the next sync.
   */
  function loadable<M extends OfficeMockObject>(
    mock: M,
    fresh: Record<string, () => unknown>,
    items?: () => OfficeMockObject[]
  ): M {
    const load = (argument?: unknown) => {
      let paths: string[];
      if (argument === undefined) paths = Object.keys(fresh).concat(items ? ["items"] : []);
      else if (typeof argument === "string") paths = argument.split(",");
      else if (Array.isArray(argument)) paths = argument.map(String);
      else throw new Error("excelWorkbookDouble: load({…}) is not modelled; pass property names.");
      for (const path of paths.map((p) => p.trim()).filter((p) => p !== "")) {
        const [head = "", ...rest] = path.split("/");
        if (head === "items" && items) {
          const list = items();
          (mock as unknown as MockInternalsDouble).setValue("items", list);
          OfficeMockObject.prototype.load.call(mock, "items");
          for (const item of list)
            item.load(rest.length > 0 ? rest.join("/") : (undefined as unknown as string));
        } else {
          const refresh = fresh[head];
          if (!refresh) throw new Error(`excelWorkbookDouble: load("${path}") is not modelled.`);
          (mock as unknown as MockInternalsDouble).setValue(head, refresh());
          OfficeMockObject.prototype.load.call(mock, path);
        }
      }
      pendingLoads.add(mock);
      return mock;
    };
    Object.defineProperty(mock, "load", { value: load, configurable: true });
    return mock;
  }

  /** Defines a write-only property that queues an operation; reading it gives the not-loaded error. */
  function writeOnly(
    mock: OfficeMockObject,
    property: string,
    write: (value: unknown) => void
  ): void {
    Object.defineProperty(mock, property, {
      get: () => NOT_LOADED_DOUBLE,
      set: write,
      configurable: true,
      enumerable: true,
    });
  }

  /** A range that records writes. `locate` is called when the operations are applied. */
  function writableRange(locate: () => LocatedRangeDouble, describe: string): OfficeMockObject {
    const range = new OfficeMockObject({
      format: { font: {} },
      select: () =>
        enqueue({ op: "select", range: describe }, () => {
          const located = locate();
          state.selected = { sheet: located.sheet.name, address: boxAddressDouble(located) };
        }),
      getCell: (row: number, column: number) =>
        writableRange(() => {
          const located = locate();
          return {
            sheet: located.sheet,
            top: located.top + row,
            left: located.left + column,
            rows: 1,
            columns: 1,
          };
        }, `${describe}.getCell(${row},${column})`),
      getResizedRange: (deltaRows: number, deltaColumns: number) =>
        writableRange(() => {
          const located = locate();
          const resized = {
            ...located,
            rows: located.rows + deltaRows,
            columns: located.columns + deltaColumns,
          };
          if (resized.rows < 1 || resized.columns < 1) {
            throw new ExcelErrorDouble(
              "InvalidArgument",
              `getResizedRange(${deltaRows}, ${deltaColumns}) : plage vide.`
            );
          }
          return resized;
        }, `${describe}.getResizedRange(${deltaRows},${deltaColumns})`),
    });
    Object.defineProperty(range, "load", {
      value: () => {
        throw new Error(
          "excelWorkbookDouble: this range records writes only; read a table through table.getRange()."
        );
      },
    });
    writeOnly(range, "values", (values) =>
      enqueue({ op: "values", range: describe, values }, () =>
        writeBox(locate(), values, "values", "values")
      )
    );
    writeOnly(range, "numberFormat", (formats) =>
      enqueue({ op: "numberFormat", range: describe, formats }, () =>
        writeBox(locate(), formats, "numberFormats", "numberFormat")
      )
    );
    formatWrites(range, () => [locate()], describe);
    // untrack() only releases the proxy's reference: nothing to send.
    Object.defineProperty(range, "untrack", { value: () => range });
    return range;
  }

  /** format.font.bold and format.columnWidth of a range or of several areas (getRanges). */
  function formatWrites(
    target: OfficeMockObject,
    locateAll: () => LocatedRangeDouble[],
    describe: string
  ): void {
    const format = target.format as OfficeMockObject;
    writeOnly(format.font as OfficeMockObject, "bold", (bold) =>
      enqueue({ op: "bold", range: describe, bold }, () => {
        for (const located of locateAll()) {
          cover(located.sheet, located);
          for (let r = 0; r < located.rows; r += 1) {
            for (let c = 0; c < located.columns; c += 1) {
              const address = cellAddressDouble(located.top + r, located.left + c);
              located.sheet.bold = located.sheet.bold.filter((cell) => cell !== address);
              if (bold === true) located.sheet.bold.push(address);
            }
          }
        }
      })
    );
    writeOnly(format, "columnWidth", (width) =>
      enqueue({ op: "columnWidth", range: describe, width }, () => {
        for (const located of locateAll()) {
          for (let c = 0; c < located.columns; c += 1) {
            located.sheet.columnWidths[lettersDouble(located.left + c)] = Number(width);
          }
        }
      })
    );
  }

  /** The areas of worksheet.getRanges("A1:B2,D4"): only their format is written. */
  function areasProxy(locateAll: () => LocatedRangeDouble[], describe: string): OfficeMockObject {
    const areas = new OfficeMockObject({ format: { font: {} } });
    formatWrites(areas, locateAll, describe);
    Object.defineProperty(areas, "untrack", { value: () => areas });
    return areas;
  }

  /** A worksheet proxy; `resolve` finds its sheet when operations are applied. */
  function worksheetProxy(name: string, resolve: () => SheetStateDouble): OfficeMockObject {
    const at = (box: BoxDouble) => (): LocatedRangeDouble => ({
      sheet: liveSheet(resolve()),
      ...box,
    });
    const worksheet = new OfficeMockObject({
      name,
      pageLayout: {
        setPrintArea: (area: unknown) =>
          enqueue({ op: "setPrintArea", sheet: name, area }, () => {
            liveSheet(resolve()).printArea = String(area);
          }),
      },
      tables: {
        add: (address: string, hasHeaders: boolean) => {
          let created: TableStateDouble | undefined;
          const made = () => {
            if (!created)
              throw new ExcelErrorDouble("InvalidOperation", "Tableau pas encore créé.");
            return created;
          };
          enqueue({ op: "tables.add", sheet: name, address, hasHeaders }, () => {
            created = newTable(liveSheet(resolve()), parseAddressDouble(address), hasHeaders);
          });
          return tableProxy(made, { nameWritable: true });
        },
      },
      getRange: (address: string) =>
        writableRange(at(parseAddressDouble(address)), `${name}!${address}`),
      getRanges: (address: string) =>
        areasProxy(
          () => address.split(/[,;]/).map((part) => at(parseAddressDouble(part.trim()))()),
          `${name}!{${address}}`
        ),
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) =>
        writableRange(
          at({ top: row, left: column, rows, columns }),
          `${name}!(${row},${column},${rows},${columns})`
        ),
      delete: () => enqueue({ op: "delete", sheet: name }, () => deleteSheet(liveSheet(resolve()))),
      activate: () =>
        enqueue({ op: "activate", sheet: name }, () => {
          state.activeSheet = liveSheet(resolve()).name;
        }),
    });
    const layout = worksheet.pageLayout as OfficeMockObject;
    for (const property of ["orientation", "paperSize", "zoom"] as const) {
      writeOnly(layout, property, (value) =>
        enqueue({ op: property, sheet: name, value }, () => {
          const setup = liveSheet(resolve()).pageSetup;
          if (property === "zoom") setup.zoom = { ...(value as Record<string, unknown>) };
          else setup[property] = String(value);
        })
      );
    }
    return loadable(worksheet, { name: () => liveSheet(resolve()).name });
  }

  /** A table proxy; `resolve` finds its table when operations are applied. */
  function tableProxy(
    resolve: () => TableStateDouble,
    options: { nameWritable: boolean; name?: string }
  ): OfficeMockObject {
    const table = new OfficeMockObject({
      ...(options.nameWritable ? {} : { name: options.name ?? "" }),
      rows: {
        add: (index: number | null | undefined, values: unknown) => {
          let firstRow = -1;
          enqueue({ op: "rows.add", index: index ?? null, values }, () => {
            const found = resolve();
            const sheet = sheetNamed(found.sheet);
            const rows = Array.isArray(values) ? (values as unknown[]) : [];
            if (
              rows.length === 0 ||
              !rows.every((row) => Array.isArray(row) && row.length === found.columnCount)
            ) {
              throw new ExcelErrorDouble(
                "InvalidArgument",
                `rows.add : chaque ligne doit avoir ${found.columnCount} valeurs (tableau ${found.name}).`
              );
            }
            const dataRows = found.rowCount - 1;
            const at = index === null || index === undefined ? dataRows : index;
            if (at < 0 || at > dataRows)
              throw new ExcelErrorDouble(
                "InvalidArgument",
                `rows.add : index ${at} hors du tableau.`
              );
            const below = readTableValues(found).slice(1 + at);
            const box = {
              top: found.top + 1 + at,
              left: found.left,
              rows: rows.length + below.length,
              columns: found.columnCount,
            };
            writeBox(
              { sheet, ...box },
              [...(rows as CellDouble[][]), ...below],
              "values",
              "rows.add"
            );
            found.rowCount += rows.length;
            found.appendedRows.push(...(rows as CellDouble[][]).map((row) => [...row]));
            firstRow = found.top + 1 + at;
          });
          const row = new OfficeMockObject({
            getRange: () =>
              writableRange(() => {
                const found = resolve();
                if (firstRow < 0)
                  throw new ExcelErrorDouble("InvalidOperation", "Ligne pas encore ajoutée.");
                return {
                  sheet: sheetNamed(found.sheet),
                  top: firstRow,
                  left: found.left,
                  rows: 1,
                  columns: found.columnCount,
                };
              }, "tableRow.getRange()"),
          });
          return row;
        },
      },
      getRange: () => tableRangeProxy(resolve),
    });
    // table.worksheet: the table's sheet, as found when used.
    const sheetOf = () => sheetNamed(resolve().sheet);
    Object.defineProperty(table, "worksheet", {
      get: () => worksheetProxy(`(sheet of ${tableNameOf(resolve)})`, sheetOf),
      enumerable: true,
    });
    if (options.nameWritable) {
      writeOnly(table, "name", (name) =>
        enqueue({ op: "table.name", name }, () => renameTable(resolve(), String(name)))
      );
      return table;
    }
    return loadable(table, { name: () => resolve().name });
  }

  /** The range of a whole table: values and address can be loaded; getCell gives a writable cell. */
  function tableRangeProxy(resolve: () => TableStateDouble): OfficeMockObject {
    const range = new OfficeMockObject({
      values: [],
      address: "",
      getCell: (row: number, column: number) => {
        state.getCellCalls.push({ table: tableNameOf(resolve), row, column });
        return writableRange(() => {
          const table = resolve();
          return {
            sheet: sheetNamed(table.sheet),
            top: table.top + row,
            left: table.left + column,
            rows: 1,
            columns: 1,
          };
        }, `table.getRange().getCell(${row},${column})`);
      },
      select: () =>
        enqueue({ op: "select", range: "table" }, () => {
          const table = resolve();
          state.selected = { sheet: table.sheet, address: boxAddressDouble(tableBox(table)) };
        }),
    });
    Object.defineProperty(range, "untrack", { value: () => range });
    return loadable(range, {
      values: () => readTableValues(resolve()),
      address: () => {
        const table = resolve();
        return `${sheetPrefixDouble(table.sheet)}!${boxAddressDouble(tableBox(table))}`;
      },
    });
  }

  function tableNameOf(resolve: () => TableStateDouble): string {
    try {
      return resolve().name;
    } catch {
      return "?";
    }
  }

  // --- context ---------------------------------------------------------------------------------

  const context = new OfficeMockObject({
    workbook: { worksheets: { items: [] }, tables: { items: [] } },
  });
  const workbook = context.workbook as OfficeMockObject;
  const worksheets = workbook.worksheets as OfficeMockObject;
  const tables = workbook.tables as OfficeMockObject;

  loadable(worksheets, {}, () =>
    Object.values(state.sheets).map((sheet) => worksheetProxy(sheet.name, () => sheet))
  );
  worksheets.add = (name: string) => {
    let created: SheetStateDouble | undefined;
    enqueue({ op: "worksheets.add", name }, () => {
      created = newSheet(name);
      state.added.push(name);
    });
    return worksheetProxy(name, () => {
      if (!created)
        throw new ExcelErrorDouble("InvalidOperation", `Feuille pas encore ajoutée : ${name}`);
      return created;
    });
  };
  worksheets.getItem = (name: string) => worksheetProxy(name, () => sheetNamed(name));

  loadable(tables, {}, () =>
    Object.values(state.tables).map((table) =>
      tableProxy(() => table, { nameWritable: false, name: table.name })
    )
  );
  tables.getItem = (name: string) =>
    tableProxy(() => tableNamed(name), { nameWritable: false, name });

  Object.defineProperty(context, "sync", {
    value: () => send(false),
    writable: true,
    configurable: true,
  });

  // --- seed ------------------------------------------------------------------------------------

  const seedSheets = [...(seed.sheets ?? [])];
  for (const table of seed.tables ?? [])
    if (!seedSheets.includes(table.sheet)) seedSheets.push(table.sheet);
  if (seedSheets.length === 0) seedSheets.push("Feuil1");
  for (const name of seedSheets) newSheet(name);
  for (const seeded of seed.tables ?? []) {
    const sheet = sheetNamed(seeded.sheet);
    const origin = parseAddressDouble(seeded.at ?? "A1");
    const columns = Math.max(...seeded.values.map((row) => row.length));
    const box = { top: origin.top, left: origin.left, rows: seeded.values.length, columns };
    const padded = seeded.values.map((row) => [
      ...row,
      ...Array<CellDouble>(columns - row.length).fill(""),
    ]);
    writeBox({ sheet, ...box }, padded, "values", "seed");
    newTable(sheet, box, true, seeded.name);
  }
  state.activeSheet = seed.activeSheet ?? seedSheets[0] ?? null;

  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    state.runs += 1;
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      await send(true);
      return result;
    } finally {
      queue = [];
      pendingLoads = new Set();
    }
  };

  return {
    state,
    context: context as unknown as Excel.RequestContext,
    run,
    tableValues: (name) => readTableValues(tableNamed(name)),
  };
}
