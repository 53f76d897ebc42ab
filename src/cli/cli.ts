/*
 * `npm run statements -- --in <register.xlsx> --year <Y> --out <dir>`: the statements job of the
 * task pane, from the command line (usage: --help; the job: runStatements.ts).
 */
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { defaultJournalFolder } from "./fileJournalKeeper";
import { processSignals } from "./interruptions";
import { runCli } from "./runStatements";

/**
 * The project root: the folder of the package.json npm runs the script from, else the nearest
 * folder above this file with a package.json (run by tsx, or bundled in node_modules/.cache).
 */
function projectRoot(): string {
  const byNpm = process.env.npm_lifecycle_event === "statements" && process.env.npm_package_json;
  if (byNpm) return dirname(byNpm);
  let folder = __dirname;
  while (!existsSync(join(folder, "package.json")) && dirname(folder) !== folder)
    folder = dirname(folder);
  return folder;
}

/**
 * The user's folder: npm runs scripts from the project root and gives the folder the command was
 * typed in as INIT_CWD, so that `--in ../registre.xlsx` means what the user sees.
 */
function userFolder(): string {
  const byNpm = process.env.npm_lifecycle_event === "statements" ? process.env.INIT_CWD : undefined;
  return byNpm ?? process.cwd();
}

// `npm run statements | head`: once the reader is gone, the rest of the summary is dropped
// quietly (the files are written before the summary is printed).
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

const cwd = userFolder();
void runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd,
  projectRoot: projectRoot(),
  now: new Date(),
  journalDir: defaultJournalFolder(process.env, process.platform, homedir(), cwd),
  debug: process.env.ENT_DEBUG === "1",
  signals: processSignals,
}).then((code) => {
  process.exitCode = code;
});
