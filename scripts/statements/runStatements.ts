import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import {
  canGenerate,
  generateStatements,
  prepareStatements,
} from "../../src/app/statementsWorkflow";
import type { StatementsRun } from "../../src/app/statementsWorkflow";
import { statementsPdfFileName } from "../../src/documents/statementPdf";
import { sortProblems } from "../../src/domain/register/RegisterProblem";
import { accountingCsv } from "../../src/domain/statements/accountingCsv";
import { statementsForAccounting } from "../../src/domain/statements/statementsForAccounting";
import { describeProblem } from "../../src/domain/tables/TableProblem";
import { openXlsxWorkbook } from "../../src/workbook/file/xlsxWorkbook";
import { parseArguments, SAMPLE_REGISTER, USAGE, type StatementsOptions } from "./parseArguments";
import { renderStatementPdfs } from "./pdfFiles";
import { formatCount, summaryTable } from "./summaryTable";

/**
 * Exit codes of `npm run statements`:
 * - 0: the statements are written;
 * - 1: refused, nothing written: the register has errors (or cannot be read as a workbook, or
 *   nobody owes the year), or an output file or statement sheet exists and --force is not given;
 * - 2: bad arguments (unknown option, year not of 4 digits, input file missing…);
 * - 3: the job failed for another reason: a file could not be written, or an unexpected error.
 */
export const EXIT = { ok: 0, refused: 1, usage: 2, failed: 3 } as const;

/** Where the command prints and reads from: the process, or a test. */
export interface CliEnvironment {
  /** Prints a line of the result (summary, files written). */
  readonly out: (line: string) => void;
  /** Prints a line of diagnostics (problems, warnings, errors, --stats). */
  readonly err: (line: string) => void;
  /** Folder that relative --in and --out paths, and the default output folder, are read from. */
  readonly cwd: string;
  /** Project root: the sample register is read from there, whatever the current folder. */
  readonly projectRoot: string;
  /** Today, for the default year and date of issue. */
  readonly now: Date;
  /** Prints the stack of unexpected errors (ENT_DEBUG=1). */
  readonly debug?: boolean;
  /** Processors to render PDFs with; 1 renders them in this thread (tests). */
  readonly processors?: number;
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

/** The files a run writes, by absolute path. */
interface OutputFile {
  readonly path: string;
  readonly bytes: Uint8Array | string;
}

function frenchDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}

