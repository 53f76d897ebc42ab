// ExcelJS is loaded on demand (openXlsxWorkbook, createXlsxWorkbook): the task pane bundles this
// module and must not pay for ExcelJS until a file is opened. Every other import of "exceljs" in
// this folder is `import type`, erased at build time.
import type { Row, Workbook, Worksheet } from "exceljs";
import { TABLE_STYLE } from "./excelStyles";
import type { SheetCell, SheetSpec } from "../../domain/sheets/SheetSpec";
import { EMPTY } from "../../domain/sheets/SheetSpec";
import {
  SheetExistsError,
  WriteCancelledError,
  type TableCellUpdate,
  type TableSnapshot,
  type WorkbookGateway,
  type WriteSheetsOptions,
} from "../WorkbookGateway";
import {
  cellReference,
  formatRange,
  parseRange,
  quoteSheetName,
  type CellRange,
} from "./cellRange";
import { readCell, writeCell } from "./cellValues";
import { sheetsAsTables } from "./sheetTables";
import { extendPrintArea, fitRowHeights, wrapAreas } from "./wrapAreas";
import { bookToExcelJS } from "./bookToExcelJS";
import { readSpreadsheet } from "./readSpreadsheet";
import { worksheetAdder, type AddWorksheet } from "./worksheetAdder";

export { checkFileSize } from "./readSpreadsheet";

/** The workbook gateway over an .xlsx file held in memory. */
export interface XlsxWorkbook extends WorkbookGateway {
  /** The workbook as .xlsx bytes, with everything written so far. */
  toXlsx(): Promise<Uint8Array>;
  /** Does nothing and resolves: a file has no selection to show (the pane says where instead). */
  selectTableCell(table: string, row: number, column: number): Promise<void>;
}

type ExcelJSModule = typeof import("exceljs");

/**
 * Loads ExcelJS. Its module shape depends on who loads it: TypeScript's CommonJS interop (jest)
 * gives the exports and `default`; webpack and esbuild, which take the package's "browser" build
 * (dist/exceljs.min.js, a UMD bundle, so CommonJS to them), give a namespace whose `default` is
 * the exports; Node's ES module loader (tsx) gives only `default`.
 */
async function loadExcelJS(): Promise<ExcelJSModule> {
  const loaded = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as ExcelJSModule & {
    default?: ExcelJSModule;
  };
  return loaded.default?.Workbook ? loaded.default : loaded;
}

/** What ExcelJS keeps of a table at run time (its typings do not declare it). */
interface TableModel {
  name: string;
  /** The whole table: header, data and totals rows. */
  tableRef: string;
  /** Header and data rows, when the table has a header row. */
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: { name: string; filterButton?: boolean }[];
}

interface WorksheetInternals {
  tables: Record<string, { model: TableModel }>;
}

/** A table of the workbook: an Excel table (with its ExcelJS model) or a sheet read as a table. */
interface TableHandle {
  readonly name: string;
  readonly worksheet: Worksheet;
  readonly range: CellRange;
  readonly model?: TableModel;
}

const internals = (worksheet: Worksheet) => worksheet as unknown as WorksheetInternals;

/** Excel compares sheet and table names without regard to case. */
const nameKey = (name: string) => name.toUpperCase();

/** Characters Excel refuses in a sheet name. */
const FORBIDDEN_IN_SHEET_NAME = /[:\\/?*[\]]/;
const MAX_SHEET_NAME_LENGTH = 31;

/** The page format ExcelJS knows as A4. */
const PAPER_A4 = 9;

/** How long a write may keep the page busy before it lets the task pane repaint and take a click. */
const YIELD_EVERY_MS = 30;
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Column names for a new table from its header cells, made unique and non-empty as Excel does. */
function columnNames(header: readonly (string | number | boolean)[]): string[] {
  const used = new Set<string>();
  return header.map((value, index) => {
    const text =
      typeof value === "boolean"
        ? ""
        : String(value)
            .replace(/[\r\n\t]+/g, " ")
            .trim();
    const base = text === "" ? `Colonne${index + 1}` : text;
    let name = base;
    for (let suffix = 2; used.has(nameKey(name)); suffix += 1) name = `${base}${suffix}`;
    used.add(nameKey(name));
    return name;
  });
}

/** A table name Excel accepts: a letter, _ or a backslash, then letters, digits, _, . or backslashes. */
const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]{0,254}$/u;
/** Table names Excel refuses because they read as a cell reference (A1, R1C1) or are R or C. */
const TABLE_NAME_LIKE_REFERENCE = /^([A-Z]{1,3}\d+|R\d*C\d*|R|C)$/i;

