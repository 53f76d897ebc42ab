/*
 * Registers for the command's tests: copies of the sample register or of a generated one, made
 * ready to generate (every required setting of the Paramètres table present), and changed as a
 * user would change them. Never the files of assets/ themselves.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { text } from "../../src/domain/sheets/SheetSpec";
import { normalizeKey } from "../../src/domain/text/normalizeKey";
import { openXlsxWorkbook, type XlsxWorkbook } from "../../src/workbook/file/xlsxWorkbook";

export const PROJECT_ROOT = resolve(__dirname, "../..");
export const SAMPLE = join(PROJECT_ROOT, "assets/registre-exemple.xlsx");

/**
 * A date of issue every member of the sample register owing 2025 has joined by (one joins on
 * 01/09/2025): the date-of-issue checks refuse a statement dated before its member's transfer.
 */
export const SAMPLE_ISSUE_DATE = "2025-10-01";

/** Settings a register must give to generate (added to a copy when it lacks them). */
const REQUIRED_SETTINGS: readonly (readonly [string, string])[] = [
  ["Prénom de l'ordonnateur", "Jeanne"],
  ["Nom de l'ordonnateur", "Martin"],
  ["Qualité de l'ordonnateur", "La Présidente"],
  ["Comptable assignataire", "Service de gestion comptable de Lille"],
  ["Adresse du comptable", "1 rue de l'Exemple\n59000 Lille"],
  ["IBAN", "FR76 3000 1007 9412 3456 7890 185"],
  ["BIC", "BDFEFRPPCCT"],
];

/**
 * Adds to the Paramètres table the required settings it lacks (registers written before the
 * legal mentions of a titre were required).
 *
 * @param workbook - a register
 */
export async function addMissingSettings(workbook: XlsxWorkbook): Promise<void> {
  const table = (await workbook.readTables()).find((t) =>
    normalizeKey(t.name).includes("parametre")
  );
  if (!table) throw new Error("no Paramètres table");
  const keys = new Set(table.values.slice(1).map((row) => normalizeKey(String(row[0] ?? ""))));
  const missing = REQUIRED_SETTINGS.filter(([key]) => !keys.has(normalizeKey(key)));
  if (missing.length > 0)
    await workbook.appendTableRows(
      table.name,
      missing.map(([key, value]) => [text(key), text(value)])
    );
}

/**
 * A register ready to generate, saved in a folder.
 *
 * @param bytes - the register (default: the sample register)
 * @param path - where to save it
 * @param change - a change made before saving (a member's pupils…)
 * @returns the path
 */
export async function readyRegister(
  path: string,
  bytes?: Uint8Array,
  change?: (workbook: XlsxWorkbook) => Promise<void>
): Promise<string> {
  const workbook = await openXlsxWorkbook(bytes ?? (await readFile(SAMPLE)));
  await addMissingSettings(workbook);
  if (change) await change(workbook);
  await writeFile(path, await workbook.toXlsx());
  return path;
}

/**
 * Changes one cell of a member's row in the Membres table.
 *
 * @param workbook - the register
 * @param member - the member's name
 * @param header - the column's header
 * @param value - the new cell
 */
export async function setMemberCell(
  workbook: XlsxWorkbook,
  member: string,
  header: string,
  value: Parameters<XlsxWorkbook["updateTableCells"]>[1][number]["cell"]
): Promise<void> {
  const table = (await workbook.readTables()).find((t) => t.name === "Membres");
  if (!table) throw new Error("no Membres table");
  const column = (table.values[0] ?? []).indexOf(header);
  const row = table.values.findIndex((values) => values[0] === member);
  if (column < 0 || row < 1) throw new Error(`no cell ${member} / ${header}`);
  // Row 1 is the header row, values[0].
  await workbook.updateTableCells("Membres", [{ row: row + 1, column, cell: value }]);
}

type ExcelJSModule = typeof import("exceljs");

/** Internals of an ExcelJS table its typings do not declare. */
interface TableModelInternals {
  tableRef: string;
  autoFilterRef?: string;
}

/**
 * Deletes, as a user would in Excel (Supprimer > Lignes du tableau), the last row of the journal
 * table of a statements workbook: the table ends one row higher, and the row's cells are emptied.
 * Done with ExcelJS directly, since the project's gateway never deletes rows.
 *
 * @param bytes - the workbook
 * @returns the workbook without the row, and the number the row held, e.g. "2025-0004"
 */
export async function withoutLastJournalRow(
  bytes: Uint8Array
): Promise<{ bytes: Uint8Array; number: string }> {
  const loaded = (await import("exceljs")) as ExcelJSModule & { default?: ExcelJSModule };
  const ExcelJS = loaded.default?.Workbook ? loaded.default : loaded;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Journal des appels");
  if (!sheet) throw new Error("no journal sheet");
  const tables = (sheet as unknown as { tables: Record<string, { model: TableModelInternals }> })
    .tables;
  const model = Object.values(tables)[0]?.model;
  if (!model) throw new Error("no journal table");
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(model.tableRef);
  if (!match) throw new Error(`unexpected range ${model.tableRef}`);
  const last = Number(match[4]);
  const number = String(sheet.getRow(last).getCell(1).value);
  sheet.spliceRows(last, 1);
  model.tableRef = `${match[1]}${match[2]}:${match[3]}${last - 1}`;
  if (model.autoFilterRef) model.autoFilterRef = model.tableRef;
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), number };
}

/**
 * withoutLastJournalRow on a file, changed in place.
 *
 * @param path - the workbook
 * @returns the number of the row deleted
 */
export async function deleteLastJournalRow(path: string): Promise<string> {
  const { bytes, number } = await withoutLastJournalRow(await readFile(path));
  await writeFile(path, bytes);
  return number;
}
