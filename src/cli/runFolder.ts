/**
 * The folder of one run of `npm run statements`: every run writes into a new sub-folder of the
 * output folder (`--out`), named after the date of issue and a counter (`2025-03-01_01`,
 * `2025-03-01_02`…), so that nothing under the output folder is ever replaced. Its files are
 * first written into a hidden temporary folder beside it (`.2025-03-01_01.partiel-<pid>`), which
 * is renamed once complete: the run folder appears whole, or not at all.
 */
import { readdirSync, renameSync, rmSync } from "node:fs";
import { lstat, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { errorCode, makeFolders, removeFolders, removeFoldersSync } from "./folders";

/** The file operations of a run's output: the disk, or a test's double that fails on purpose. */
export interface OutputFileSystem {
  /** Writes a new file (never replaces one). */
  writeFile(path: string, bytes: Uint8Array | string): Promise<void>;
  /** Renames a file or folder. */
  rename(from: string, to: string): Promise<void>;
}

/** The disk. */
export const diskFileSystem: OutputFileSystem = {
  writeFile: (path, bytes) => writeFile(path, bytes, { flag: "wx" }),
  rename: (from, to) => rename(from, to),
};

/** Run folders of one date of issue, and their temporary folders: `2025-03-01_01`, `.2025-03-01_01.partiel-123`. */
const RUN_NAME = /^\.?(\d{4}-\d{2}-\d{2})_(\d+)(?:\.partiel-\d+(?:\.abandon)?)?$/;

/**
 * The name of a run folder.
 *
 * @param issueDate - date of issue, ISO
 * @param counter - 1 for the first run of that date in the output folder
 * @returns e.g. "2025-03-01_01"
 * @example
 * runFolderName("2025-03-01", 2); // "2025-03-01_02"
 */
export function runFolderName(issueDate: string, counter: number): string {
  return `${issueDate}_${String(counter).padStart(2, "0")}`;
}

/**
 * The counter of the next run of a date of issue: one more than the highest used in the output
 * folder (run folders and temporary folders of runs in progress alike).
 *
 * @param names - the entries of the output folder
 * @param issueDate - date of issue, ISO
 * @returns 1 or more
 * @example
 * nextRunCounter(["2025-03-01_01", ".2025-03-01_02.partiel-77"], "2025-03-01"); // 3
 */
export function nextRunCounter(names: readonly string[], issueDate: string): number {
  let highest = 0;
  for (const name of names) {
    const match = RUN_NAME.exec(name);
    if (match && match[1] === issueDate) highest = Math.max(highest, Number(match[2]));
  }
  return highest + 1;
}

/** Whether a path exists (without following a link). */
async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === "ENOENT") return false;
    throw error;
  }
}

/**
 * A run's folder while it is being written, then once in place.
 *
 * @example
 * const folder = await RunFolder.open("/data/appels-2025", "2025-03-01");
 * await fs.writeFile(join(folder.temporary, "appels-2025.csv"), csv);
 * const done = await folder.commit(); // "/data/appels-2025/2025-03-01_01"
 */
export class RunFolder {
  private committed = false;
  private discarded = false;

  private constructor(
    /** The output folder (--out). */
    readonly root: string,
    private readonly issueDate: string,
    private counter: number,
    /** The hidden folder the files are written into. */
    readonly temporary: string,
    /** Folders created for the output folder, outermost first (removed if the run fails). */
    private readonly created: readonly string[],
    private readonly files: OutputFileSystem
  ) {}

  /**
   * Creates the output folder if needed and the run's temporary folder in it: the check, before
   * anything else, that the output folder can be written (a path the system refuses, a read-only
   * folder or disk fail here, at once).
   *
   * @param root - the output folder, absolute
   * @param issueDate - date of issue, ISO: the start of the run folder's name
   * @param files - the file operations (the disk, or a test's double)
   * @returns the run folder, not yet in place
   * @throws the file-system error
   */
  static async open(
    root: string,
    issueDate: string,
    files: OutputFileSystem = diskFileSystem
  ): Promise<RunFolder> {
    const created = await makeFolders(root);
    try {
      let counter = nextRunCounter(await readdir(root), issueDate);
      for (;;) {
        const temporary = join(
          root,
          `.${runFolderName(issueDate, counter)}.partiel-${process.pid}`
        );
        try {
          await mkdir(temporary);
          return new RunFolder(root, issueDate, counter, temporary, created, files);
        } catch (error) {
          if (errorCode(error) !== "EEXIST") throw error;
          counter += 1;
        }
      }
    } catch (error) {
      await removeFolders(created);
      throw error;
    }
  }

  /** The run folder's name as planned (the final one may take the next counter, see commit). */
  get name(): string {
    return runFolderName(this.issueDate, this.counter);
  }

  /** The run folder's path as planned. */
  get path(): string {
    return join(this.root, this.name);
  }

  /**
   * Puts the run folder in place: renames the temporary folder to the run folder, taking the next
   * counter if another run took this one meanwhile. Nothing existing is replaced.
   *
   * @returns the run folder's path
   * @throws the file-system error; the temporary folder is then left as it is
   */
  async commit(): Promise<string> {
    for (let attempt = 0; attempt < 1000; attempt += 1) {
      const target = this.path;
      if (!(await exists(target))) {
        try {
          await this.files.rename(this.temporary, target);
          this.committed = true;
          return target;
        } catch (error) {
          const code = errorCode(error);
          if (code !== "EEXIST" && code !== "ENOTEMPTY") throw error;
        }
      }
      this.counter += 1;
    }
    throw Object.assign(new Error(`EEXIST: ${this.path}`), { code: "EEXIST" });
  }

  /** Removes the temporary folder and the output folders this run created, unless committed. */
  async discard(): Promise<void> {
    if (this.committed || this.discarded) return;
    this.discarded = true;
    await rm(this.temporary, { recursive: true, force: true, maxRetries: 3 });
    await removeFolders(this.created);
  }

  /**
   * discard, synchronously, from a signal handler while writes may be in flight: the folder is
   * renamed first, so that a write that starts afterwards fails instead of recreating files in
   * it, then removed.
   */
  discardSync(): void {
    if (this.committed || this.discarded) return;
    this.discarded = true;
    let doomed = this.temporary;
    try {
      renameSync(this.temporary, `${this.temporary}.abandon`);
      doomed = `${this.temporary}.abandon`;
    } catch {
      // removed in place
    }
    rmSync(doomed, { recursive: true, force: true, maxRetries: 3 });
    removeFoldersSync(this.created);
  }

  /**
   * Removes, synchronously, the temporary folders this process has in an output folder: for a
   * signal that comes while RunFolder.open is still under way.
   *
   * @param root - the output folder
   */
  static sweepSync(root: string): void {
    try {
      for (const name of readdirSync(root))
        if (RUN_NAME.test(name) && name.endsWith(`.partiel-${process.pid}`))
          rmSync(join(root, name), { recursive: true, force: true });
    } catch {
      // no output folder yet
    }
  }

  /** Leaves the temporary folder where it is (the numbers are issued, but it could not be renamed). */
  keep(): void {
    this.discarded = true;
  }
}