function checkTableName(name: string): void {
  if (!TABLE_NAME.test(name) || TABLE_NAME_LIKE_REFERENCE.test(name))
    throw new Error(`Nom de table refusé par Excel : « ${name} ».`);
}

function checkSheetName(name: string): void {
  if (
    name.trim() === "" ||
    name.length > MAX_SHEET_NAME_LENGTH ||
    FORBIDDEN_IN_SHEET_NAME.test(name) ||
    /^'|'$/.test(name) ||
    nameKey(name) === "HISTORY"
  )
    throw new Error(`Nom de feuille refusé par Excel : « ${name} ».`);
}

function gateway(workbook: Workbook): XlsxWorkbook {
  /** Whether a cell was written: Excel must then compute the workbook again on opening it. */
  let changed = false;

  const worksheets = (): Worksheet[] => workbook.worksheets;

  const excelTables = (): TableHandle[] =>
    worksheets().flatMap((worksheet) =>
      Object.values(internals(worksheet).tables).map(({ model }) => ({
        name: model.name,
        worksheet,
        range: parseRange(model.tableRef),
        model,
      }))
    );

  const allTables = (): TableHandle[] => {
    const tables = excelTables();
    const asTables = sheetsAsTables(
      worksheets(),
      tables.map((table) => ({ name: table.name, sheet: table.worksheet.name }))
    );
    return [...tables, ...asTables];
  };

  const findTable = (name: string): TableHandle => {
    const table = allTables().find((candidate) => nameKey(candidate.name) === nameKey(name));
    if (!table) throw new Error(`La table « ${name} » n'existe pas dans le classeur.`);
    return table;
  };

  const snapshot = ({ name, worksheet, range }: TableHandle): TableSnapshot => {
    const values: (string | number | boolean)[][] = [];
    for (let row = range.top; row <= range.bottom; row += 1) {
      const line: (string | number | boolean)[] = [];
      for (let column = range.left; column <= range.right; column += 1)
        line.push(readCell(worksheet.findCell(row, column)));
      values.push(line);
    }
    return {
      name,
      sheet: worksheet.name,
      values,
      address: `${quoteSheetName(worksheet.name)}!${formatRange(range)}`,
    };
  };

  const write = (worksheet: Worksheet, row: number, column: number, cell: SheetCell) => {
    changed = true;
    writeCell(worksheet.getCell(row, column), cell);
  };

  /** Refuses, before anything is written, what Excel would refuse midway. */
  const checkSpecs = (specs: readonly SheetSpec[], replaced: ReadonlySet<string>) => {
    const names = new Set<string>();
    for (const spec of specs) {
      checkSheetName(spec.name);
      if (names.has(nameKey(spec.name)))
        throw new Error(`La feuille « ${spec.name} » est écrite deux fois.`);
      names.add(nameKey(spec.name));
    }
    const tables = new Set(
      excelTables()
        .filter((table) => !replaced.has(nameKey(table.worksheet.name)))
        .map((table) => nameKey(table.name))
    );
    for (const spec of specs) {
      if (!spec.table) continue;
      checkTableName(spec.table.name);
      if (tables.has(nameKey(spec.table.name)))
        throw new Error(`Une table « ${spec.table.name} » existe déjà dans le classeur.`);
      tables.add(nameKey(spec.table.name));
    }
  };

  const addTable = (worksheet: Worksheet, spec: SheetSpec, rowCount: number, columns: number) => {
    if (!spec.table) return;
    const top = spec.table.headerRow + 1;
    // An Excel table has at least one data row, empty if need be.
    const bottom = Math.max(rowCount, top + 1);
    const headerRow = worksheet.findRow(top);
    const header: (string | number | boolean)[] = [];
    for (let column = 1; column <= columns; column += 1)
      header.push(readCell(headerRow?.findCell(column)));
    // ExcelJS writes each row given into the sheet again: a cell written already is left out
    // (a hole, which it skips), one never written is given as null, which creates it empty.
    const rows: unknown[][] = [];
    for (let row = top + 1; row <= bottom; row += 1) {
      const cells = worksheet.findRow(row);
      const values: unknown[] = new Array<unknown>(columns);
      for (let column = 1; column <= columns; column += 1)
        if (cells?.findCell(column) === undefined) values[column - 1] = null;
      rows.push(values);
    }
    worksheet.addTable({
      name: spec.table.name,
      ref: cellReference(top, 1),
      headerRow: true,
      totalsRow: false,
      style: TABLE_STYLE,
      columns: columnNames(header).map((name) => ({ name, filterButton: true })),
      rows,
    });
  };

  /** Writes a sheet, in place of `replaced` when given. */
  const writeSheet = (spec: SheetSpec, replaced: Worksheet | undefined, add: AddWorksheet) => {
    const worksheet = add(spec.name, replaced);
    const rowCount = Math.max(1, spec.rows.length);
    const columnCount = Math.max(1, ...spec.rows.map((row) => row.length));
    spec.rows.forEach((cells, r) => {
      // Row by row: ExcelJS's worksheet.getCell(row, column) reads an address for each cell.
      let row: Row | undefined;
      cells.forEach((cell, c) => {
        if (cell.kind === "empty") return;
        row ??= worksheet.getRow(r + 1);
        changed = true;
        writeCell(row.getCell(c + 1), cell);
      });
    });
    spec.columnWidths.forEach((width, column) => {
      worksheet.getColumn(column + 1).width = width;
    });
    wrapAreas(worksheet, spec.wrap ?? [], rowCount);
    const last = cellReference(rowCount, columnCount);
    worksheet.pageSetup = {
      ...worksheet.pageSetup,
      paperSize: PAPER_A4,
      orientation: spec.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      // ExcelJS writes "$" + this before the column letters: "A$1" gives $A$1, as Excel writes it.
      printArea: `A$1:${last.replace(/(\d+)$/, "$$$1")}`,
    };
    addTable(worksheet, spec, rowCount, spec.table?.columns ?? columnCount);
  };

  const setBottom = (table: TableHandle, bottom: number) => {
    const { model, range } = table;
    if (!model) return; // a sheet read as a table grows with its content
    model.tableRef = formatRange({ ...range, bottom });
    if (model.autoFilterRef)
      model.autoFilterRef = formatRange({ ...range, bottom: bottom - (model.totalsRow ? 1 : 0) });
  };

  return {
    async readTables() {
      return allTables().map(snapshot);
    },

    async sheetNames() {
      return worksheets().map((worksheet) => worksheet.name);
    },

    async writeSheets(specs: readonly SheetSpec[], options: WriteSheetsOptions = {}) {
      const replace = new Set([...(options.replace ?? [])].map(nameKey));
      // The sheets there before: looked up once, not once a sheet (a thousand statements).
      const existing = new Map(worksheets().map((sheet) => [nameKey(sheet.name), sheet]));
      const refused = specs
        .map((spec) => spec.name)
        .filter((name) => existing.has(nameKey(name)) && !replace.has(nameKey(name)));
      if (refused.length > 0) throw new SheetExistsError(refused);
      checkSpecs(specs, new Set(specs.map((spec) => nameKey(spec.name))));
      let done = 0;
      let busySince = Date.now();
      const add = worksheetAdder(workbook);
      for (const spec of specs) {
        if (options.signal?.aborted) throw new WriteCancelledError(done);
        writeSheet(spec, existing.get(nameKey(spec.name)), add);
        done += 1;
        options.onProgress?.({ done, total: specs.length });
        if (Date.now() - busySince > YIELD_EVERY_MS) {
          await yieldToPage();
          busySince = Date.now();
        }
      }
    },

    async deleteSheets(names: readonly string[]) {
      const wanted = new Set(names.map(nameKey));
      for (const worksheet of worksheets().filter((sheet) => wanted.has(nameKey(sheet.name)))) {
        workbook.removeWorksheet(worksheet.id);
        changed = true;
      }
    },

    /**
     * Adds rows below the table, which grows over them (before its totals row, if it has one).
     * The cells it grows over must be empty: Excel would shift what is there down, which a file
     * cannot do without breaking the references to those cells.
     */
    async appendTableRows(name, rows) {
      if (rows.length === 0) return;
      const table = findTable(name);
      const { worksheet, range, model } = table;
      const width = range.right - range.left + 1;
      const longest = Math.max(...rows.map((row) => row.length));
      if (longest > width)
        throw new Error(
          `La table « ${table.name} » a ${width} colonnes : impossible d'y ajouter une ligne de ${longest}.`
        );
      for (let row = range.bottom + 1; row <= range.bottom + rows.length; row += 1)
        for (let column = range.left; column <= range.right; column += 1)
          if (readCell(worksheet.findCell(row, column)) !== "")
            throw new Error(
              `La table « ${table.name} » ne peut pas s'agrandir : la cellule ${cellReference(row, column)} de la feuille « ${worksheet.name} », sous elle, n'est pas vide.`
            );
      let first = range.bottom + 1;
      if (model?.totalsRow) {
        first = range.bottom;
        for (let column = range.left; column <= range.right; column += 1) {
          const from = worksheet.getCell(range.bottom, column);
          const to = worksheet.getCell(range.bottom + rows.length, column);
          to.value = from.value;
          to.style = { ...from.style };
          from.value = null;
          from.style = {};
        }
      }
      rows.forEach((row, r) => {
        for (let c = 0; c < width; c += 1)
          write(worksheet, first + r, range.left + c, row[c] ?? EMPTY);
      });
      // Rows in wrapping columns (the journal's) take the height of their wrapped text.
      fitRowHeights(worksheet, first, first + rows.length - 1);
      setBottom(table, range.bottom + rows.length);
      extendPrintArea(worksheet, range.bottom, range.bottom + rows.length);
    },

    /** Changes cells of a table; a new header text renames the table's column too. */
    async updateTableCells(name, updates: readonly TableCellUpdate[]) {
      const table = findTable(name);
      const { worksheet, range, model } = table;
      for (const { row, column, cell } of updates) {
        const target = { row: range.top + row - 1, column: range.left + column };
        if (row < 1 || target.row > range.bottom || column < 0 || target.column > range.right)
          throw new RangeError(
            `La table « ${table.name} » n'a pas de cellule en ligne ${row}, colonne ${column + 1}.`
          );
        write(worksheet, target.row, target.column, cell);
        const tableColumn = model?.columns[column];
        if (row === 1 && model?.headerRow && tableColumn) {
          const names = columnNames(
            model.columns.map((_, index) =>
              readCell(worksheet.findCell(range.top, range.left + index))
            )
          );
          tableColumn.name = names[column] ?? tableColumn.name;
          worksheet.getCell(target.row, target.column).value = tableColumn.name;
        }
      }
    },

    async selectTableCell() {
      // A file has no selection.
    },

    async toXlsx() {
      if (worksheets().length === 0)
        throw new Error("Un classeur Excel doit avoir au moins une feuille : rien à enregistrer.");
      workbook.modified = new Date();
      // Formulas written here have no value in the file yet, and those that depend on cells
      // written here (a table's totals row) hold old ones: Excel computes them all on opening.
      if (changed) workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
      // Fastest deflate level: a thousand statement sheets compress in a fraction of the time,
      // for a file about a fifth larger.
      const buffer = await workbook.xlsx.writeBuffer({
        zip: { compression: "DEFLATE", compressionOptions: { level: 1 } },
      });
      return new Uint8Array(buffer as ArrayBuffer);
    },
  };
}

