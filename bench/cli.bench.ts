/*
 * `npm run bench:cli [-- --members 1000 --runs 3]`: the time for `npm run statements` to produce
 * the statements of 1 000 members from a generated register, and its peak memory.
 *
 * It generates the register in a temporary folder, then runs the command as a child process,
 * each run into a new output folder with a new kept-journal folder (ENT_JOURNAL_DIR, so that
 * every run numbers the register afresh and the user's own journals are never touched):
 * - `npm run statements -- …`: what a user sees (npm, then the launcher, then the command's
 *   compiled bundle, see cliBundle.mjs);
 * - `node cli.js …` on that bundle: the job without npm and the launcher;
 * - `--help` through both: the cold start alone (nothing read or written);
 * - once, `npm run statements` right after a change to the sources: the bundle is rebuilt first.
 * Wall time and peak memory come from `/usr/bin/time -v` (peak resident set of the largest
 * process of the run, worker threads included); without it, wall time is measured here and peak
 * memory is the CLI's own (--stats). The CLI's --stats line gives the time of each step.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { makeRegister } from "./makeRegister";
import { groupDigits } from "../src/domain/text/frenchText";

const ROOT = resolve(__dirname, "..");
const TIME = "/usr/bin/time";

interface Measure {
  readonly seconds: number;
  /** Processor time, user and system, of the run's processes; null when unknown. */
  readonly cpuSeconds: number | null;
  /** Peak resident set, in MB; null when unknown. */
  readonly peakMb: number | null;
  readonly status: number | null;
  /** The CLI's --stats lines, if any. */
  readonly stats: string[];
  readonly stderr: string;
}

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = Number(index >= 0 ? process.argv[index + 1] : NaN);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Kept journals of the runs, one folder a run (set by main). */
let journalRoot = "";
let journals = 0;

function measure(command: string, args: readonly string[]): Measure {
  const timed = existsSync(TIME);
  const env = { ...process.env, ENT_JOURNAL_DIR: join(journalRoot, `journaux-${(journals += 1)}`) };
  const start = process.hrtime.bigint();
  const result = timed
    ? spawnSync(TIME, ["-v", command, ...args], { cwd: ROOT, encoding: "utf8", env })
    : spawnSync(command, args, { cwd: ROOT, encoding: "utf8", env });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  const stderr = result.stderr ?? "";
  const wall = /Elapsed \(wall clock\) time[^:]*: (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  const cpuSeconds = user && system ? Number(user[1]) + Number(system[1]) : null;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const ownRss = /Mémoire maximale \(RSS\) : (\d+) Mo/.exec(stderr);
  const seconds = wall
    ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3])
    : elapsed;
  const peakMb = rss ? Number(rss[1]) / 1024 : ownRss ? Number(ownRss[1]) : null;
  const stats = stderr.split("\n").filter((line) => /^(Durées|Mémoire maximale)/.test(line));
  return { seconds, cpuSeconds, peakMb, status: result.status, stats, stderr };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
}

/** Goal of the issue for `npm run statements` on 1 000 members, in seconds. */
const GOAL_SECONDS = 5;

/** Prints a measure's line and returns its median time, NaN when a run failed. */
function report(label: string, runs: readonly Measure[]): number {
  const failed = runs.find((run) => run.status !== 0);
  if (failed) {
    console.log(`${label} : ÉCHEC (code ${failed.status})\n${failed.stderr}`);
    process.exitCode = 1;
    return NaN;
  }
  const seconds = runs.map((run) => run.seconds);
  const peaks = runs.map((run) => run.peakMb ?? NaN);
  const times = seconds.map((s) => s.toFixed(2).replace(".", ",")).join(" / ");
  const peak = Math.max(...peaks);
  const cpu = runs.flatMap((run) => (run.cpuSeconds === null ? [] : [run.cpuSeconds]));
  console.log(
    `${label.padEnd(52)} médiane ${median(seconds).toFixed(2).replace(".", ",")} s` +
      ` (${times}) ; mémoire max ${Number.isNaN(peak) ? "?" : `${peak.toFixed(0)} Mo`}` +
      (cpu.length > 0 ? ` ; processeur ${median(cpu).toFixed(1).replace(".", ",")} s` : "")
  );
  for (const line of runs[0]?.stats ?? []) console.log(`${" ".repeat(6)}${line}`);
  return median(seconds);
}

