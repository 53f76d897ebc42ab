/*
 * How the command's tests run it: in a temporary folder holding a register copy, with its own
 * journal folder, printing into strings. Each test file makes the folder in its own hooks.
 */
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { runCli, type CliEnvironment } from "../../src/cli/runStatements";
import { PROJECT_ROOT, SAMPLE_ISSUE_DATE } from "./registerCopies";

/** Today for these tests: a date every member of the sample owing 2025 has joined by. */
export const NOW = new Date(2025, 9, 1, 9, 0);

/** File of the kept journal of the sample's series for 2025. */
export const SERIES_FILE = "journal-20003038600020-2025.json";

/** The journal folder of a test folder. */
export const journalsOf = (folder: string) => join(folder, "journaux");

/**
 * Runs the command as from `folder` (relative paths are read from it), with the journal folder
 * `folder/journaux` unless `extra` says otherwise, capturing what it prints.
 *
 * @param folder - the test's temporary folder
 * @param argv - the arguments
 * @param extra - environment overrides (a failing file system double, processors…)
 * @returns the exit code and what was printed on each stream
 */
export async function runIn(
  folder: string,
  argv: readonly string[],
  extra: Partial<CliEnvironment> = {}
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd: folder,
    projectRoot: PROJECT_ROOT,
    now: NOW,
    journalDir: journalsOf(folder),
    processors: 1,
    ...extra,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/**
 * The job of the tests: 2025 from a register of the test folder, into an output folder.
 *
 * @param out - the output folder
 * @param input - the register
 * @returns the arguments
 */
export const jobArgs = (out: string, input = "registre.xlsx") => [
  "--in",
  input,
  "--year",
  "2025",
  "--date",
  SAMPLE_ISSUE_DATE,
  "--out",
  out,
];

/**
 * Every entry of a folder, hidden ones too, sorted; none when it does not exist.
 *
 * @param path - the folder
 * @returns the names
 */
export async function entriesOf(path: string): Promise<string[]> {
  return existsSync(path) ? (await readdir(path)).sort() : [];
}
