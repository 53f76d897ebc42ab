/**
 * The kept journal of `npm run statements`: one JSON file per series of numbers (issuer,
 * exercise), so that a number once issued is never given to another statement, whatever
 * workbook the next run reads (the original register, an output whose journal lost rows).
 */
import { readFileSync, unlinkSync } from "node:fs";
import { open, readFile, rename, rm, stat, unlink } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import type { JournalKeeper } from "../app/journalKeeper";
import type { NumberSeries } from "../domain/statements/keptJournal";
import {
  firstLostEntry,
  keptJournalValue,
  readKeptJournal,
  type KeptJournalValue,
} from "../domain/statements/keptJournalFormat";
import type { NewJournalEntry } from "../domain/statements/types";
import { errorCode, makeFolders, reasonOf } from "./folders";

/** What a journal file holds: the kept journal's value, a description and its last record. */
export interface JournalFile extends KeptJournalValue {
  /** Says what the file is to whoever opens it. */
  readonly description: string;
  /** When it was last recorded, ISO. */
  readonly updated: string;
}

const DESCRIPTION =
  "Journal des numéros d'appels de contribution ENT émis pour une série (émetteur, exercice) : " +
  "écrit par npm run statements, à ne pas modifier à la main.";

/** Sub-folder of the user's data folder where journals are kept by default. */
const APP_FOLDER = join("ent-contributions", "journaux");

/**
 * A refusal about the kept journal (unreadable file, lock held, another series in the file):
 * the run stops before any number is issued. The message is French and names the file.
 */
export class JournalRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "JournalRefusal";
  }
}

/**
 * The kept journal could not be recorded (disk full, access refused): no number is issued.
 */
export class JournalRecordFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "JournalRecordFailure";
  }
}

/**
 * The folder of kept journals: ENT_JOURNAL_DIR when set; else the user's data folder,
 * `%APPDATA%\ent-contributions\journaux` on Windows, `$XDG_DATA_HOME/ent-contributions/journaux`
 * or `~/.local/share/ent-contributions/journaux` elsewhere.
 *
 * @param env - the environment variables
 * @param platform - process.platform
 * @param home - the user's home folder
 * @param cwd - folder a relative ENT_JOURNAL_DIR is read from
 * @returns an absolute path
 * @example
 * defaultJournalFolder({}, "linux", "/home/ana", "/"); // "/home/ana/.local/share/ent-contributions/journaux"
 */
export function defaultJournalFolder(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
  home: string,
  cwd: string
): string {
  const chosen = env.ENT_JOURNAL_DIR?.trim();
  if (chosen) return resolve(cwd, chosen);
  if (platform === "win32") {
    const appData = env.APPDATA?.trim() || join(home, "AppData", "Roaming");
    return join(appData, APP_FOLDER);
  }
  const xdg = env.XDG_DATA_HOME?.trim();
  // The XDG specification ignores a relative XDG_DATA_HOME.
  const data = xdg && xdg.startsWith("/") ? xdg : join(home, ".local", "share");
  return join(data, APP_FOLDER);
}

/**
 * The file name of a series' journal in the journal folder.
 *
 * @param series - the series
 * @returns e.g. "journal-20003038600020-2025.json"
 * @example
 * journalFileName({ issuer: "syndicat-mixte", year: 2025 }); // "journal-syndicat-mixte-2025.json"
 */
export function journalFileName(series: NumberSeries): string {
  const issuer =
    series.issuer
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "emetteur";
  return `journal-${issuer}-${series.year}.json`;
}

/** What a lock file holds. */
interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

function parseLock(raw: string): LockOwner | null {
  try {
    const value = JSON.parse(raw) as Partial<LockOwner>;
    if (!Number.isSafeInteger(value.pid) || typeof value.host !== "string") return null;
    return { pid: value.pid as number, host: value.host, since: String(value.since ?? "?") };
  } catch {
    return null;
  }
}

/** Whether a process of this machine runs: signal 0 only checks. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}

/** A lock file younger than this whose content does not read yet is being written: held. */
const LOCK_BEING_WRITTEN_MS = 5_000;

/** Where the keeper keeps journals: a folder (one file per series) or one file. */
export type JournalPlace = { readonly folder: string } | { readonly file: string };

/** Options of FileJournalKeeper. */
export interface FileJournalKeeperOptions {
  /** Prints a note (a stale lock taken over). */
  readonly note?: (line: string) => void;
  /** The clock, for the file's `updated` field. */
  readonly now?: () => Date;
}

