import { frenchDate, groupDigits } from "../domain/text/frenchText";
import { readFile, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { canGenerate, generateStatements, prepareStatements } from "../app/statementsWorkflow";
import type { StatementsRun } from "../app/statementsWorkflow";
import {
  accountingCsvName,
  newStatementsCsv,
  statementsWorkbookName,
} from "../app/generationFiles";
import { tablesByRole } from "../app/registerTables";
import { statementPdfFileName } from "../documents/statementPdf";
import { isDomainError } from "../domain/errors/DomainError";
import { sortProblems } from "../domain/register/RegisterProblem";
import { parseScheduleTable } from "../domain/schedules/readScheduleTable";
import type { ScheduleEntry } from "../domain/schedules/types";
import { pesProblems, pesRecetteFile, pesTitres } from "../domain/pes";
import { summaryTableName } from "../domain/statements/summarySheet";
import { describeProblem } from "../domain/tables/TableProblem";
import { isSpreadsheetFileError } from "../workbook/file/spreadsheetFileError";
import { checkFileSize, openXlsxWorkbook, type XlsxWorkbook } from "../workbook/file/xlsxWorkbook";
import { FileJournalKeeper, JournalRecordFailure, JournalRefusal } from "./fileJournalKeeper";
import { DISK_FAILURES, errorCode, reasonOf } from "./folders";
import { RunGuard, RunInterrupted, SIGNAL_EXIT_CODE, type SignalSource } from "./interruptions";
import { journalCsv } from "../domain/statements/journalCsv";
import { parseArguments, SAMPLE_REGISTER, USAGE, type StatementsOptions } from "./parseArguments";
import { renderStatementPdfs } from "./pdfFiles";
import { diskFileSystem, RunFolder, type OutputFileSystem } from "./runFolder";
import { acceptedYearsText, yearHasSchedule } from "./scheduleYears";
import { summaryTable } from "./summaryTable";

/**
 * Exit codes of `npm run statements`:
 * - 0: the statements are written, in a new run folder;
 * - 1: refused, nothing written: the register has errors (or cannot be read as a workbook:
 *   not a spreadsheet, damaged, protected by a password, an old .xls, past the reading bounds;
 *   or nobody owes the year), or the kept journal cannot be read or is locked by another run;
 * - 2: bad arguments (unknown option, year not of 4 digits or without a schedule, input file
 *   missing, output folder that cannot be written…);
 * - 3: the job failed for another reason (a file could not be written, the disk is full, an
 *   unexpected error): nothing written, no number issued;
 * - 130 (SIGINT), 143 (SIGTERM), 129 (SIGHUP): interrupted, nothing written.
 */
export const EXIT = { ok: 0, refused: 1, usage: 2, failed: 3, interrupted: 130 } as const;

/** Where the command prints and reads from: the process, or a test. */
export interface CliEnvironment {
  /** Prints a line of the result (summary, files written). */
  readonly out: (line: string) => void;
  /** Prints a line of diagnostics (problems, warnings, errors, --stats). */
  readonly err: (line: string) => void;
  /** Folder that relative --in, --out and --journal paths, and the default output folder, are read from. */
  readonly cwd: string;
  /** Project root: the sample register is read from there, whatever the current folder. */
  readonly projectRoot: string;
  /** Today, for the default year and date of issue. */
  readonly now: Date;
  /**
   * Folder of the kept journals, one file per series (ENT_JOURNAL_DIR, else the user's data
   * folder: defaultJournalFolder); --journal names one file instead.
   */
  readonly journalDir: string;
  /** Prints the stack of unexpected errors (ENT_DEBUG=1). */
  readonly debug?: boolean;
  /** Processors to render PDFs with; 1 renders them in this thread (tests). */
  readonly processors?: number;
  /** Signals that stop a run (the process's); none: the run is not watched. */
  readonly signals?: SignalSource;
  /** Writes the run's files (the disk by default; a test's double fails on purpose). */
  readonly files?: OutputFileSystem;
}

/** A refusal or failure the user can act on: printed as one French line, never as a stack. */
class CliFailure extends Error {
  constructor(
    message: string,
    readonly code: number
  ) {
    super(message);
    this.name = "CliFailure";
  }
}

/** An unexpected error once the run is complete (files in place, numbers kept): said so. */
class AfterCommitError extends Error {
  constructor(
    readonly error: unknown,
    readonly folder: string
  ) {
    super(error instanceof Error ? error.message : String(error));
    this.name = "AfterCommitError";
    if (error instanceof Error) this.stack = error.stack;
  }
}

/** Times the steps for --stats. */
class Steps {
  private readonly times: [string, number][] = [];
  private last = performance.now();
  /** Said after the times, e.g. how many threads rendered the PDFs. */
  note = "";

  mark(step: string): void {
    const now = performance.now();
    this.times.push([step, now - this.last]);
    this.last = now;
  }

  lines(): string[] {
    const total = this.times.reduce((sum, [, ms]) => sum + ms, 0);
    const steps = this.times.map(([step, ms]) => `${step} ${ms.toFixed(0)} ms`).join(", ");
    const peak = process.resourceUsage().maxRSS / 1024;
    return [
      `Durées : ${steps} ; total ${total.toFixed(0)} ms${this.note}.`,
      `Mémoire maximale (RSS) : ${peak.toFixed(0)} Mo.`,
    ];
  }
}

/** A file of the run, by name in the run folder. */
interface OutputFile {
  readonly name: string;
  readonly bytes: Uint8Array | string;
}

function plural(count: number, word: string): string {
  return `${groupDigits(count)} ${word}${count > 1 ? "s" : ""}`;
}

/** A path to print: relative to the user's folder when inside it, else absolute. */
function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  if (rel === "") return ".";
  return rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}

