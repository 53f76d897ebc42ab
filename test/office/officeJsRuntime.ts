/**
 * Microsoft's Office.js runtime, offline: the script Excel on the web loads
 * (`@microsoft/office-js` 1.1.x, `dist/excel-web-16.00.js`), evaluated in a jsdom window, with a
 * request executor that records every request body and answers it from a small in-memory Excel.
 * Test-only (and `npm run bench:office`).
 *
 * What is real and what is not:
 * - Real: everything on the add-in's side of the wire. `run` is the runtime's own `Excel.run`
 *   over a real `Excel.RequestContext`; proxies, `load`, `context.sync`, the tracking of objects
 *   and the JSON of each request are Microsoft's. The executor records `JSON.stringify(Body)`,
 *   the text Excel receives (RichApiMessageUtility does the same stringify), and its UTF-8 size.
 * - A double: Excel's side. The executor parses each body (ObjectPaths and Actions), applies it
 *   to an in-memory workbook and answers as Excel does (`Results` by ActionId, `_Items` for
 *   collections, PascalCase properties, `_ReferenceId` for the objects `Excel.run` keeps, then
 *   `Error` with `Code` when an action fails). Only the API the gateway uses is modelled; any other
 *   object path, action or property fails with `NotModelledInHarness`, so a test never passes on
 *   a behaviour the double does not have. Formulas are stored, not calculated.
 * - Limits: like Excel on the web, a request or response over 5 000 000 bytes is refused
 *   (`RequestPayloadSizeLimitExceeded`, `ResponsePayloadSizeLimitExceeded`); `limitBytes: null`
 *   turns the check off, to measure code that would be refused.
 *
 * The runtime also sends requests of its own after a run (the `_RemoveReference` clean-up of the
 * objects Excel.run kept); they are recorded with kind "cleanup" and are not awaited by `run`:
 * call `settle()` before reading `requests`.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { columnLetters } from "../../src/workbook/cellAddress";

/** A cell value as Office.js takes and gives it. */
export type RuntimeCell = string | number | boolean;

/** A worksheet of the in-memory Excel: everything written to it. */
export interface RuntimeSheet {
  readonly id: string;
  name: string;
  /** Values as written from A1 (a text written "'0059" stays "'0059"); "" where none. */
  values: RuntimeCell[][];
  /** Number formats from A1, "General" where none was written. */
  numberFormats: string[][];
  /** Bold cells, as A1 addresses. */
  bold: Set<string>;
  /** Column widths in points, by column letters. */
  columnWidths: Record<string, number>;
  /** Blocks given format.wrapText and format.verticalAlignment, as A1 addresses, in order. */
  wrapText: { address: string; value: unknown }[];
  verticalAlignment: { address: string; value: unknown }[];
  printArea: string | null;
  pageLayout: { orientation: string | null; paperSize: string | null; zoom: unknown };
  /** Names of its tables. */
  tables: string[];
}

/** An Excel table of the in-memory Excel. */
export interface RuntimeTable {
  readonly id: string;
  name: string;
  sheet: RuntimeSheet;
  /** Zero-based sheet row of the header row, and first column. */
  top: number;
  left: number;
  /** Rows, header included. */
  rowCount: number;
  columnCount: number;
}

/** One request the runtime sent, as Excel receives it. */
export interface RuntimeRequest {
  /** `JSON.stringify(message.Body)`: the request text. */
  readonly body: string;
  /** Its UTF-8 size in bytes. */
  readonly bytes: number;
  /** UTF-8 size of the JSON of the answer's Body. */
  readonly responseBytes: number;
  readonly actions: number;
  /** "write": changed the workbook; "read": only instantiated and queried; "cleanup": released references. */
  readonly kind: "write" | "read" | "cleanup";
  /** Error code of the answer, if Excel refused it. */
  readonly error: string | null;
}

/** A property set by a request, as Excel received it: on which range or object, to what. */
export interface RuntimeWrite {
  /** Index in `requests`. */
  readonly request: number;
  /** Office.js property name as sent ("Values", "NumberFormat", "Bold", "ColumnWidth"…). */
  readonly property: string;
  /** Address of the range ("Appel 2025-0001!A1:F35") or kind of object ("pageLayout of …"). */
  readonly target: string;
  readonly value: unknown;
}

/** A table to put in the workbook first. */
export interface RuntimeTableSeed {
  readonly name: string;
  readonly sheet: string;
  /** Header row first. */
  readonly values: readonly (readonly RuntimeCell[])[];
  /** Top-left cell, "A1" by default. */
  readonly at?: string;
}

/** The workbook before the test. */
export interface RuntimeSeed {
  /** Sheet names in order; sheets of seeded tables are added; "Feuil1" when none. */
  readonly sheets?: readonly string[];
  readonly tables?: readonly RuntimeTableSeed[];
}

export interface RuntimeOptions {
  /** Excel on the web's limit for a request and a response; null: no limit (to measure). */
  readonly limitBytes?: number | null;
  /**
   * First id the runtime gives to the objects and actions of each context (1 by default): with
   * 1 000 000, every id has 7 digits, as in the largest requests, to measure the worst case.
   */
  readonly firstId?: number;
}

