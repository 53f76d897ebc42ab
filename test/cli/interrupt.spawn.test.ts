/*
 * Ctrl+C on the real command, as a terminal sends it (SIGINT to the whole process group), once
 * a run of 5 000 members has started writing its files.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatedSiret, makeRegister } from "../../bench/makeRegister";
import { PROJECT_ROOT, readyRegister } from "./registerCopies";

const MEMBERS = 5000;

describe("Ctrl+C during a run of the real command", () => {
  let folder = "";
  let bundle = "";
  let register = "";

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "appels-sigint-"));
    bundle = join(folder, "bundle");
    register = await readyRegister(join(folder, "registre-5000.xlsx"), await makeRegister(MEMBERS));
    // The command's bundle, built by the launcher into a folder of this test's own.
    const help = spawnSync("npm", ["run", "--silent", "statements", "--", "--help"], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, ENT_STATEMENTS_BUNDLE_DIR: bundle },
    });
    expect(help.status).toBe(0);
  }, 180_000);

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  test("exit 130, no temporary folder and no run folder left, the kept journal unchanged", async () => {
    const out = join(folder, "appels");
    await mkdir(out);
    await writeFile(join(out, "notes.txt"), "à garder");
    const journals = join(folder, "journaux");
    await mkdir(journals);
    const issuer = generatedSiret(999_999);
    const kept = join(journals, `journal-${issuer}-2025.json`);
    // A kept journal from an earlier run: one statement, whose amount has changed since.
    const keptText = `${JSON.stringify(
      {
        description: "journal d'un essai",
        version: 1,
        series: { issuer, year: 2025 },
        updated: "2025-02-01T09:00:00.000Z",
        entries: [
          {
            number: "2025-0001",
            year: 2025,
            member: "Commune n° 1",
            amountCents: 100,
            pupils: 1,
            date: "2025-02-01",
            schedule: "ctaf-2023-06-15",
            status: "emis",
          },
        ],
      },
      null,
      2
    )}\n`;
    await writeFile(kept, keptText);

    const args = ["--in", register, "--year", "2025", "--out", out, "--date", "2025-03-01"];
    // Its own process group, as a command typed in a terminal: Ctrl+C signals the whole group
    // (the command and its PDF worker threads).
    const child = spawn(process.execPath, [join(bundle, "cli.js"), ...args], {
      cwd: PROJECT_ROOT,
      detached: true,
      env: { ...process.env, ENT_JOURNAL_DIR: journals },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.stdout.on("data", () => undefined);
    const started = performance.now();
    let signalled = 0;
    let filesAtSignal: string[] = [];
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on("exit", (code, signal) => resolve({ code, signal }))
    );
    // Polls for the run's temporary folder until files are being written into it.
    const poll = setInterval(() => {
      if (signalled > 0 || child.pid === undefined) return;
      const temporary = readdirSync(out).find((name) =>
        /^\.2025-03-01_01\.partiel-\d+$/.test(name)
      );
      if (temporary === undefined) return;
      let files: string[] = [];
      try {
        files = readdirSync(join(out, temporary));
      } catch {
        return;
      }
      if (files.length === 0) return;
      filesAtSignal = files;
      signalled = performance.now();
      process.kill(-child.pid, "SIGINT");
    }, 5);
    const { code, signal } = await exited;
    clearInterval(poll);
    const stopped = performance.now();

    expect(signalled).toBeGreaterThan(0);
    expect(filesAtSignal.length).toBeGreaterThan(0);
    console.log(
      `Ctrl+C sur ${MEMBERS} membres : envoyé après ${((signalled - started) / 1000).toFixed(1)} s, ` +
        `${filesAtSignal.length} fichier(s) déjà dans le dossier temporaire ; processus arrêté ` +
        `${(stopped - signalled).toFixed(0)} ms après.`
    );
    expect({ code, signal }).toEqual({ code: 130, signal: null });
    expect(stderr).toContain("Interrompu (Ctrl+C) : rien n'est écrit dans ");
    expect(stderr).toContain(`le journal des numéros ${kept} n'a pas changé`);
    expect(stderr).not.toMatch(/\n\s+at /);
    // The output folder as it was: no temporary folder, no run folder.
    expect(readdirSync(out)).toEqual(["notes.txt"]);
    // The kept journal as it was, its lock given back.
    expect(await readFile(kept, "utf8")).toBe(keptText);
    expect(readdirSync(journals)).toEqual([`journal-${issuer}-2025.json`]);
    expect(existsSync(`${kept}.lock`)).toBe(false);
  }, 240_000);
});
