import { isDomainError } from "../domain/errors/DomainError";
import { checkRegister } from "../domain/register/checkRegister";
import type { Register } from "../domain/register/types";
import { checkSharingRegister } from "../domain/sharing/checkSharingRegister";
import { sharingIssueDateProblem } from "../domain/sharing/checkSharingIssueDate";
import { previewSharing } from "../domain/sharing/previewSharing";
import { readSharingSettings, type CallMethod } from "../domain/sharing/readSharingSettings";
import {
  hasBlockingProblems,
  sortProblems,
  type RegisterProblem,
} from "../domain/register/RegisterProblem";
import type { IssuerSettings } from "../domain/register/types";
import { parseScheduleTable } from "../domain/schedules/readScheduleTable";
import type { ScheduleEntry } from "../domain/schedules/types";
import type { SheetSpec } from "../domain/sheets/SheetSpec";
import { text } from "../domain/sheets/SheetSpec";
import { applyJournalChanges } from "../domain/statements/applyJournalChanges";
import { assignNumbers } from "../domain/statements/assignNumbers";
import { transferDateProblems } from "../domain/statements/checkIssueDate";
import {
  journalOfYear,
  journalWritesOf,
  numberSeries,
  reconcileJournal,
  type JournalReconciliation,
  type NumberSeries,
} from "../domain/statements/keptJournal";
import {
  lostNumbersMessage,
  statementSheetsWithoutJournal,
} from "../domain/statements/sheetsWithoutJournal";
import {
  journalSheet,
  JOURNAL_STATUS_TEXT,
  JOURNAL_TABLE_NAME,
} from "../domain/statements/journalSheet";
import { previewStatements } from "../domain/statements/previewStatements";
import { statementSheetName } from "../domain/statements/sheetName";
import { statementSheet } from "../domain/statements/statementSheet";
import { summarySheet } from "../domain/statements/summarySheet";
import type {
  JournalChanges,
  NewJournalEntry,
  NumberingResult,
  StatementPreview,
} from "../domain/statements/types";
import { normalizeKey } from "../domain/text/normalizeKey";
import {
  SheetExistsError,
  type WorkbookGateway,
  type WriteProgress,
} from "../workbook/WorkbookGateway";
import type { JournalKeeper } from "./journalKeeper";
import { journalColumnsOf, journalRowsFor } from "./journalTable";
import { problemCell, registerTablesOf, tablesByRole, type TablesByRole } from "./registerTables";

/** Everything worked out for an exercise before anything is written. */
export interface StatementsRun {
  readonly year: number;
  readonly issueDate: string;
  /**
   * How the register calls contributions (Paramètres, "Mode d'appel"): the tariff schedule, or
   * the sharing of the net charges of the school year ending in the exercise (RULES.md §5).
   */
  readonly method: CallMethod;
  /**
   * Problems of the register (errors block, warnings do not), and members whose new statement
   * would be dated before their transfer took effect (an error on their "Date d'effet" cell).
   */
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
  /** The series the numbers belong to (issuer and exercise); null without settings. */
  readonly series: NumberSeries | null;
  /** What a kept journal of the series put back into the workbook's journal, when one was given. */
  readonly reconciliation: JournalReconciliation | null;
  /**
   * What generation writes into the journal table: the restored entries then the new ones,
   * appended; the entries whose status becomes annulé. Empty while the run cannot be generated.
   */
  readonly journalWrites: JournalChanges;
  /**
   * Every entry of the exercise once generated (restored, already issued, cancelled, new), in
   * number order: what a kept journal records for the series.
   */
  readonly journalAfter: readonly NewJournalEntry[];
}

/** Options of prepareStatements. */
export interface PrepareOptions {
  /**
   * Where the journal of the series is kept (browser storage, a journal file): its entries of
   * the exercise missing from the workbook's journal are put back before any new number.
   */
  readonly keeper?: JournalKeeper;
}

/** What a generation wrote. */
export interface GenerationReport {
  readonly sheetsWritten: number;
  /** New numbers issued by this generation. */
  readonly journalAdded: number;
  readonly journalCancelled: number;
  /** Entries of the kept journal put back into the workbook's journal. */
  readonly journalRestored: number;
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
  if (!tables.schedule) return [];
  try {
    return parseScheduleTable(tables.schedule.values);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    blockers.push(`Table « ${tables.schedule.name} » : ${error.message}`);
    return [];
  }
}

/** The register read and checked for the method, and how to work out its preview. */
interface MethodRead {
  readonly register: Register;
  readonly problems: RegisterProblem[];
  /** The statements of the exercise; call only when the register has no error. */
  readonly preview: () => StatementPreview;
}