/** Microsoft's runtime over an in-memory Excel. */
export interface OfficeJsRuntime {
  /** The runtime's Excel.run, each call over a new RequestContext. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Every request sent, in order. */
  readonly requests: RuntimeRequest[];
  /** Every property set, in order. */
  readonly writes: RuntimeWrite[];
  readonly sheets: RuntimeSheet[];
  readonly tables: RuntimeTable[];
  /** Names of the sheets added and deleted, in order. */
  readonly added: string[];
  readonly deleted: string[];
  activeSheet: string | null;
  selected: string | null;
  sheet(name: string): RuntimeSheet | undefined;
  /** A table's values as Excel gives them back (header first, text marks removed). */
  tableValues(name: string): RuntimeCell[][];
  /** Waits until the runtime has sent what it sends on its own (clean-up after a run). */
  settle(): Promise<void>;
}

/** Excel on the web refuses a request or a response over this many bytes (5 MB). */
export const EXCEL_WEB_LIMIT_BYTES = 5_000_000;

// ---------------------------------------------------------------------------------------------
// The runtime, loaded once per process.

interface RuntimeWindow {
  Excel: typeof Excel;
}

interface RequestExecutor {
  executeAsync(
    customData: unknown,
    flags: number,
    message: { Body: unknown }
  ): Promise<{
    HttpStatusCode: number;
    Body?: unknown;
    ErrorCode?: string;
    ErrorMessage?: string;
  }>;
}

let loaded: RuntimeWindow | undefined;

/** Path of Microsoft's runtime for Excel on the web, from the dev dependency. */
export const RUNTIME_SCRIPT = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");

function runtimeWindow(): RuntimeWindow {
  if (!loaded) {
    const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
      runScripts: "outside-only",
      url: "https://localhost/taskpane.html",
    });
    const window = dom.window as unknown as { eval(source: string): unknown } & RuntimeWindow;
    window.eval(readFileSync(RUNTIME_SCRIPT, "utf8"));
    if (typeof window.Excel?.RequestContext !== "function")
      throw new Error(`${RUNTIME_SCRIPT} did not define Excel.RequestContext`);
    loaded = window;
  }
  return loaded;
}

// ---------------------------------------------------------------------------------------------
// Addresses.

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