function plural(count: number, word: string): string {
  return `${formatCount(count)} ${word}${count > 1 ? "s" : ""}`;
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
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Lines for the problems of a run: register problems (sorted), blockers and warnings. */
function problemLines(run: StatementsRun): string[] {
  const lines = sortProblems(run.problems).map(
    (problem) =>
      `${problem.severity === "erreur" ? "ERREUR" : "AVERTISSEMENT"} ${describeProblem(problem)}`
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

async function readRegister(path: string) {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "erreur de lecture";
    throw new CliFailure(`--in : lecture impossible de ${path} (${code}).`, EXIT.usage);
  }
  try {
    return await openXlsxWorkbook(bytes);
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const reason = cause instanceof Error ? ` (${cause.message.split("\n")[0]})` : "";
    throw new CliFailure(
      `le fichier ${path} ne se lit pas comme un classeur Excel .xlsx${reason} : aucun fichier écrit.`,
      EXIT.refused
    );
  }
}

/** Refuses when a file to write exists, unless --force. */
async function checkOutputs(files: readonly string[], force: boolean, cwd: string): Promise<void> {
  const existing: string[] = [];
  for (const file of files) {
    const kind = await kindOf(file);
    if (kind === null) continue;
    if (kind !== "file")
      throw new CliFailure(
        `${file} existe et n'est pas un fichier : aucun fichier écrit.`,
        EXIT.refused
      );
    existing.push(file);
  }
  if (existing.length === 0 || force) return;
  const listed = existing.slice(0, 3).map((file) => shown(file, cwd));
  const more = existing.length > 3 ? ` et ${existing.length - 3} autre(s)` : "";
  throw new CliFailure(
    `${plural(existing.length, "fichier")} de sortie déjà présent${existing.length > 1 ? "s" : ""} ` +
      `(${listed.join(", ")}${more}) : aucun fichier écrit. Relancez avec --force pour les remplacer, ` +
      "ou choisissez un autre dossier avec --out.",
    EXIT.refused
  );
}

/** Files written at once: enough to keep the disk busy, few enough for any open-file limit. */
const WRITES_AT_ONCE = 32;

/** Writes one file under a temporary name, then renames it. */
async function writeOutput(file: OutputFile): Promise<void> {
  const partial = `${file.path}.${process.pid}.partiel`;
  try {
    await writeFile(partial, file.bytes);
    await rename(partial, file.path);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliFailure(
      `écriture impossible de ${file.path}${code ? ` (${code})` : ""}.`,
      EXIT.failed
    );
  }
}

/**
 * Writes each file under a temporary name, then renames it: a file under its final name is
 * always complete, even when the disk fills up halfway. Files are written WRITES_AT_ONCE at a
 * time; after a failure no new file is started, and the first failure is reported.
 */
async function writeOutputs(out: string, files: readonly OutputFile[]): Promise<void> {
  try {
    await mkdir(out, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliFailure(
      `création impossible du dossier ${out}${code ? ` (${code})` : ""}.`,
      EXIT.failed
    );
  }
  let next = 0;
  let failure: unknown = null;
  const writer = async (): Promise<void> => {
    while (failure === null && next < files.length) {
      const file = files[next];
      next += 1;
      if (file === undefined) continue;
      try {
        await writeOutput(file);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITES_AT_ONCE, files.length) }, writer));
  if (failure !== null) throw failure;
}

/**
 * The job of `npm run statements`, for options already parsed: reads the register, checks it,
 * and when it has no error generates the statements into the same workbook and writes
 * <out>/appels-<year>.xlsx, one PDF per statement and <out>/appels-<year>.csv. With a register
 * error, an existing output (without --force) or a bad path, it writes nothing, not even the
 * output folder.
 *
 * @param options - the parsed options
 * @param env - where to print, the folders, today
 * @returns the exit code (see EXIT)
 * @example
 * await runStatements(options, { out: console.log, err: console.error, cwd, projectRoot, now: new Date() }); // 0
 */
export async function runStatements(
  options: StatementsOptions,
  env: CliEnvironment
): Promise<number> {
  const steps = new Steps();
  try {
    return await statementsJob(options, env, steps);
  } finally {
    if (options.stats) for (const line of steps.lines()) env.err(line);
  }
}

async function statementsJob(
  options: StatementsOptions,
  env: CliEnvironment,
  steps: Steps
): Promise<number> {
  const { year, issueDate, force } = options;
  const input =
    options.input === null
      ? resolve(env.projectRoot, SAMPLE_REGISTER)
      : resolve(env.cwd, options.input);
  const out = resolve(env.cwd, options.out ?? `appels-${year}`);

  const inputKind = await kindOf(input);
  if (inputKind !== "file") {
    const what = options.input === null ? "le registre d'exemple" : "--in :";
    const why = inputKind === null ? "fichier introuvable" : "ce n'est pas un fichier";
    return usageError(env, `${what} ${input} : ${why}.`);
  }
  const outKind = await kindOf(out);
  if (outKind !== null && outKind !== "directory")
    return usageError(env, `--out : ${out} existe et n'est pas un dossier.`);

  const workbook = await readRegister(input);
  steps.mark("lecture");
  const run = await prepareStatements(workbook, year, issueDate);
  steps.mark("contrôle");
  for (const line of problemLines(run)) env.err(line);

  if (!canGenerate(run) || run.numbering === null) {
    const errors =
      run.problems.filter((problem) => problem.severity === "erreur").length +
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
  if (settings === null)
    throw new CliFailure(
      "le registre n'a pas de table Paramètres (émetteur des appels) : aucun fichier écrit.",
      EXIT.refused
    );
  if (statements.length === 0)
    throw new CliFailure(
      `aucun membre du registre ne doit de contribution pour ${year} : aucun fichier écrit.`,
      EXIT.refused
    );
  if (run.existingSheets.length > 0 && !force)
    throw new CliFailure(
      `le registre contient déjà ${plural(run.existingSheets.length, "feuille")} que la génération ` +
        `écrirait (${run.existingSheets.slice(0, 3).join(", ")}${run.existingSheets.length > 3 ? "…" : ""}) : ` +
        "aucun fichier écrit. Relancez avec --force pour les remplacer dans le classeur écrit " +
        "(le registre lu n'est jamais modifié).",
      EXIT.refused
    );

  const xlsxPath = join(out, `appels-${year}.xlsx`);
  const csvPath = join(out, `appels-${year}.csv`);
  const pdfPaths = statements.map((statement) => join(out, statementsPdfFileName(statement)));
  await checkOutputs([xlsxPath, csvPath, ...pdfPaths], force, env.cwd);

  await generateStatements(workbook, run, { replace: new Set(force ? run.existingSheets : []) });
  steps.mark("génération");
  // The PDFs render in worker threads while this thread writes the workbook.
  const pdfs = renderStatementPdfs(statements, settings, env.processors);
  // Handled when awaited below; this keeps a failure while the workbook is written from being
  // reported as an unhandled rejection.
  pdfs.catch(() => undefined);
  const xlsx = await workbook.toXlsx();
  steps.mark("classeur");
  const { files: pdfFiles, workers } = await pdfs;
  steps.mark("PDF");
  if (workers > 0) steps.note = ` (PDF sur ${plural(workers, "thread")} en parallèle)`;
  const csv = accountingCsv(statementsForAccounting(statements, "nouveaux"));
  const files: OutputFile[] = [
    { path: xlsxPath, bytes: xlsx },
    ...pdfPaths.map((path, index) => ({ path, bytes: pdfFiles[index] ?? new Uint8Array() })),
    { path: csvPath, bytes: csv },
  ];
  await writeOutputs(out, files);
  steps.mark("écriture");

  printSummary(env, options, run, input);
  env.out("");
  env.out(`Fichiers écrits dans ${shown(out, env.cwd)} :`);
  env.out(`  appels-${year}.xlsx  registre, appels, synthèse et journal`);
  const first = statementsPdfFileName(statements[0] ?? { number: "" });
  const last = statementsPdfFileName(statements.at(-1) ?? { number: "" });
  env.out(
    `  ${statements.length > 1 ? `${first} … ${last}` : first}  ${formatCount(statements.length)} PDF`
  );
  const exported = statementsForAccounting(statements, "nouveaux").length;
  env.out(`  appels-${year}.csv  export comptable (${plural(exported, "appel")})`);
  return EXIT.ok;
}

function printSummary(
  env: CliEnvironment,
  options: StatementsOptions,
  run: StatementsRun,
  input: string
): void {
  const statements = run.numbering?.statements ?? [];
  const yearNote = options.yearDefaulted ? " (année en cours : --year non donné)" : "";
  const dateNote = options.dateDefaulted ? " (aujourd'hui : --date non donné)" : "";
  const sample = options.input === null ? " (registre d'exemple)" : "";
  env.out(`Appels de contribution ENT — exercice ${run.year}${yearNote}`);
  env.out(`Registre : ${shown(input, env.cwd)}${sample}`);
  env.out(`Date d'émission : ${frenchDate(run.issueDate)}${dateNote}`);
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
    if (error instanceof CliFailure) {
      if (error.code === EXIT.usage) return usageError(env, error.message);
      env.err(`${error.code === EXIT.refused ? "Refusé" : "Échec"} : ${error.message}`);
      return error.code;
    }
    const message = error instanceof Error ? error.message : String(error);
    env.err(`Erreur inattendue : ${message.split("\n")[0]} (le registre lu n'est pas modifié).`);
    if (env.debug && error instanceof Error && error.stack) env.err(error.stack);
    else env.err("Pour le détail, relancez avec ENT_DEBUG=1.");
    return EXIT.failed;
  }
}
