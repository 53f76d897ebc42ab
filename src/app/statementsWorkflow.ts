import { isDomainError } from "../domain/errors/DomainError";
import { checkRegister } from "../domain/register/checkRegister";
import { hasBlockingProblems, type RegisterProblem } from "../domain/register/RegisterProblem";
import type { IssuerSettings } from "../domain/register/types";
import { parseScheduleTable } from "../domain/schedules/readScheduleTable";
import type { ScheduleEntry } from "../domain/schedules/types";
import type { SheetSpec } from "../domain/sheets/SheetSpec";
import { text } from "../domain/sheets/SheetSpec";
import { assignNumbers } from "../domain/statements/assignNumbers";
import { journalSheet, JOURNAL_STATUS_TEXT } from "../domain/statements/journalSheet";
import { previewStatements } from "../domain/statements/previewStatements";
import { statementSheet } from "../domain/statements/statementSheet";
import { summarySheet } from "../domain/statements/summarySheet";
import type { NumberingResult, StatementPreview } from "../domain/statements/types";
import { normalizeKey } from "../domain/text/normalizeKey";
import type { WorkbookGateway, WriteProgress } from "../workbook/WorkbookGateway";
import { journalColumnsOf, journalRowsFor } from "./journalTable";
import { problemCell, registerTablesOf, tablesByRole, type TablesByRole } from "./registerTables";

/** Everything worked out for an exercise before anything is written. */
export interface StatementsRun {
  readonly year: number;
  readonly issueDate: string;
  /** Problems of the register (errors block, warnings do not). */
  readonly problems: readonly RegisterProblem[];
  /** Problems found while computing (a schedule table that does not read, a journal out of order). */
  readonly blockers: readonly string[];
  /** The statements, when the register has no error. */
  readonly preview: StatementPreview | null;
  /** Numbers against the journal, when there is a preview. */
  readonly numbering: NumberingResult | null;
  /** Sheets generation would write, and those among them that exist already. */
  readonly sheets: readonly SheetSpec[];
  readonly existingSheets: readonly string[];
  /** The workbook tables read, to point at problems. */
  readonly tables: TablesByRole;
  /** The issuer's settings, for the PDFs; null when the register has none. */
  readonly settings: IssuerSettings | null;
}

/** What a generation wrote. */
export interface GenerationReport {
  readonly sheetsWritten: number;
  readonly journalAdded: number;
  readonly journalCancelled: number;
}

/**
 * Tells whether a run may be generated: no register error, nothing blocking, a preview.
 *
 * @param run - the prepared run
 * @returns true when Generate may go on
 * @example
 * canGenerate(run); // false while the register has errors
 */
export function canGenerate(run: StatementsRun): boolean {
  return (
    !hasBlockingProblems(run.problems) &&
    run.blockers.length === 0 &&
    run.preview !== null &&
    run.preview.problems.length === 0 &&
    run.numbering !== null
  );
}

function workbookSchedule(tables: TablesByRole, blockers: string[]): readonly ScheduleEntry[] {
  if (!tables.bareme) return [];
  try {
    return parseScheduleTable(tables.bareme.values);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    blockers.push(`Table « ${tables.bareme.name} » : ${error.message}`);
    return [];
  }
}

function sheetsOf(
  preview: StatementPreview,
  numbering: NumberingResult,
  settings: Parameters<typeof statementSheet>[1] | null,
  year: number,
  tables: TablesByRole
): SheetSpec[] {
  if (settings === null) return [];
  const written = numbering.statements.filter((statement) => statement.outcome !== "deja-emis");
  const sheets = written.map((statement) => statementSheet(statement, settings));
  if (numbering.statements.length > 0) sheets.push(summarySheet(numbering.statements, year));
  if (!tables.journal && numbering.changes.added.length > 0)
    sheets.push(journalSheet(numbering.changes.added));
  return preview.drafts.length > 0 ? sheets : [];
}

/**
 * Reads the register from the workbook, checks it for an exercise, and, when it has no error,
 * works out the statements, their numbers against the journal and the sheets to write. Writes
 * nothing.
 *
 * @param workbook - the workbook
 * @param year - the exercise
 * @param issueDate - date of issue, ISO
 * @returns the run, to preview and then generate
 * @example
 * const run = await prepareStatements(workbook, 2025, "2025-03-01");
 */