async function kindOf(path: string): Promise<"file" | "directory" | "other" | null> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? "file" : stats.isDirectory() ? "directory" : "other";
  } catch (error) {
    if (errorCode(error) === "ENOENT") return null;
    throw error;
  }
}

/** Whether a path is a folder or inside it. */
function isWithin(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * Numbers listed for a message: all of them up to four, else the first and the last.
 *
 * @example
 * numbersText(["2025-0001", "2025-0002", "2025-0003", "2025-0004", "2025-0005"]); // "2025-0001 … 2025-0005"
 */
function numbersText(numbers: readonly string[]): string {
  if (numbers.length <= 4) return numbers.join(", ");
  return `${numbers[0] ?? ""} … ${numbers.at(-1) ?? ""}`;
}

/** Lines for the problems of a run: register problems (sorted), blockers and warnings. */
function problemLines(run: StatementsRun): string[] {
  const lines = sortProblems(run.problems).map(
    (problem) =>
      `${problem.severity === "error" ? "ERREUR" : "AVERTISSEMENT"} ${describeProblem(problem)}`
  );
  lines.push(...run.blockers.map((blocker) => `ERREUR ${blocker}`));
  for (const problem of run.preview?.problems ?? []) {
    const where =
      problem.row === null
        ? ""
        : `Membres, ligne ${problem.row}${problem.member ? ` (${problem.member})` : ""} : `;
    lines.push(`ERREUR ${where}${problem.message}`);
  }
  lines.push(...(run.preview?.warnings ?? []).map((warning) => `AVERTISSEMENT ${warning}`));
  lines.push(...(run.numbering?.warnings ?? []).map((warning) => `AVERTISSEMENT ${warning}`));
  for (const entry of run.numbering?.notInPreview ?? [])
    lines.push(
      `AVERTISSEMENT Journal, ligne ${entry.row} : l'appel ${entry.number} (${entry.member}) a été émis ` +
        `pour ${entry.year}, mais ce membre n'est plus appelé ; il n'est pas annulé automatiquement.`
    );
  return lines;
}

/** What the kept journal put back into the register's journal, or marked cancelled there. */
function reconciliationLines(run: StatementsRun, journalFile: string): string[] {
  const reconciliation = run.reconciliation;
  if (reconciliation === null || !canGenerate(run)) return [];
  const lines: string[] = [];
  const restored = reconciliation.restored.map((entry) => entry.number);
  if (restored.length > 0) {
    const many = restored.length > 1;
    lines.push(
      `AVERTISSEMENT ${plural(restored.length, "numéro")} émis absent${many ? "s" : ""} du journal ` +
        `du registre (${numbersText(restored)}) : remis dans le journal du classeur écrit, d'après ` +
        `le journal des numéros ${journalFile} ; ${many ? "ils gardent leurs" : "il garde ses"} ` +
        "membre, montant et date, et ne sont jamais redonnés à un autre appel."
    );
  }
  const cancelled = reconciliation.cancelled.map((entry) => entry.number);
  if (cancelled.length > 0)
    lines.push(
      `AVERTISSEMENT ${plural(cancelled.length, "appel")} émis selon le journal du registre ` +
        `(${numbersText(cancelled)}) ${cancelled.length > 1 ? "sont annulés" : "est annulé"} dans le ` +
        `journal des numéros ${journalFile} : marqué${cancelled.length > 1 ? "s" : ""} annulé${cancelled.length > 1 ? "s" : ""} dans le classeur écrit.`
    );
  return lines;
}

/**
 * Opens the register: an .xlsx or .ods file. A file that cannot be read as a workbook (not a
 * spreadsheet, damaged, protected by a password, an old .xls, past the reading bounds) is
 * refused with the same French message as in the task pane, naming the file (exit 1).
 */
async function readRegister(path: string, name: string): Promise<XlsxWorkbook> {
  let bytes: Buffer;
  try {
    // Before the file is read into memory: no register is larger than the reading bounds.
    checkFileSize((await stat(path)).size);
    bytes = await readFile(path);
  } catch (error) {
    if (isSpreadsheetFileError(error))
      throw new CliFailure(`${error.messageFor(name)} Aucun fichier écrit.`, EXIT.refused);
    throw new CliFailure(`--in : lecture impossible de ${path} (${reasonOf(error)}).`, EXIT.usage);
  }
  try {
    return await openXlsxWorkbook(bytes);
  } catch (error) {
    if (isSpreadsheetFileError(error))
      throw new CliFailure(`${error.messageFor(name)} Aucun fichier écrit.`, EXIT.refused);
    throw error;
  }
}

/**
 * Refuses an exercise no schedule covers (exit 2), listing those accepted: the built-in
 * schedules, and the register's own "Barème" table, read only when the built-in ones do not
 * cover the year.
 */
async function checkYear(workbook: XlsxWorkbook, year: number): Promise<void> {
  if (yearHasSchedule(year)) return;
  const table = tablesByRole(await workbook.readTables()).schedule;
  let entries: ScheduleEntry[] = [];
  let note = "";
  if (table) {
    try {
      entries = parseScheduleTable(table.values);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      note = ` (la table « ${table.name} » du registre ne se lit pas : ${error.message})`;
    }
  }
  if (yearHasSchedule(year, entries)) return;
  throw new CliFailure(
    `--year : aucun barème pour ${year} : exercices acceptés ${acceptedYearsText(entries)}${note}. ` +
      "Un barème voté par le comité s'ajoute au registre dans une table « Barème ».",
    EXIT.usage
  );
}

/** Files written at once: enough to keep the disk busy, few enough for any open-file limit. */
const WRITES_AT_ONCE = 32;

/**
 * Writes the run's files into its temporary folder, WRITES_AT_ONCE at a time; after a failure
 * no new file is started, the writes under way end, and the first failure is reported.
 */
async function writeOutputs(
  folder: string,
  files: readonly OutputFile[],
  fs: OutputFileSystem,
  leaves: string
): Promise<void> {
  let next = 0;
  const failures: { file: OutputFile; error: unknown }[] = [];
  const writer = async (): Promise<void> => {
    while (failures.length === 0 && next < files.length) {
      const file = files[next];
      next += 1;
      if (file === undefined) continue;
      try {
        await fs.writeFile(join(folder, file.name), file.bytes);
      } catch (error) {
        failures.push({ file, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITES_AT_ONCE, files.length) }, writer));
  const failure = failures[0];
  if (failure !== undefined) {
    const { file, error } = failure;
    throw new CliFailure(
      `écriture impossible de ${file.name} : ${reasonOf(error)}. ${leaves}`,
      EXIT.failed
    );
  }
}

/**
 * The job of `npm run statements`, for options already parsed: checks that the output folder
 * can be written (at once), reads the register, checks it, puts back the numbers the kept
 * journal holds, and when nothing blocks generates the statements and writes them into a new run
 * folder of the output folder: the workbook, one PDF per statement, the accounting CSV and a copy
 * of the journal. All or nothing: the files go to a hidden temporary folder; then the kept
 * journal is recorded, then the folder renamed. A refusal, a failure or a signal removes the
 * temporary folder: the output folder and the kept journal stay as they were.
 *
 * @param options - the parsed options
 * @param env - where to print, the folders, today
 * @returns the exit code (see EXIT)
 * @example
 * await runStatements(options, { out: console.log, err: console.error, cwd, projectRoot, now: new Date(), journalDir }); // 0
 */
export async function runStatements(
  options: StatementsOptions,
  env: CliEnvironment
): Promise<number> {
  const steps = new Steps();
  const guard = new RunGuard(env.signals, env.err);
  try {
    return await statementsJob(options, env, steps, guard);
  } catch (error) {
    if (guard.interrupted) throw new RunInterrupted(guard.interrupted);
    throw error;
  } finally {
    guard.stop();
    if (options.stats) for (const line of steps.lines()) env.err(line);
  }
}

async function statementsJob(
  options: StatementsOptions,
  env: CliEnvironment,
  steps: Steps,
  guard: RunGuard
): Promise<number> {
  const { year, issueDate } = options;
  const input =
    options.input === null
      ? resolve(env.projectRoot, SAMPLE_REGISTER)
      : resolve(env.cwd, options.input);
  const root = resolve(env.cwd, options.out ?? `appels-${year}`);
  const fs = env.files ?? diskFileSystem;
  if (options.force)
    env.err(
      "Note : --force n'a plus d'effet : rien n'est jamais remplacé (chaque génération écrit dans " +
        "un nouveau dossier), et la synthèse est toujours réécrite dans le classeur écrit."
    );

  const inputKind = await kindOf(input);
  if (inputKind !== "file") {
    const what = options.input === null ? "le registre d'exemple" : "--in :";
    const why = inputKind === null ? "fichier introuvable" : "ce n'est pas un fichier";
    return usageError(env, `${what} ${input} : ${why}.`);
  }
  // A path under a file (ENOTDIR) is refused below, with its reason.
  const outKind = await kindOf(root).catch(() => null);
  if (outKind !== null && outKind !== "directory")
    return usageError(env, `--out : ${root} existe et n'est pas un dossier.`);

  const keeper = new FileJournalKeeper(
    options.journal === null
      ? { folder: env.journalDir }
      : { file: resolve(env.cwd, options.journal) },
    { note: env.err }
  );
  guard.onCleanup(() => keeper.releaseSync());
  let folder: RunFolder | null = null;
  guard.onCleanup(() => (folder ? folder.discardSync() : RunFolder.sweepSync(root)));
  try {
    // At once, before reading anything: the output folder can be written.
    try {
      folder = await RunFolder.open(root, issueDate, fs);
    } catch (error) {
      const code = errorCode(error);
      throw new CliFailure(
        `--out : impossible d'écrire dans ${root} : ${reasonOf(error)}. Choisissez avec --out ` +
          "un dossier où vous pouvez écrire.",
        code !== null && DISK_FAILURES.has(code) ? EXIT.failed : EXIT.usage
      );
    }
    const runFolder = folder;
    // What a failure or an interruption leaves, said in its message.
    const nothingWritten = `Rien n'est écrit dans ${shown(root, env.cwd)} (le dossier temporaire est supprimé)`;
    let journalUnchanged = "";
    const leaves = () => `${nothingWritten} et aucun numéro n'est émis${journalUnchanged}.`;
    const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
    guard.leaves = lowerFirst(leaves());
    if (isWithin(input, runFolder.temporary))
      throw new CliFailure(
        `--out : le registre ${input} est dans le dossier de sortie.`,
        EXIT.usage
      );

    const workbook = await readRegister(input, shown(input, env.cwd));
    steps.mark("lecture");
    guard.checkpoint();
    await checkYear(workbook, year);
    const run = await prepareStatements(workbook, year, issueDate, { keeper });
    steps.mark("contrôle");
    guard.checkpoint();
    const journalFile = run.series ? keeper.fileOf(run.series) : keeper.place;
    journalUnchanged = ` ; le journal des numéros ${journalFile} n'a pas changé`;
    guard.leaves = lowerFirst(leaves());
    for (const line of problemLines(run)) env.err(line);
    for (const line of reconciliationLines(run, journalFile)) env.err(line);

    if (!canGenerate(run) || run.numbering === null) {
      if (run.series) env.err(`Journal des numéros : ${journalFile} (inchangé)`);
      const errors =
        run.problems.filter((problem) => problem.severity === "error").length +
        run.blockers.length +
        (run.preview?.problems.length ?? 0);
      const found = errors > 0 ? plural(errors, "erreur") : "des problèmes";
      throw new CliFailure(
        `${found} dans le registre ${shown(input, env.cwd)} : aucun fichier écrit. ` +
          "Corrigez le registre, puis relancez.",
        EXIT.refused
      );
    }
    const statements = run.numbering.statements;
    const settings = run.settings;
    if (settings === null || run.series === null)
      throw new CliFailure(
        "le registre n'a pas de table Paramètres (émetteur des appels) : aucun fichier écrit.",
        EXIT.refused
      );
    if (statements.length === 0)
      throw new CliFailure(
        `aucun membre du registre ne doit de contribution pour ${year} : aucun fichier écrit.`,
        EXIT.refused
      );
    // The summary is rebuilt from the journal at every run: replaced in the copy written (the
    // register read is never changed). Any other sheet the register already has is refused.
    const summary = run.sheets.find((sheet) => sheet.table?.name === summaryTableName(year));
    const others = run.existingSheets.filter((name) => name !== summary?.name);
    if (others.length > 0)
      throw new CliFailure(
        `le registre contient déjà ${plural(others.length, "feuille")} que la génération ` +
          `écrirait (${others.slice(0, 3).join(", ")}${others.length > 3 ? "…" : ""}) : aucun ` +
          "fichier écrit. Renommez ou supprimez ces feuilles dans le registre, puis relancez.",
        EXIT.refused
      );

    // The PES V2 file: its settings are new and optional. Missing ones skip the file with a
    // warning, or refuse the run with --pes; checked before anything is written.
    const pesWanted = pesTitres(statements).length > 0;
    const pesIssues = pesWanted ? pesProblems(settings, statements) : [];
    if (pesIssues.length > 0 && options.pes === true)
      throw new CliFailure(
        `le fichier PES V2 demandé (--pes) ne peut pas être écrit : aucun fichier écrit.\n` +
          pesIssues.map((issue) => `  - ${issue}`).join("\n"),
        EXIT.refused
      );
    for (const issue of pesIssues) env.err(`AVERTISSEMENT PES V2 : ${issue}`);
    if (pesIssues.length > 0)
      env.err(
        "AVERTISSEMENT Fichier PES V2 non écrit (les appels le sont) : ajoutez ces paramètres, " +
          "ou relancez avec --pes pour en faire une erreur."
      );
    const pes =
      pesWanted && pesIssues.length === 0
        ? pesRecetteFile({
            settings,
            statements,
            year,
            software: "Contributions ENT, ligne de commande",
          })
        : null;

    await generateStatements(workbook, run, { replace: new Set(run.existingSheets) });
    steps.mark("génération");
    guard.checkpoint();
    // The PDFs render in worker threads and are written into the temporary folder while this
    // thread makes the workbook.
    let workers = 0;
    const pdfWrites = renderStatementPdfs(statements, settings, env.processors).then(
      (rendering) => {
        workers = rendering.workers;
        const pdfFiles = statements.map((statement, index) => ({
          name: statementPdfFileName(statement),
          bytes: rendering.files[index] ?? new Uint8Array(),
        }));
        return writeOutputs(runFolder.temporary, pdfFiles, fs, leaves());
      }
    );
    // Handled when awaited below; this keeps a failure while the workbook is made from being
    // reported as an unhandled rejection.
    pdfWrites.catch(() => undefined);
    let xlsx: Uint8Array;
    try {
      xlsx = await workbook.toXlsx();
    } catch (error) {
      // No write may still be running when the temporary folder is removed.
      await pdfWrites.catch(() => undefined);
      throw error;
    }
    steps.mark("classeur");
    await pdfWrites;
    steps.mark("PDF");
    guard.checkpoint();
    if (workers > 0) steps.note = ` (PDF sur ${plural(workers, "thread")} en parallèle)`;
    const exported = newStatementsCsv(statements, settings);
    const files: OutputFile[] = [
      { name: statementsWorkbookName(year), bytes: xlsx },
      { name: accountingCsvName(year), bytes: exported.text },
      { name: `journal-${year}.csv`, bytes: journalCsv(run.journalAfter) },
      ...(pes ? [{ name: pes.fileName, bytes: new TextEncoder().encode(pes.xml) }] : []),
    ];
    await writeOutputs(runFolder.temporary, files, fs, leaves());
    steps.mark("écriture");

    // The commit: the numbers are issued once the kept journal has them, then the run folder
    // appears. A signal meanwhile waits until both are done.
    const series = run.series;
    const issued = run.numbering.changes.added.map((entry) => entry.number);
    const written = await guard.commit(async () => {
      try {
        await keeper.record(series, run.journalAfter);
      } catch (error) {
        if (error instanceof JournalRecordFailure || error instanceof JournalRefusal)
          throw new CliFailure(`${error.message} ${nothingWritten}.`, EXIT.failed);
        throw error;
      }
      try {
        return await runFolder.commit();
      } catch (error) {
        runFolder.keep();
        const numbers =
          issued.length > 0
            ? `les numéros ${numbersText(issued)} (${plural(issued.length, "appel")}) sont émis`
            : "la génération est enregistrée";
        throw new CliFailure(
          `${numbers} et gardés dans le journal des numéros ${journalFile}, mais le dossier ` +
            `${runFolder.temporary} n'a pas pu être renommé en ${runFolder.path} (${reasonOf(error)}). ` +
            `Les fichiers de cette génération (classeur, PDF, CSV) sont complets dans ${runFolder.temporary} : ` +
            "renommez ce dossier vous-même ; ne relancez pas la génération pour les obtenir.",
          EXIT.failed
        );
      }
    });
    steps.mark("journal");
    guard.leaves =
      `la génération était déjà complète : ses fichiers sont dans ${shown(written, env.cwd)}, ` +
      `ses numéros gardés dans le journal des numéros ${journalFile}.`;

    try {
      printSummary(env, options, run, input, journalFile);
      env.out("");
      env.out(`Fichiers écrits dans ${shown(written, env.cwd)} :`);
      env.out(`  ${statementsWorkbookName(year)}  registre, appels, synthèse et journal`);
      const first = statementPdfFileName(statements[0] ?? { number: "" });
      const last = statementPdfFileName(statements.at(-1) ?? { number: "" });
      env.out(
        `  ${statements.length > 1 ? `${first} … ${last}` : first}  ${groupDigits(statements.length)} PDF`
      );
      env.out(
        `  ${accountingCsvName(year)}  export comptable (${plural(exported.count, "appel")})`
      );
      env.out(
        `  journal-${year}.csv  copie du journal des numéros de ${year} (${plural(run.journalAfter.length, "numéro")})`
      );
      if (pes)
        env.out(
          `  ${pes.fileName}  fichier PES V2 pour Hélios, bordereau n° ${pes.bordereau} (${plural(pes.titres, "titre")}), non signé`
        );
    } catch (error) {
      throw new AfterCommitError(error, written);
    }
    if (guard.deferred)
      env.err(
        `Note : interruption (${guard.deferred === "SIGINT" ? "Ctrl+C" : guard.deferred}) reçue ` +
          "pendant l'enregistrement des numéros : la génération était engagée, elle est complète."
      );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof JournalRefusal)
      throw new CliFailure(`${error.message} Rien n'est écrit.`, EXIT.refused);
    if (error instanceof JournalRecordFailure)
      throw new CliFailure(`${error.message} Rien n'est écrit.`, EXIT.failed);
    throw error;
  } finally {
    await folder?.discard();
    await keeper.release();
  }
}

function printSummary(
  env: CliEnvironment,
  options: StatementsOptions,
  run: StatementsRun,
  input: string,
  journalFile: string
): void {
  const statements = run.numbering?.statements ?? [];
  const yearNote = options.yearDefaulted ? " (année en cours : --year non donné)" : "";
  const dateNote = options.dateDefaulted ? " (aujourd'hui : --date non donné)" : "";
  const sample = options.input === null ? " (registre d'exemple)" : "";
  const added = run.numbering?.changes.added.length ?? 0;
  env.out(`Appels de contribution ENT — exercice ${run.year}${yearNote}`);
  env.out(`Registre : ${shown(input, env.cwd)}${sample}`);
  if (run.method === "sharing")
    env.out(
      `Mode d'appel : partage des charges nettes de l'année scolaire ${run.year - 1}-${run.year} (RULES.md §5)`
    );
  env.out(`Date d'émission : ${frenchDate(run.issueDate)}${dateNote}`);
  const issued = added === 0 ? "aucun numéro émis" : `${plural(added, "numéro")} émis`;
  env.out(
    `Journal des numéros : ${journalFile} (${issued} par cette génération, ` +
      `${groupDigits(run.journalAfter.length)} au total pour ${run.year})`
  );
  env.out("");
  for (const line of summaryTable(statements)) env.out(line);
}

function usageError(env: CliEnvironment, message: string): number {
  env.err(`Erreur : ${message}`);
  env.err("");
  env.err(USAGE);
  return EXIT.usage;
}

/**
 * The whole command: parses the arguments, runs the job, and turns every failure into a French
 * message and an exit code; never a stack trace, except for an unexpected error with
 * ENT_DEBUG=1.
 *
 * @param argv - the arguments after the script's name
 * @param env - where to print, the folders, today
 * @returns the exit code (see EXIT)
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), env);
 */
export async function runCli(argv: readonly string[], env: CliEnvironment): Promise<number> {
  const parsed = parseArguments(argv, env.now);
  if (parsed.kind === "help") {
    env.out(USAGE);
    return EXIT.ok;
  }
  if (parsed.kind === "error") return usageError(env, parsed.message);
  try {
    return await runStatements(parsed.options, env);
  } catch (error) {
    // The guard said what the interruption left.
    if (error instanceof RunInterrupted) return SIGNAL_EXIT_CODE[error.signal];
    if (error instanceof CliFailure) {
      if (error.code === EXIT.usage) return usageError(env, error.message);
      env.err(`${error.code === EXIT.refused ? "Refusé" : "Échec"} : ${error.message}`);
      return error.code;
    }
    const message = error instanceof Error ? error.message : String(error);
    const what =
      error instanceof AfterCommitError
        ? `la génération est pourtant complète : ses fichiers sont dans ${error.folder} et ses numéros gardés dans le journal des numéros`
        : "rien n'est écrit dans le dossier de sortie et aucun numéro n'est émis";
    env.err(
      `Erreur inattendue : ${message.split("\n")[0]} (le registre lu n'est pas modifié ; ${what}).`
    );
    if (env.debug && error instanceof Error && error.stack) env.err(error.stack);
    else env.err("Pour le détail, relancez avec ENT_DEBUG=1.");
    return EXIT.failed;
  }
}