/**
 * Reads and checks the register the way its method needs: the tariff schedule (the schedule
 * table of the workbook, if any, and the member checks of the schedule), or the sharing of net
 * charges (the Charges and Collèges tables, the FEDER, the pupils; a date of issue before the
 * end of the school year is a blocker).
 */
function readByMethod(
  method: CallMethod,
  tables: TablesByRole,
  year: number,
  issueDate: string,
  blockers: string[],
  settingProblems: readonly RegisterProblem[]
): MethodRead {
  if (method === "sharing") {
    const { register, sharing, problems } = checkSharingRegister(registerTablesOf(tables), year);
    const early = sharingIssueDateProblem(issueDate, sharing.schoolYear);
    if (early) blockers.push(early);
    return { register, problems, preview: () => previewSharing(register, sharing) };
  }
  const entries = workbookSchedule(tables, blockers);
  const { register, problems } = checkRegister(registerTablesOf(tables), year, entries);
  // A "Mode d'appel" not understood is an error whichever method was meant.
  return {
    register,
    problems: sortProblems([...problems, ...settingProblems]),
    preview: () => previewStatements(register, year, entries),
  };
}

/**
 * The sheets a generation writes: each statement numbered now, and each statement whose entry
 * the kept journal put back when the workbook lacks its sheet (a register reopened without the
 * workbook a generation wrote); the summary; the journal sheet when the workbook has no journal.
 */
function sheetsOf(
  preview: StatementPreview,
  numbering: NumberingResult,
  journalWrites: JournalChanges,
  settings: Parameters<typeof statementSheet>[1] | null,
  year: number,
  tables: TablesByRole,
  existing: ReadonlySet<string>
): SheetSpec[] {
  if (settings === null) return [];
  const restored = new Set(journalWrites.added.map((entry) => entry.number));
  const written = numbering.statements.filter(
    (statement) =>
      statement.outcome !== "already-issued" ||
      (restored.has(statement.number) &&
        !existing.has(normalizeKey(statementSheetName(statement.number))))
  );
  const sheets = written.map((statement) => statementSheet(statement, settings));
  if (numbering.statements.length > 0) sheets.push(summarySheet(numbering.statements, year));
  if (!tables.journal && journalWrites.added.length > 0)
    sheets.push(journalSheet(journalWrites.added));
  return preview.drafts.length > 0 ? sheets : [];
}

/**
 * Reads the register from the workbook, checks it for an exercise, and, when it has no error,
 * works out the statements, their numbers against the journal and the sheets to write. Writes
 * nothing. The Paramètres setting "Mode d'appel" chooses the method: the tariff schedule (the
 * default) or the sharing of net charges (RULES.md §5); numbering, journal and sheets are the
 * same for both.
 *
 * @param workbook - the workbook
 * @param year - the exercise
 * @param issueDate - date of issue, ISO
 * @param options - where the journal of the series is kept, if anywhere
 * @returns the run, to preview and then generate
 * @throws Error from the keeper when its journal cannot be read
 * @example
 * const run = await prepareStatements(workbook, 2025, "2025-03-01", { keeper });
 */