function columnIndex(text: string): number {
  let index = 0;
  for (const letter of text.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

interface Box {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

/** "A1", "B2:F30", "A:F" (whole columns), with or without a sheet and $ signs. */
function parseAddress(address: string): { sheet: string | null; box: Box } {
  const bang = address.lastIndexOf("!");
  let sheet: string | null = null;
  if (bang >= 0) {
    sheet = address.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  const local = address.slice(bang + 1).replace(/\$/g, "");
  const cells = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(local);
  if (cells) {
    const [, c1 = "A", r1 = "1", c2 = c1, r2 = r1] = cells;
    const top = Number(r1) - 1;
    const left = columnIndex(c1);
    return {
      sheet,
      box: { top, left, rows: Number(r2) - top, columns: columnIndex(c2) - left + 1 },
    };
  }
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(local);
  if (columns) {
    const left = columnIndex(columns[1] ?? "A");
    return {
      sheet,
      box: { top: 0, left, rows: MAX_ROWS, columns: columnIndex(columns[2] ?? "A") - left + 1 },
    };
  }
  throw new ExcelError("InvalidArgument", `Adresse invalide : ${address}`);
}

function boxAddress(box: Box): string {
  const first = `${columnLetters(box.left)}${box.top + 1}`;
  if (box.rows === 1 && box.columns === 1) return first;
  if (box.rows === MAX_ROWS && box.top === 0)
    return `${columnLetters(box.left)}:${columnLetters(box.left + box.columns - 1)}`;
  return `${first}:${columnLetters(box.left + box.columns - 1)}${box.top + box.rows}`;
}

function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** How Excel takes a value written through Range.values, and gives it back. */
function readBack(written: RuntimeCell | undefined): RuntimeCell {
  if (written === undefined) return "";
  return typeof written === "string" && written.startsWith("'") ? written.slice(1) : written;
}

// ---------------------------------------------------------------------------------------------
// The request format (ObjectPaths and Actions, as buildRequestMessageBodyAndRequestFlags makes them).

/** Arguments; an argument that is an object is sent as its path id, listed in ReferencedObjectPathIds. */
interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: unknown[];
}

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

interface RequestBody {
  Actions?: ActionInfo[];
  ObjectPaths?: Record<string, ObjectPathInfo>;
}

/** ObjectPathType values. */
const PATH = { root: 1, method: 3, property: 4, indexer: 5, reference: 6 } as const;
/** ActionType values. */
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;

type Handle =
  | { kind: "workbook" }
  | { kind: "worksheets" }
  | { kind: "tables"; sheet: RuntimeSheet | null }
  | { kind: "sheet"; sheet: RuntimeSheet }
  | { kind: "table"; table: RuntimeTable }
  | { kind: "range"; sheet: RuntimeSheet; box: Box }
  | { kind: "areas"; sheet: RuntimeSheet; boxes: Box[] }
  | { kind: "format"; sheet: RuntimeSheet; boxes: Box[] }
  | { kind: "font"; sheet: RuntimeSheet; boxes: Box[] }
  | { kind: "pageLayout"; sheet: RuntimeSheet }
  | { kind: "tableRows"; table: RuntimeTable }
  | { kind: "tableRow"; table: RuntimeTable; box: Box };

function notModelled(what: string): never {
  throw new ExcelError("NotModelledInHarness", `officeJsRuntime : ${what} n'est pas modélisé.`);
}

// ---------------------------------------------------------------------------------------------

/**
 * Microsoft's runtime over a new in-memory workbook.
 *
 * @param seed - sheets and tables it starts with
 * @param options - limits
 * @returns the runtime
 * @example
 * const office = createOfficeJsRuntime({ sheets: ["Membres"] });
 * await createOfficeWorkbook(office.run).writeSheets(specs);
 * Math.max(...office.requests.map((r) => r.bytes)); // bytes of the largest request
 */
export function createOfficeJsRuntime(
  seed: RuntimeSeed = {},
  options: RuntimeOptions = {}
): OfficeJsRuntime {
  const window = runtimeWindow();
  const limit = options.limitBytes === undefined ? EXCEL_WEB_LIMIT_BYTES : options.limitBytes;
  const sheets: RuntimeSheet[] = [];
  const tables: RuntimeTable[] = [];
  const requests: RuntimeRequest[] = [];
  const writes: RuntimeWrite[] = [];
  const references = new Map<string, Handle>();
  let nextId = 1;
  let pending = 0;

  const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();
  const findSheet = (key: string) =>
    sheets.find((sheet) => same(sheet.name, key) || sheet.id === key);
  const findTable = (key: string) =>
    tables.find((table) => same(table.name, key) || table.id === key);

  function live(sheet: RuntimeSheet): RuntimeSheet {
    if (!sheets.includes(sheet))
      throw new ExcelError("InvalidOperation", `La feuille ${sheet.name} a été supprimée.`);
    return sheet;
  }

  function addSheet(name: string): RuntimeSheet {
    if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name))
      throw new ExcelError("InvalidArgument", `Nom de feuille invalide : ${name}`);
    if (findSheet(name))
      throw new ExcelError("ItemAlreadyExists", `La feuille existe déjà : ${name}`);
    const sheet: RuntimeSheet = {
      id: `{00000000-0001-0000-0000-${String(nextId++).padStart(12, "0")}}`,
      name,
      values: [],
      numberFormats: [],
      bold: new Set(),
      columnWidths: {},
      wrapText: [],
      verticalAlignment: [],
      printArea: null,
      pageLayout: { orientation: null, paperSize: null, zoom: null },
      tables: [],
    };
    sheets.push(sheet);
    return sheet;
  }

  function deleteSheet(sheet: RuntimeSheet): void {
    if (sheets.length === 1)
      throw new ExcelError("InvalidOperation", "Un classeur doit garder au moins une feuille.");
    for (const table of tables.filter((t) => t.sheet === sheet))
      tables.splice(tables.indexOf(table), 1);
    sheets.splice(sheets.indexOf(live(sheet)), 1);
    runtime.deleted.push(sheet.name);
    if (runtime.activeSheet === sheet.name) runtime.activeSheet = sheets[0]?.name ?? null;
  }

  /** Grows the sheet's matrices to cover a box. */
  function cover(sheet: RuntimeSheet, box: Box): void {
    const width = Math.max(sheet.values[0]?.length ?? 0, box.left + box.columns);
    while (sheet.values.length < box.top + box.rows) {
      sheet.values.push([]);
      sheet.numberFormats.push([]);
    }
    sheet.values.forEach((row, r) => {
      const formats = sheet.numberFormats[r] as string[];
      while (row.length < width) row.push("");
      while (formats.length < width) formats.push("General");
    });
  }

  /** Writes a matrix into a box, as Range.values and Range.numberFormat do; null leaves a cell. */
  function writeMatrix(
    sheet: RuntimeSheet,
    box: Box,
    input: unknown,
    target: "values" | "numberFormats"
  ): void {
    if (box.rows === MAX_ROWS) notModelled(`${target} d'une colonne entière`);
    const fits =
      Array.isArray(input) &&
      input.length === box.rows &&
      input.every((row) => Array.isArray(row) && row.length === box.columns);
    if (!fits)
      throw new ExcelError(
        "InvalidArgument",
        `${target} : la matrice ne correspond pas à la plage ${boxAddress(box)} (${box.rows} × ${box.columns}).`
      );
    cover(live(sheet), box);
    (input as unknown[][]).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        if (!["string", "number", "boolean"].includes(typeof value))
          throw new ExcelError("InvalidArgument", `${target} : valeur invalide.`);
        (sheet[target][box.top + r] as unknown[])[box.left + c] = value;
      })
    );
  }

  function tableBox(table: RuntimeTable): Box {
    return { top: table.top, left: table.left, rows: table.rowCount, columns: table.columnCount };
  }

  function addTable(sheet: RuntimeSheet, box: Box, name?: string): RuntimeTable {
    const overlaps = (a: Box, b: Box) =>
      a.top < b.top + b.rows &&
      b.top < a.top + a.rows &&
      a.left < b.left + b.columns &&
      b.left < a.left + a.columns;
    for (const other of tables)
      if (other.sheet === sheet && overlaps(tableBox(other), box))
        throw new ExcelError("InvalidOperation", `Chevauche le tableau ${other.name}.`);
    let tableName = name ?? "";
    for (let n = 1; tableName === "" || findTable(tableName); n += 1) {
      if (name !== undefined)
        throw new ExcelError("ItemAlreadyExists", `Le tableau existe déjà : ${name}`);
      tableName = `Tableau${n}`;
    }
    cover(sheet, box);
    const table: RuntimeTable = {
      id: String(nextId++),
      name: tableName,
      sheet,
      top: box.top,
      left: box.left,
      rowCount: box.rows,
      columnCount: box.columns,
    };
    tables.push(table);
    sheet.tables.push(tableName);
    return table;
  }

  function tableValues(table: RuntimeTable): RuntimeCell[][] {
    return Array.from({ length: table.rowCount }, (_, r) =>
      Array.from({ length: table.columnCount }, (_, c) =>
        readBack(table.sheet.values[table.top + r]?.[table.left + c])
      )
    );
  }

  function address(sheet: RuntimeSheet, box: Box): string {
    return `${sheetPrefix(sheet.name)}!${boxAddress(box)}`;
  }

  // --- one request ---------------------------------------------------------------------------

  function execute(body: RequestBody): { results: unknown[]; wrote: boolean; cleanup: boolean } {
    const paths = body.ObjectPaths ?? {};
    const resolved = new Map<number, Handle>();
    const kept = new Map<number, string>();
    const results: unknown[] = [];
    let wrote = false;
    /** A clean-up request only releases references. */
    let removed = false;
    let others = false;

    const args = (info: { ArgumentInfo?: ArgumentInfo }) => info.ArgumentInfo?.Arguments ?? [];
    /** The object an argument refers to (sent as a path id). */
    const objectArgument = (info: { ArgumentInfo?: ArgumentInfo }, index: number): Handle => {
      const id = info.ArgumentInfo?.ReferencedObjectPathIds?.[index];
      if (typeof id !== "number" || id === 0)
        throw new ExcelError("InvalidArgument", "Argument objet attendu.");
      return resolve(id);
    };

    function resolve(id: number): Handle {
      const known = resolved.get(id);
      if (known) return known;
      const info = paths[String(id)];
      if (!info) throw new ExcelError("InvalidObjectPath", `Chemin ${id} absent de la requête.`);
      const handle = step(info);
      resolved.set(id, handle);
      return handle;
    }

    function step(info: ObjectPathInfo): Handle {
      if (info.ObjectPathType === PATH.root) return { kind: "workbook" };
      if (info.ObjectPathType === PATH.reference) {
        const handle = references.get(info.Name);
        if (!handle) throw new ExcelError("InvalidObjectPath", `Référence inconnue ${info.Name}.`);
        return handle;
      }
      const parent = resolve(info.ParentObjectPathId ?? -1);
      const a = args(info);
      const where = `${parent.kind}.${info.Name}`;
      if (info.ObjectPathType === PATH.property) {
        switch (`${parent.kind}.${info.Name}`) {
          case "workbook.Worksheets":
            return { kind: "worksheets" };
          case "workbook.Tables":
            return { kind: "tables", sheet: null };
          case "sheet.Tables":
            return { kind: "tables", sheet: (parent as { sheet: RuntimeSheet }).sheet };
          case "sheet.PageLayout":
            return { kind: "pageLayout", sheet: (parent as { sheet: RuntimeSheet }).sheet };
          case "table.Worksheet":
            return { kind: "sheet", sheet: (parent as { table: RuntimeTable }).table.sheet };
          case "table.Rows":
            return { kind: "tableRows", table: (parent as { table: RuntimeTable }).table };
          case "range.Format": {
            const { sheet, box } = parent as { sheet: RuntimeSheet; box: Box };
            return { kind: "format", sheet, boxes: [box] };
          }
          case "areas.Format": {
            const { sheet, boxes } = parent as { sheet: RuntimeSheet; boxes: Box[] };
            return { kind: "format", sheet, boxes };
          }
          case "format.Font": {
            const { sheet, boxes } = parent as { sheet: RuntimeSheet; boxes: Box[] };
            return { kind: "font", sheet, boxes };
          }
          default:
            return notModelled(`la propriété ${where}`);
        }
      }
      if (info.ObjectPathType === PATH.indexer || info.Name === "GetItem") {
        const key = String(a[0]);
        if (parent.kind === "worksheets") {
          const sheet = findSheet(key);
          if (!sheet) throw new ExcelError("ItemNotFound", `Feuille introuvable : ${key}`);
          return { kind: "sheet", sheet };
        }
        if (parent.kind === "tables") {
          const table = findTable(key);
          if (!table || (parent.sheet && table.sheet !== parent.sheet))
            throw new ExcelError("ItemNotFound", `Tableau introuvable : ${key}`);
          return { kind: "table", table };
        }
        return notModelled(`l'indexeur de ${parent.kind}`);
      }
      if (info.ObjectPathType !== PATH.method)
        return notModelled(`le chemin de type ${info.ObjectPathType}`);
      switch (where) {
        case "worksheets.Add": {
          wrote = true;
          const sheet = addSheet(String(a[0]));
          runtime.added.push(sheet.name);
          return { kind: "sheet", sheet };
        }
        case "worksheets.GetItemAt": {
          const sheet = sheets[Number(a[0])];
          if (!sheet) throw new ExcelError("ItemNotFound", `Pas de feuille ${String(a[0])}.`);
          return { kind: "sheet", sheet };
        }
        case "tables.GetItemAt": {
          const list =
            parent.kind === "tables" && parent.sheet
              ? tables.filter((t) => t.sheet === parent.sheet)
              : tables;
          const table = list[Number(a[0])];
          if (!table) throw new ExcelError("ItemNotFound", `Pas de tableau ${String(a[0])}.`);
          return { kind: "table", table };
        }
        case "tables.Add": {
          wrote = true;
          const parsed = parseAddress(String(a[0]));
          const owner = parent.kind === "tables" ? parent.sheet : null;
          const sheet = owner ?? (parsed.sheet === null ? undefined : findSheet(parsed.sheet));
          if (!sheet) throw new ExcelError("InvalidArgument", `Feuille du tableau inconnue.`);
          if (a[1] !== true) notModelled("un tableau sans en-têtes");
          return { kind: "table", table: addTable(live(sheet), parsed.box) };
        }
        case "sheet.GetRange": {
          const { sheet } = parent as { sheet: RuntimeSheet };
          const parsed = parseAddress(String(a[0]));
          return { kind: "range", sheet, box: parsed.box };
        }
        case "sheet.GetRanges": {
          // Excel documents "A1:B2, A5:B5" or "A1:B2; A5:B5".
          const { sheet } = parent as { sheet: RuntimeSheet };
          const boxes = String(a[0])
            .split(/[,;]/)
            .map((part) => parseAddress(part.trim()).box);
          return { kind: "areas", sheet, boxes };
        }
        case "sheet.GetRangeByIndexes": {
          const { sheet } = parent as { sheet: RuntimeSheet };
          const [top, left, rows, columns] = a.map(Number) as [number, number, number, number];
          if (rows < 1 || columns < 1 || top + rows > MAX_ROWS || left + columns > MAX_COLUMNS)
            throw new ExcelError("InvalidArgument", "getRangeByIndexes : plage invalide.");
          return { kind: "range", sheet, box: { top, left, rows, columns } };
        }
        case "table.GetRange": {
          const { table } = parent as { table: RuntimeTable };
          return { kind: "range", sheet: table.sheet, box: tableBox(table) };
        }
        case "range.GetCell": {
          const { sheet, box } = parent as { sheet: RuntimeSheet; box: Box };
          const [row, column] = a.map(Number) as [number, number];
          return {
            kind: "range",
            sheet,
            box: { top: box.top + row, left: box.left + column, rows: 1, columns: 1 },
          };
        }
        case "range.GetRow": {
          // Office.js itself splits a write of more than 1 500 cells into blocks of rows with
          // getRow(first).getBoundingRect(getRow(last)) (setRangePropertiesInBulk).
          const { sheet, box } = parent as { sheet: RuntimeSheet; box: Box };
          const row = Number(a[0]);
          if (row < 0 || row >= box.rows)
            throw new ExcelError("InvalidArgument", "getRow : hors plage.");
          return { kind: "range", sheet, box: { ...box, top: box.top + row, rows: 1 } };
        }
        case "range.GetBoundingRect": {
          const { sheet, box } = parent as { sheet: RuntimeSheet; box: Box };
          const other = objectArgument(info, 0);
          if (other.kind !== "range" || other.sheet !== sheet)
            throw new ExcelError("InvalidArgument", "getBoundingRect : autre feuille.");
          const top = Math.min(box.top, other.box.top);
          const left = Math.min(box.left, other.box.left);
          const bottom = Math.max(box.top + box.rows, other.box.top + other.box.rows);
          const right = Math.max(box.left + box.columns, other.box.left + other.box.columns);
          return {
            kind: "range",
            sheet,
            box: { top, left, rows: bottom - top, columns: right - left },
          };
        }
        case "range.GetResizedRange": {
          const { sheet, box } = parent as { sheet: RuntimeSheet; box: Box };
          const [dr, dc] = a.map(Number) as [number, number];
          if (box.rows + dr < 1 || box.columns + dc < 1)
            throw new ExcelError("InvalidArgument", "getResizedRange : plage vide.");
          return {
            kind: "range",
            sheet,
            box: { ...box, rows: box.rows + dr, columns: box.columns + dc },
          };
        }
        case "tableRows.Add": {
          wrote = true;
          const { table } = parent as { table: RuntimeTable };
          const values = a[1];
          const dataRows = table.rowCount - 1;
          const at = a[0] === null || a[0] === undefined ? dataRows : Number(a[0]);
          if (
            !Array.isArray(values) ||
            values.length === 0 ||
            !values.every((row) => Array.isArray(row) && row.length === table.columnCount)
          )
            throw new ExcelError(
              "InvalidArgument",
              `rows.add : chaque ligne doit avoir ${table.columnCount} valeurs.`
            );
          if (at < 0 || at > dataRows)
            throw new ExcelError("InvalidArgument", `rows.add : index ${at} hors du tableau.`);
          const below = Array.from({ length: dataRows - at }, (_, r) =>
            Array.from(
              { length: table.columnCount },
              (_, c) => table.sheet.values[table.top + 1 + at + r]?.[table.left + c] ?? ""
            )
          );
          const box = {
            top: table.top + 1 + at,
            left: table.left,
            rows: values.length + below.length,
            columns: table.columnCount,
          };
          writeMatrix(table.sheet, box, [...(values as unknown[][]), ...below], "values");
          table.rowCount += values.length;
          return {
            kind: "tableRow",
            table,
            box: { top: box.top, left: box.left, rows: 1, columns: table.columnCount },
          };
        }
        case "tableRow.GetRange": {
          const { table, box } = parent as { table: RuntimeTable; box: Box };
          return { kind: "range", sheet: table.sheet, box };
        }
        default:
          return notModelled(`la méthode ${where}`);
      }
    }

    function query(handle: Handle, select: readonly string[] | undefined): unknown {
      const pick = (
        available: Record<string, () => unknown>,
        what: string
      ): Record<string, unknown> => {
        const wanted = select ?? Object.keys(available);
        const value: Record<string, unknown> = {};
        for (const name of wanted) {
          const getter = available[name];
          if (!getter) notModelled(`la lecture de ${what}.${name}`);
          value[name.charAt(0).toUpperCase() + name.slice(1)] = getter();
        }
        return value;
      };
      const sheetProps = (sheet: RuntimeSheet) => ({
        name: () => sheet.name,
        id: () => sheet.id,
        position: () => sheets.indexOf(sheet),
      });
      const tableProps = (table: RuntimeTable) => ({
        name: () => table.name,
        id: () => table.id,
      });
      switch (handle.kind) {
        case "worksheets":
          return {
            _Items: sheets.map((sheet) => ({
              _Id: sheet.id,
              ...pick(sheetProps(sheet), "worksheet"),
            })),
          };
        case "tables": {
          const list = handle.sheet ? tables.filter((t) => t.sheet === handle.sheet) : tables;
          return {
            _Items: list.map((table) => ({ _Id: table.id, ...pick(tableProps(table), "table") })),
          };
        }
        case "sheet":
          return pick(sheetProps(live(handle.sheet)), "worksheet");
        case "table":
          return pick(tableProps(handle.table), "table");
        case "range": {
          const { sheet, box } = handle;
          live(sheet);
          const cells = <T>(read: (r: number, c: number) => T): T[][] =>
            Array.from({ length: box.rows }, (_, r) =>
              Array.from({ length: box.columns }, (_, c) => read(box.top + r, box.left + c))
            );
          return pick(
            {
              values: () => cells((r, c) => readBack(sheet.values[r]?.[c])),
              numberFormat: () => cells((r, c) => sheet.numberFormats[r]?.[c] ?? "General"),
              address: () => address(sheet, box),
              rowCount: () => box.rows,
              columnCount: () => box.columns,
            },
            "range"
          );
        }
        default:
          return notModelled(`la lecture de ${handle.kind}`);
      }
    }

    function describe(handle: Handle): string {
      switch (handle.kind) {
        case "range":
          return address(handle.sheet, handle.box);
        case "areas":
        case "format":
        case "font":
          return `${sheetPrefix(handle.sheet.name)}!${handle.boxes.map(boxAddress).join(",")}`;
        case "pageLayout":
        case "sheet":
          return `${handle.kind} of ${handle.sheet.name}`;
        case "table":
          return `table ${handle.table.name}`;
        default:
          return handle.kind;
      }
    }

    function setProperty(handle: Handle, name: string, value: unknown): void {
      wrote = true;
      writes.push({ request: requests.length, property: name, target: describe(handle), value });
      switch (`${handle.kind}.${name}`) {
        case "range.Values":
        case "range.Formulas":
          return writeMatrix(
            (handle as { sheet: RuntimeSheet }).sheet,
            (handle as { box: Box }).box,
            value,
            "values"
          );
        case "range.NumberFormat":
          return writeMatrix(
            (handle as { sheet: RuntimeSheet }).sheet,
            (handle as { box: Box }).box,
            value,
            "numberFormats"
          );
        case "font.Bold": {
          const { sheet, boxes } = handle as { sheet: RuntimeSheet; boxes: Box[] };
          live(sheet);
          for (const box of boxes) {
            if (box.rows === MAX_ROWS) notModelled("le gras d'une colonne entière");
            for (let r = 0; r < box.rows; r += 1)
              for (let c = 0; c < box.columns; c += 1) {
                const cell = `${columnLetters(box.left + c)}${box.top + r + 1}`;
                if (value === true) sheet.bold.add(cell);
                else sheet.bold.delete(cell);
              }
          }
          return;
        }
        case "format.ColumnWidth": {
          const { sheet, boxes } = handle as { sheet: RuntimeSheet; boxes: Box[] };
          live(sheet);
          for (const box of boxes)
            for (let c = 0; c < box.columns; c += 1)
              sheet.columnWidths[columnLetters(box.left + c)] = Number(value);
          return;
        }
        case "format.WrapText":
        case "format.VerticalAlignment": {
          const { sheet, boxes } = handle as { sheet: RuntimeSheet; boxes: Box[] };
          const list = name === "WrapText" ? live(sheet).wrapText : live(sheet).verticalAlignment;
          for (const box of boxes) list.push({ address: boxAddress(box), value });
          return;
        }
        case "pageLayout.Orientation":
        case "pageLayout.PaperSize":
        case "pageLayout.Zoom": {
          const layout = live((handle as { sheet: RuntimeSheet }).sheet).pageLayout;
          if (name === "Orientation") layout.orientation = String(value);
          else if (name === "PaperSize") layout.paperSize = String(value);
          else layout.zoom = value;
          return;
        }
        case "table.Name": {
          const table = (handle as { table: RuntimeTable }).table;
          const text = String(value);
          if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(text))
            throw new ExcelError("InvalidArgument", `Nom de tableau invalide : ${text}`);
          const other = findTable(text);
          if (other && other !== table)
            throw new ExcelError("ItemAlreadyExists", `Le tableau existe déjà : ${text}`);
          table.sheet.tables = table.sheet.tables.map((n) => (n === table.name ? text : n));
          table.name = text;
          return;
        }
        default:
          return notModelled(`l'écriture de ${handle.kind}.${name}`);
      }
    }

    function method(handle: Handle, name: string, a: unknown[], pathId: number): void {
      if (name === "_KeepReference") {
        // Excel keeps the object and answers its next Instantiate with a reference id.
        const id = `{5C5E5F2A-0000-4000-8000-${String(nextId++).padStart(12, "0")}}`;
        references.set(id, handle);
        kept.set(pathId, id);
        return;
      }
      if (name === "_RemoveReference" && handle.kind === "workbook") {
        removed = true;
        references.delete(String(a[0]));
        return;
      }
      others = true;
      wrote = true;
      switch (`${handle.kind}.${name}`) {
        case "range._ValidateArraySize": {
          const { box } = handle as { box: Box };
          if (Number(a[0]) !== box.rows || Number(a[1]) !== box.columns)
            throw new ExcelError(
              "InvalidArgument",
              `La matrice (${String(a[0])} × ${String(a[1])}) ne correspond pas à la plage ${boxAddress(box)}.`
            );
          return;
        }
        case "sheet.Delete":
          return deleteSheet(live((handle as { sheet: RuntimeSheet }).sheet));
        case "sheet.Activate":
          runtime.activeSheet = live((handle as { sheet: RuntimeSheet }).sheet).name;
          return;
        case "range.Select": {
          const { sheet, box } = handle as { sheet: RuntimeSheet; box: Box };
          runtime.activeSheet = live(sheet).name;
          runtime.selected = address(sheet, box);
          return;
        }
        case "pageLayout.SetPrintArea":
          live((handle as { sheet: RuntimeSheet }).sheet).printArea = String(a[0]);
          writes.push({
            request: requests.length,
            property: "SetPrintArea",
            target: describe(handle),
            value: a[0],
          });
          return;
        default:
          notModelled(`la méthode ${handle.kind}.${name}`);
      }
    }

    const actions = body.Actions ?? [];
    actions.forEach((action, index) => {
      try {
        switch (action.ActionType) {
          case ACTION.instantiate: {
            resolve(action.ObjectPathId);
            const reference = kept.get(action.ObjectPathId);
            if (reference)
              results.push({ ActionId: action.Id, Value: { _ReferenceId: reference } });
            return;
          }
          case ACTION.query:
            others = true;
            results.push({
              ActionId: action.Id,
              Value: query(resolve(action.ObjectPathId), action.QueryInfo?.Select),
            });
            return;
          case ACTION.setProperty:
            others = true;
            return setProperty(resolve(action.ObjectPathId), action.Name, args(action)[0]);
          case ACTION.method:
            return method(
              resolve(action.ObjectPathId),
              action.Name,
              args(action),
              action.ObjectPathId
            );
          case ACTION.trace:
            return;
          default:
            notModelled(`l'action de type ${action.ActionType}`);
        }
      } catch (error) {
        const failure =
          error instanceof ExcelError ? error : new ExcelError("GeneralException", String(error));
        throw Object.assign(failure, { actionIndex: index, results });
      }
    });
    return { results, wrote, cleanup: removed && !others };
  }

  // --- the executor --------------------------------------------------------------------------

  const executor: RequestExecutor = {
    executeAsync(_customData, _flags, message) {
      const body = JSON.stringify(message.Body);
      const bytes = Buffer.byteLength(body, "utf8");
      const actions = (message.Body as RequestBody).Actions?.length ?? 0;
      const record = (kind: RuntimeRequest["kind"], responseBody: unknown, error: string | null) =>
        requests.push({
          body,
          bytes,
          responseBytes: Buffer.byteLength(JSON.stringify(responseBody ?? null), "utf8"),
          actions,
          kind,
          error,
        });
      if (limit !== null && bytes > limit) {
        record("write", null, "RequestPayloadSizeLimitExceeded");
        return Promise.resolve({
          HttpStatusCode: 400,
          ErrorCode: "RequestPayloadSizeLimitExceeded",
          ErrorMessage: `La requête fait ${bytes} octets (limite ${limit}).`,
        });
      }
      let answer: unknown;
      let kind: RuntimeRequest["kind"] = "read";
      let error: string | null = null;
      try {
        const done = execute(JSON.parse(body) as RequestBody);
        kind = done.cleanup ? "cleanup" : done.wrote ? "write" : "read";
        answer = { Results: done.results };
      } catch (thrown) {
        const failure = thrown as ExcelError & { actionIndex?: number; results?: unknown[] };
        kind = "write";
        error = failure.code ?? "GeneralException";
        answer = {
          Results: failure.results ?? [],
          Error: {
            Code: error,
            Message: failure.message,
            Location: "",
            ActionIndex: failure.actionIndex ?? -1,
          },
        };
      }
      const responseBytes = Buffer.byteLength(JSON.stringify(answer), "utf8");
      if (limit !== null && responseBytes > limit) {
        record(kind, answer, "ResponsePayloadSizeLimitExceeded");
        return Promise.resolve({
          HttpStatusCode: 400,
          ErrorCode: "ResponsePayloadSizeLimitExceeded",
          ErrorMessage: `La réponse fait ${responseBytes} octets (limite ${limit}).`,
        });
      }
      record(kind, answer, error);
      return Promise.resolve({ HttpStatusCode: 200, Body: answer });
    },
  };

  // --- seed ----------------------------------------------------------------------------------

  const seedSheets = [...(seed.sheets ?? [])];
  for (const table of seed.tables ?? [])
    if (!seedSheets.some((name) => same(name, table.sheet))) seedSheets.push(table.sheet);
  if (seedSheets.length === 0) seedSheets.push("Feuil1");
  for (const name of seedSheets) addSheet(name);
  for (const seeded of seed.tables ?? []) {
    const sheet = findSheet(seeded.sheet) as RuntimeSheet;
    const origin = parseAddress(seeded.at ?? "A1").box;
    const columns = Math.max(...seeded.values.map((row) => row.length));
    const box = { top: origin.top, left: origin.left, rows: seeded.values.length, columns };
    // Seeded text is typed by a user: written as Excel stores it (numbers stay numbers).
    const padded = seeded.values.map((row) =>
      Array.from({ length: columns }, (_, c) => {
        const value = row[c] ?? "";
        return typeof value === "string" && value !== "" ? `'${value}` : value;
      })
    );
    writeMatrix(sheet, box, padded, "values");
    addTable(sheet, box, seeded.name);
  }

  const runtime: OfficeJsRuntime = {
    run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const context = new window.Excel.RequestContext();
      const internals = context as unknown as {
        _requestExecutor: RequestExecutor;
        m_nextId: number;
      };
      internals._requestExecutor = executor;
      if (options.firstId !== undefined) internals.m_nextId = options.firstId;
      pending += 1;
      const run = window.Excel.run as unknown as (
        context: Excel.RequestContext,
        batch: (context: Excel.RequestContext) => Promise<T>
      ) => Promise<T>;
      return run(context, batch).finally(() => {
        pending -= 1;
      });
    },
    requests,
    writes,
    sheets,
    tables,
    added: [],
    deleted: [],
    activeSheet: seedSheets[0] ?? null,
    selected: null,
    sheet: (name) => findSheet(name),
    tableValues(name) {
      const table = findTable(name);
      if (!table) throw new Error(`officeJsRuntime : pas de tableau ${name}`);
      return tableValues(table);
    },
    async settle() {
      let seen = -1;
      while (pending > 0 || seen !== requests.length) {
        seen = requests.length;
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
      }
    },
  };
  return runtime;
}