async function main(): Promise<void> {
  const members = option("--members", 1000);
  const rounds = option("--runs", 3);
  const folder = await mkdtemp(join(tmpdir(), "bench-cli-"));
  journalRoot = folder;
  try {
    const start = process.hrtime.bigint();
    const register = join(folder, `registre-${members}.xlsx`);
    await writeFile(register, await makeRegister(members));
    const generated = Number(process.hrtime.bigint() - start) / 1e6;
    const { buildCliBundle, CLI_BUNDLE_DIR } =
      (await import("../src/cli/cliBundle.mjs")) as typeof import("../src/cli/cliBundle.mjs");
    const bundled = await buildCliBundle();
    const cpu = cpus()[0]?.model.trim() ?? "?";
    console.log(
      `Machine : ${availableParallelism()} processeur(s) ${cpu}, Node ${process.version}` +
        (existsSync(TIME) ? ", mesures /usr/bin/time -v" : ", sans /usr/bin/time") +
        `, charge moyenne ${loadavg()[0]?.toFixed(1).replace(".", ",")}`
    );
    console.log(
      `Registre de ${members} membres généré en ${generated.toFixed(0)} ms ; commande compilée en ${bundled.toFixed(0)} ms (non comptés)\n`
    );

    let output = 0;
    const job = (extra: string[] = []) => [
      "--in",
      register,
      "--year",
      "2025",
      "--date",
      "2025-03-01",
      "--out",
      join(folder, `sortie-${(output += 1)}`),
      "--stats",
      ...extra,
    ];
    const repeat = (make: () => Measure) => Array.from({ length: rounds }, make);
    const cliJs = join(CLI_BUNDLE_DIR, "cli.js");

    report(
      "démarrage : npm run statements -- --help",
      repeat(() => measure("npm", ["run", "--silent", "statements", "--", "--help"]))
    );
    report(
      "démarrage : node cli.js --help (bundle)",
      repeat(() => measure("node", [cliJs, "--help"]))
    );
    const user = report(
      `${members} membres : npm run statements`,
      repeat(() => measure("npm", ["run", "--silent", "statements", "--", ...job()]))
    );
    report(
      `${members} membres : node cli.js (bundle)`,
      repeat(() => measure("node", [cliJs, ...job()]))
    );
    report(
      "registre d'exemple (4 appels) : npm run statements",
      repeat(() =>
        measure("npm", [
          "run",
          "--silent",
          "statements",
          "--",
          "--year",
          "2025",
          "--out",
          join(folder, `sortie-${(output += 1)}`),
          "--stats",
        ])
      )
    );
    // As after a change to the sources: the launcher rebuilds the bundle before the job.
    const manifest = join(CLI_BUNDLE_DIR, "built-from.json");
    const builtFrom = JSON.parse(await readFile(manifest, "utf8")) as object;
    await writeFile(manifest, JSON.stringify({ ...builtFrom, builtAt: 0 }));
    report(`${members} membres : npm run statements, sources modifiées (compilation comprise)`, [
      measure("npm", ["run", "--silent", "statements", "--", ...job()]),
    ]);
    if (!Number.isNaN(user))
      console.log(
        `\nObjectif : moins de ${GOAL_SECONDS} s pour npm run statements sur ${groupDigits(members)} membres : ` +
          `${user < GOAL_SECONDS ? "atteint" : "non atteint"} (médiane ${user.toFixed(1).replace(".", ",")} s).`
      );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

void main();