export async function prepareStatements(
  workbook: WorkbookGateway,
  year: number,
  issueDate: string,
  options: PrepareOptions = {}
): Promise<StatementsRun> {
  const [snapshots, sheetNames] = await Promise.all([workbook.readTables(), workbook.sheetNames()]);
  const tables = tablesByRole(snapshots);
  const blockers: string[] = [];
  const sharingSettings = readSharingSettings(tables.settings?.values);
  const method = sharingSettings.method;
  const read = readByMethod(method, tables, year, issueDate, blockers, sharingSettings.problems);
  const { register, problems } = read;
  const empty = {
    year,
    issueDate,
    method,
    blockers,
    preview: null,
    numbering: null,
    sheets: [],
    existingSheets: [],
    tables,
    settings: register.settings,
    series: register.settings ? numberSeries(register.settings, year) : null,
    reconciliation: null,
    journalWrites: { added: [], cancelled: [] },
    journalAfter: [],
  };
  if (hasBlockingProblems(problems) || blockers.length > 0) return { ...empty, problems };
  const kept = empty.series && options.keeper ? await options.keeper.load(empty.series) : [];
  const reconciliation = reconcileJournal(register.journal, kept, year);
  blockers.push(...reconciliation.conflicts);
  const lost = statementSheetsWithoutJournal(sheetNames, reconciliation.journal, year);
  if (lost.length > 0) blockers.push(lostNumbersMessage(lost));
  if (blockers.length > 0) return { ...empty, problems, reconciliation };
  try {
    const preview = read.preview();
    const numbering = assignNumbers(preview.drafts, reconciliation.journal, year, issueDate);
    // A new statement dated before its member's transfer: an error on that member's row.
    const notJoined = transferDateProblems(numbering.statements, register);
    const journalWrites = journalWritesOf(register.journal, reconciliation, numbering);
    const journalAfter = journalOfYear(applyJournalChanges(register.journal, journalWrites), year);
    const existing = new Set(sheetNames.map(normalizeKey));
    const sheets = sheetsOf(
      preview,
      numbering,
      journalWrites,
      register.settings,
      year,
      tables,
      existing
    );
    const journalProblem = journalBlocker(tables, numbering);
    if (journalProblem) blockers.push(journalProblem);
    const existingSheets = sheets
      .map((sheet) => sheet.name)
      .filter((name) => existing.has(normalizeKey(name)));
    return {
      ...empty,
      problems: notJoined.length > 0 ? sortProblems([...problems, ...notJoined]) : problems,
      preview,
      numbering,
      sheets,
      existingSheets,
      reconciliation,
      journalWrites,
      journalAfter,
    };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { ...empty, problems, reconciliation, blockers: [...blockers, error.message] };
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
 * stoppable between batches); then records the exercise's journal where it is kept (`keep`);
 * then writes the journal: the entries put back and the new ones (a journal sheet the first
 * time, else rows appended and statuses set to annulé). The journal is written last, so a
 * cancelled generation, or one whose journal could not be kept, issues no number; the sheets it
 * added are then deleted again. Existing sheets are replaced only when named in `replace`.
 *
 * @param workbook - the workbook
 * @param run - a run for which canGenerate is true
 * @param options - sheets the user agreed to replace, progress, cancellation, the keeper
 * @returns what was written
 * @throws SheetExistsError, WriteCancelledError from the workbook; the keeper's error; Error
 *   when the run cannot be generated
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
    /**
     * Records the exercise's journal (run.journalAfter) where it is kept, after the sheets and
     * before the journal table: a failure there stops the generation before any number is
     * written into the workbook.
     */
    keep?: (entries: readonly NewJournalEntry[]) => Promise<void>;
  } = {}
): Promise<GenerationReport> {
  if (!canGenerate(run) || !run.numbering)
    throw new Error("Le registre contient des erreurs : corrigez-les avant de générer les appels.");
  const { added, cancelled } = run.journalWrites;
  // The journal sheet of a first generation is written after the kept journal, like rows.
  const journalSpec = run.sheets.find((sheet) => sheet.table?.name === JOURNAL_TABLE_NAME);
  // The journal sheet is written apart: refuse now, before any write, what the gateway would
  // refuse then, after the numbers were kept.
  const replace = new Set([...(options.replace ?? [])].map(normalizeKey));
  const refused = run.existingSheets.filter((name) => !replace.has(normalizeKey(name)));
  if (refused.length > 0) throw new SheetExistsError(refused);
  const total = run.sheets.length;
  const onProgress = options.onProgress;
  try {
    await workbook.writeSheets(
      run.sheets.filter((sheet) => sheet !== journalSpec),
      { ...options, onProgress: onProgress && (({ done }) => onProgress({ done, total })) }
    );
    if (options.keep) await options.keep(run.journalAfter);
  } catch (error) {
    await takeBackNewSheets(workbook, run);
    throw error;
  }
  if (journalSpec) {
    await workbook.writeSheets([journalSpec], {
      replace: options.replace,
      onProgress: onProgress && (() => onProgress({ done: total, total })),
    });
  }
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
          cell: text(JOURNAL_STATUS_TEXT.cancelled),
        }))
      );
    }
  }
  return {
    sheetsWritten: run.sheets.length,
    journalAdded: run.numbering.changes.added.length,
    journalCancelled: run.numbering.changes.cancelled.length,
    journalRestored: run.reconciliation?.restored.length ?? 0,
  };
}

/**
 * After a generation stopped before its numbers were issued (cancelled, failed, journal not
 * kept), deletes the sheets it added, so that no statement sheet is left without its journal row
 * (which would then block the next generation: see sheetsWithoutJournal.ts). Sheets the user
 * agreed to replace stay as written. Best effort: a failure here leaves the first error to report.
 */
async function takeBackNewSheets(workbook: WorkbookGateway, run: StatementsRun): Promise<void> {
  const existed = new Set(run.existingSheets.map(normalizeKey));
  const added = run.sheets
    .map((sheet) => sheet.name)
    .filter((name) => !existed.has(normalizeKey(name)));
  await workbook.deleteSheets(added).catch(() => undefined);
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