/**
 * Keeps the journal of each series of numbers in a JSON file (JournalKeeper over files):
 * `journal-<issuer>-<year>.json` in a folder, or the one file given with --journal.
 *
 * - **Lock.** load takes `<file>.lock` (created with flag "wx", holding the pid, the machine
 *   and the time) and keeps it until release: two runs at once on one series cannot issue the
 *   same numbers. A lock whose process no longer runs on this machine is taken over, with a
 *   note; a lock of a live process, or of another machine, is a refusal.
 * - **Never empty by mistake.** A file that cannot be read or parsed, of another format version
 *   or of another series, is a refusal naming the file; it is left as it is.
 * - **Atomic.** record writes a temporary file in the same folder, flushes it to the disk
 *   (fsync), then renames it over the journal: a crash leaves the old journal or the new one.
 *   It refuses to drop a number the file holds.
 *
 * @example
 * const keeper = new FileJournalKeeper({ folder: "/home/ana/.local/share/ent-contributions/journaux" });
 * const run = await prepareStatements(workbook, 2025, "2025-03-01", { keeper });
 * await keeper.record(run.series!, run.journalAfter);
 * await keeper.release();
 */
export class FileJournalKeeper implements JournalKeeper {
  readonly place: string;
  /** The lock this keeper holds, if any. */
  private lock: string | null = null;
  /** A lock being created, for releaseSync during its creation. */
  private locking: string | null = null;
  /** What load read, by file: the entries and the raw text. */
  private readonly loaded = new Map<string, { raw: string | null }>();

  constructor(
    private readonly where: JournalPlace,
    private readonly options: FileJournalKeeperOptions = {}
  ) {
    this.place = "file" in where ? where.file : `le dossier ${where.folder}`;
  }

  /**
   * The journal file of a series.
   *
   * @param series - the series
   * @returns its absolute path
   */
  fileOf(series: NumberSeries): string {
    return "file" in this.where
      ? this.where.file
      : join(this.where.folder, journalFileName(series));
  }

  async load(series: NumberSeries): Promise<readonly NewJournalEntry[]> {
    const file = this.fileOf(series);
    await this.prepareFolder(file);
    await this.acquire(file);
    try {
      const { entries, raw } = await this.read(file, series);
      this.loaded.set(file, { raw });
      return entries;
    } catch (error) {
      await this.release();
      throw error;
    }
  }

  async record(series: NumberSeries, entries: readonly NewJournalEntry[]): Promise<void> {
    const file = this.fileOf(series);
    if (this.lock !== `${file}.lock`) await this.acquire(file);
    const { entries: now, raw } = await this.read(file, series);
    const before = this.loaded.get(file);
    const lost = firstLostEntry(now, entries);
    if (lost || (before !== undefined && before.raw !== raw))
      throw new JournalRefusal(
        `le journal des numéros ${file} a changé depuis sa lecture` +
          (lost ? ` (le numéro ${lost.number}, « ${lost.member} », n'y est plus le même)` : "") +
          " : une autre génération l'a sans doute modifié. Aucun numéro n'est émis ; relancez."
      );
    const { version, ...value } = keptJournalValue(series, entries);
    const content: JournalFile = {
      description: DESCRIPTION,
      version,
      series: value.series,
      updated: (this.options.now?.() ?? new Date()).toISOString(),
      entries: value.entries,
    };
    const text = `${JSON.stringify(content, null, 2)}\n`;
    const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
    try {
      const handle = await open(temporary, "w");
      try {
        await handle.writeFile(text, "utf8");
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      throw new JournalRecordFailure(
        `enregistrement impossible du journal des numéros ${file} : ${reasonOf(error)}. ` +
          "Il n'a pas changé, et aucun numéro n'est émis."
      );
    }
    await syncFolder(dirname(file));
    this.loaded.set(file, { raw: text });
  }

  /** Gives the lock back, if this keeper holds one. */
  async release(): Promise<void> {
    const lock = this.lock;
    this.lock = null;
    if (lock !== null) await unlink(lock).catch(() => undefined);
  }

  /**
   * release, synchronously: from a signal handler, just before the process ends. A lock being
   * created is removed too when it holds this process's id or nothing yet.
   */
  releaseSync(): void {
    const lock = this.lock ?? this.locking;
    this.lock = null;
    this.locking = null;
    if (lock === null) return;
    try {
      const owner = parseLock(readFileSync(lock, "utf8"));
      if (owner === null || (owner.pid === process.pid && owner.host === hostname()))
        unlinkSync(lock);
    } catch {
      // gone already
    }
  }

  /** The journal folder exists (created in folder mode; must exist for --journal). */
  private async prepareFolder(file: string): Promise<void> {
    const folder = dirname(file);
    if ("folder" in this.where) {
      try {
        await makeFolders(folder);
      } catch (error) {
        throw new JournalRecordFailure(
          `création impossible du dossier des journaux de numéros ${folder} : ${reasonOf(error)}. ` +
            "Choisissez-en un autre avec la variable ENT_JOURNAL_DIR ou l'option --journal."
        );
      }
      return;
    }
    let isFolder = false;
    try {
      isFolder = (await stat(folder)).isDirectory();
    } catch {
      isFolder = false;
    }
    if (!isFolder)
      throw new JournalRefusal(
        `--journal : le dossier ${folder} du journal des numéros n'existe pas (lecteur partagé ` +
          "non connecté ?) : aucun numéro n'est émis sans le journal de la série."
      );
  }

  private async read(
    file: string,
    series: NumberSeries
  ): Promise<{ entries: NewJournalEntry[]; raw: string | null }> {
    let raw: string;
    try {
      raw = await readFile(file, "utf8");
    } catch (error) {
      if (errorCode(error) === "ENOENT") return { entries: [], raw: null };
      throw new JournalRefusal(
        `le journal des numéros ${file} ne se lit pas (${reasonOf(error)}) : aucun numéro n'est ` +
          "émis sans lui, car des numéros déjà émis pourraient être redonnés à d'autres appels."
      );
    }
    const parsed = readKeptJournal(raw, series);
    if (typeof parsed === "string")
      throw new JournalRefusal(
        `le journal des numéros ${file} ne se lit pas : ${parsed}. Il n'est ni ignoré ni ` +
          "remplacé, car sans lui des numéros déjà émis pourraient être redonnés à d'autres " +
          "appels : rien n'est numéroté tant qu'il ne se lit pas. Remettez-le tel que la commande " +
          "l'a écrit (sauvegarde), ou donnez le bon fichier avec --journal."
      );
    return { entries: parsed, raw };
  }

  private async acquire(file: string): Promise<void> {
    const lock = `${file}.lock`;
    const owner: LockOwner = {
      pid: process.pid,
      host: hostname(),
      since: new Date().toISOString(),
    };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      this.locking = lock;
      try {
        const handle = await open(lock, "wx");
        try {
          await handle.writeFile(`${JSON.stringify(owner)}\n`, "utf8");
        } finally {
          await handle.close();
        }
        this.lock = lock;
        this.locking = null;
        return;
      } catch (error) {
        this.locking = null;
        if (errorCode(error) !== "EEXIST")
          throw new JournalRecordFailure(
            `verrouillage impossible du journal des numéros (${lock}) : ${reasonOf(error)}.`
          );
      }
      await this.takeOverIfStale(lock, file);
    }
    throw new JournalRefusal(
      `le journal des numéros ${file} est verrouillé (${lock}) par une autre génération qui ` +
        "vient de commencer : attendez qu'elle finisse, puis relancez."
    );
  }