/**
 * Opens a spreadsheet file (.xlsx from Excel, LibreOffice Calc, openpyxl, Google Sheets…, or
 * .ods) as a workbook gateway. The file is read by readSpreadsheet (values, formulas, number
 * formats, widths, merged blocks, tables; within READ_LIMITS) into a new ExcelJS workbook, so
 * that what is written never depends on the styles or theme of the program that wrote the file.
 * Everything happens in memory: `toXlsx()` gives an .xlsx file with what was written. Its
 * behaviour follows the Office.js gateway (createOfficeWorkbook), with what a file changes:
 * - readTables gives every Excel table of every sheet, in tab order (header row first, totals row
 *   included, values as Excel's `Range.values` gives them: dates as serial numbers of the 1900
 *   system, formulas as their last computed value, "" for a formula never computed), then the
 *   register sheets that hold no table but look like one (see sheetsAsTables);
 * - writeSheets checks every name first (sheets, tables), then adds the sheets one by one,
 *   reporting progress after each and stopping between two when the signal is aborted; a replaced
 *   sheet keeps its place in the tabs; the add-in's custom functions are written as Excel saves
 *   them (see fileFormula);
 * - appendTableRows grows a table over the empty rows below it, before its totals row (an error
 *   if those cells are not empty: Excel would shift them down, a file cannot without breaking
 *   the references to them);
 * - updateTableCells writes cells of a table; a new header text renames the column;
 * - selectTableCell does nothing: a file has no selection;
 * - a file that was written to asks Excel to compute every formula again when it is opened.
 * Only those parts of the file are written back: fonts, fills, borders, charts, pivot tables,
 * comments, filters and table column formulas are not.
 *
 * @param bytes - the .xlsx or .ods file
 * @returns the gateway
 * @throws SpreadsheetFileError when the bytes cannot be read as a workbook (its messageFor
 *   names the file and says what to do)
 * @example
 * const workbook = await openXlsxWorkbook(await file.arrayBuffer());
 * const tables = await workbook.readTables();
 */
export async function openXlsxWorkbook(bytes: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
  const book = await readSpreadsheet(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  return gateway(bookToExcelJS(await loadExcelJS(), book));
}

/**
 * Creates an empty workbook (no sheet) as a workbook gateway; see openXlsxWorkbook.
 *
 * @returns the gateway
 * @example
 * const workbook = await createXlsxWorkbook();
 * await workbook.writeSheets(sampleRegisterSheets(2025));
 * const bytes = await workbook.toXlsx();
 */
export async function createXlsxWorkbook(): Promise<XlsxWorkbook> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Contributions ENT";
  workbook.lastModifiedBy = "Contributions ENT";
  return gateway(workbook);
}