export async function prepareStatements(
  workbook: WorkbookGateway,
  year: number,
  issueDate: string
): Promise<StatementsRun> {
  const [snapshots, sheetNames] = await Promise.all([workbook.readTables(), workbook.sheetNames()]);
  const tables = tablesByRole(snapshots);
  const blockers: string[] = [];
  const entries = workbookSchedule(tables, blockers);
  const { register, problems } = checkRegister(registerTablesOf(tables), year, entries);
  const empty = {
    year,
    issueDate,
    blockers,
    preview: null,
    numbering: null,
    sheets: [],
    existingSheets: [],
    tables,
    settings: register.settings,
  };
  if (hasBlockingProblems(problems) || blockers.length > 0) return { ...empty, problems };
  try {
    const preview = previewStatements(register, year, entries);
    const numbering = assignNumbers(preview.drafts, register.journal, year, issueDate);
    const sheets = sheetsOf(preview, numbering, register.settings, year, tables);
    const journalProblem = journalBlocker(tables, numbering);
    if (journalProblem) blockers.push(journalProblem);
    const existing = new Set(sheetNames.map(normalizeKey));
    const existingSheets = sheets
      .map((sheet) => sheet.name)
      .filter((name) => existing.has(normalizeKey(name)));
    return { ...empty, problems, preview, numbering, sheets, existingSheets };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { ...empty, problems, blockers: [...blockers, error.message] };
  }
}

/** Why the journal table cannot take what this run must record, if it cannot. */
function journalBlocker(tables: TablesByRole, numbering: NumberingResult): string | null {
  const journal = tables.journal;
  if (!journal) return null;
  const { columns, missing } = journalColumnsOf(journal.values[0] ?? []);
  if (missing.length > 0) {
    return `La table « ${journal.name} » n'a pas les colonnes ${missing.map((m) => `« ${m} »`).join(", ")} : le journal ne peut pas recevoir les nouveaux appels.`;
  }
  if (numbering.changes.cancelled.length > 0 && !columns.status) {
    return `La table « ${journal.name} » n'a pas de colonne « Statut » : impossible d'y marquer les appels annulés et remplacés.`;
  }
  return null;
}

/**
 * Writes a prepared run: the statement sheets and the summary (in batches, with progress, and
 * stoppable between batches), then records the statements in the journal. The journal is
 * written last, so a cancelled generation issues no number. Existing sheets are replaced only
 * when named in `replace`.
 *
 * @param workbook - the workbook
 * @param run - a run for which canGenerate is true
 * @param options - sheets the user agreed to replace, progress, cancellation
 * @returns what was written
 * @throws SheetExistsError, WriteCancelledError from the workbook; Error when the run cannot be generated
 * @example
 * await generateStatements(workbook, run, { replace: new Set(run.existingSheets) });
 */
export async function generateStatements(
  workbook: WorkbookGateway,
  run: StatementsRun,
  options: {
    replace?: ReadonlySet<string>;
    onProgress?: (progress: WriteProgress) => void;
    signal?: AbortSignal;
  } = {}
): Promise<GenerationReport> {
  if (!canGenerate(run) || !run.numbering)
    throw new Error("Le registre contient des erreurs : corrigez-les avant de générer les appels.");
  const { added, cancelled } = run.numbering.changes;
  await workbook.writeSheets(run.sheets, options);
  const journal = run.tables.journal;
  if (journal) {
    const headerRow = journal.values[0] ?? [];
    const status = journalColumnsOf(headerRow).columns.status?.index ?? -1;
    await workbook.appendTableRows(journal.name, journalRowsFor(headerRow, added));
    if (cancelled.length > 0) {
      await workbook.updateTableCells(
        journal.name,
        cancelled.map((entry) => ({
          row: entry.row,
          column: status,
          cell: text(JOURNAL_STATUS_TEXT.annule),
        }))
      );
    }
  }
  return {
    sheetsWritten: run.sheets.length,
    journalAdded: added.length,
    journalCancelled: cancelled.length,
  };
}

/**
 * Selects, in Excel, the cell a register problem points at.
 *
 * @param workbook - the workbook
 * @param run - the run the problem comes from
 * @param problem - the problem
 * @returns true when the cell was found and selected
 * @example
 * await selectProblem(workbook, run, run.problems[0]);
 */
export async function selectProblem(
  workbook: WorkbookGateway,
  run: StatementsRun,
  problem: RegisterProblem
): Promise<boolean> {
  const cell = problemCell(run.tables, problem.table, problem.column);
  if (!cell) return false;
  await workbook.selectTableCell(cell.table, problem.row, cell.column);
  return true;
}