  /** Removes a stale lock (its process is gone), or throws a refusal naming its holder. */
  private async takeOverIfStale(lock: string, file: string): Promise<void> {
    let raw = "";
    let age = Infinity;
    try {
      raw = await readFile(lock, "utf8");
      age = Date.now() - (await stat(lock)).mtimeMs;
    } catch (error) {
      if (errorCode(error) === "ENOENT") return; // released meanwhile: try again
      throw new JournalRefusal(`le verrou ${lock} ne se lit pas (${reasonOf(error)}).`);
    }
    const owner = parseLock(raw);
    const here = hostname();
    if (owner === null && age < LOCK_BEING_WRITTEN_MS)
      throw new JournalRefusal(
        `le journal des numéros ${file} est verrouillé (${lock}) par une génération qui démarre : ` +
          "attendez qu'elle finisse, puis relancez."
      );
    if (owner !== null && owner.host !== here)
      throw new JournalRefusal(
        `le journal des numéros ${file} est verrouillé par le processus ${owner.pid} de la machine ` +
          `« ${owner.host} » depuis ${owner.since} : une génération de la même série y tourne ` +
          `peut-être. Attendez qu'elle finisse ; si aucune ne tourne plus, supprimez ${lock}, puis relancez.`
      );
    if (owner !== null && isRunning(owner.pid))
      throw new JournalRefusal(
        `le journal des numéros ${file} est verrouillé par le processus ${owner.pid}, qui tourne ` +
          `encore (génération de la même série commencée le ${owner.since}) : deux générations à la ` +
          `fois pourraient émettre les mêmes numéros. Attendez qu'elle finisse, puis relancez ` +
          `(si ce processus n'est pas une génération, supprimez ${lock}).`
      );
    // Stale: moved aside under a name of our own first, so that two runs cannot both take it.
    const aside = `${lock}.abandonne-${process.pid}`;
    try {
      await rename(lock, aside);
      await unlink(aside);
    } catch (error) {
      if (errorCode(error) === "ENOENT") return;
      throw new JournalRefusal(
        `reprise impossible du verrou abandonné ${lock} : ${reasonOf(error)}.`
      );
    }
    this.options.note?.(
      `Note : verrou abandonné du journal des numéros repris (${lock}` +
        (owner ? `, processus ${owner.pid} arrêté, posé le ${owner.since}` : ", illisible") +
        ")."
    );
  }
}

/** Flushes a folder's entries (the rename) to the disk; some systems refuse: best effort. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, "r");
    await handle.sync().finally(() => handle.close());
  } catch {
    // Windows cannot open a folder: the rename is still atomic there.
  }
}
