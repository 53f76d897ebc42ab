/*
 * The output folder of `npm run statements`: checked at once, never left half written (a full
 * disk, a signal), and the exercises accepted.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmdirSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { num, text } from "../../src/domain/sheets/SheetSpec";
import { openXlsxWorkbook } from "../../src/workbook/file/xlsxWorkbook";
import type { StopSignal, SignalSource } from "../../src/cli/interruptions";
import { makeRegister } from "../../bench/makeRegister";
import { diskFileSystem, type OutputFileSystem } from "../../src/cli/runFolder";
import { EXIT, type CliEnvironment } from "../../src/cli/runStatements";
import { entriesOf, jobArgs, journalsOf, runIn, SERIES_FILE } from "./cliHarness";
import { readyRegister, setMemberCell } from "./registerCopies";

/** Whether this machine lets the tests mount a tmpfs (root with CAP_SYS_ADMIN, as in CI). */
function canMountTmpfs(): boolean {
  if (process.platform !== "linux") return false;
  const probe = mkdtempSync(join(tmpdir(), "appels-mount-"));
  try {
    const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]);
    if (mounted.status !== 0) return false;
    spawnSync("umount", [probe]);
    return true;
  } catch {
    return false;
  } finally {
    try {
      rmdirSync(probe);
    } catch {
      // still mounted: left for the system's cleaning
    }
  }
}

const MOUNT = canMountTmpfs();
const ROOT = process.getuid?.() === 0;
if (!MOUNT)
  console.log(
    "Note : montage tmpfs impossible ici (pas root ou pas CAP_SYS_ADMIN) : les tests du disque " +
      "plein réel et du dossier en lecture seule (root) sont sautés ; le disque plein est testé " +
      "par un double (test/doubles/failingFileSystemDouble.ts, runStatements.test.ts)."
  );

let folder: string;
let journals: string;
const mounted: string[] = [];

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "appels-sortie-"));
  journals = journalsOf(folder);
  await readyRegister(join(folder, "registre.xlsx"));
});

afterEach(async () => {
  for (const path of mounted.splice(0)) spawnSync("umount", [path]);
  await rm(folder, { recursive: true, force: true });
});

const run = (argv: string[], extra: Partial<CliEnvironment> = {}) => runIn(folder, argv, extra);

const job = jobArgs;

const entries = entriesOf;

async function mountTmpfs(path: string, options: string): Promise<void> {
  await mkdir(path, { recursive: true });
  const result = spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", path], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`mount: ${result.stderr}`);
  mounted.push(path);
}

describe("an output folder that cannot be written fails at once, before the register is read", () => {
  test("--out /proc/x: exit 2 within a second, a French message (a recursive mkdir would loop for ever)", async () => {
    const start = performance.now();
    const result = await run(job("/proc/x"));
    expect(performance.now() - start).toBeLessThan(1000);
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toContain("Erreur : --out : impossible d'écrire dans /proc/x : ");
    expect(result.err).toContain("(ENOENT)");
  });

  test("--out under a file: exit 2 at once", async () => {
    await writeFile(join(folder, "fichier.txt"), "");
    const result = await run(job("fichier.txt/sortie"));
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toContain("un élément du chemin n'est pas un dossier (ENOTDIR)");
  });

  (MOUNT || !ROOT ? test : test.skip)(
    "a read-only folder: exit 2 within a second, a French message, nothing created",
    async () => {
      const readOnly = join(folder, "lecture-seule");
      if (ROOT) {
        await mountTmpfs(readOnly, "ro,size=64k");
      } else {
        await mkdir(readOnly);
        await chmod(readOnly, 0o555);
      }
      const start = performance.now();
      // A register that would take long to read: the folder is checked first.
      const result = await run(job(join(readOnly, "appels")));
      expect(performance.now() - start).toBeLessThan(1000);
      expect(result.code).toBe(EXIT.usage);
      expect(result.err).toContain(
        `--out : impossible d'écrire dans ${join(readOnly, "appels")} : `
      );
      expect(result.err).toMatch(/lecture seule \(EROFS\)|accès refusé \(EACCES\)/);
      expect(await entries(readOnly)).toEqual([]);
      expect(result.out).toBe("");
    }
  );
});

describe("a full disk", () => {
  (MOUNT ? test : test.skip)(
    "a real full file system (tmpfs too small): exit 3, French message, D as it was, the kept journal unchanged",
    async () => {
      const register = await readyRegister(
        join(folder, "registre-300.xlsx"),
        await makeRegister(300)
      );
      // A first run on a disk with room: the numbers issued are kept.
      const first = await run(job("large", register));
      expect(first.code).toBe(EXIT.ok);
      const [keptName] = await entries(journals);
      expect(keptName).toMatch(/^journal-\d{14}-2025\.json$/);
      const kept = join(journals, keptName ?? "");
      const keptBefore = await readFile(kept);

      // The same register again (the original, without the journal the first run wrote), into a
      // 512 kB file system that already holds a file: room for a few PDFs, not for the run.
      const small = join(folder, "petit");
      await mountTmpfs(small, "size=512k");
      await writeFile(join(small, "notes.txt"), "à garder");
      const result = await run(job(small, register));
      expect(result.code).toBe(EXIT.failed);
      expect(result.err).toMatch(
        /^Échec : écriture impossible de \S+ : disque plein \(ENOSPC\)\./m
      );
      expect(result.err).toContain("le dossier temporaire est supprimé");
      expect(result.err).toContain(`le journal des numéros ${kept} n'a pas changé`);
      expect(result.err).not.toMatch(/\n\s+at /);
      expect(await entries(small)).toEqual(["notes.txt"]);
      expect(await readFile(kept)).toEqual(keptBefore);
      expect(await entries(journals)).toEqual([keptName]);
    },
    60_000
  );
});

/** A double of the process's signals: the test sends them, and exit is recorded. */
function signalsDouble(): {
  source: SignalSource;
  send: (signal: StopSignal) => void;
  exits: number[];
} {
  let handler: ((signal: StopSignal) => void) | null = null;
  const exits: number[] = [];
  return {
    source: {
      listen(listener) {
        handler = listener;
        return () => (handler = null);
      },
      exit: (code) => exits.push(code),
    },
    send: (signal) => handler?.(signal),
    exits,
  };
}

describe("signals", () => {
  test("Ctrl+C while the files are written: exit 130, the temporary folder removed, no number issued", async () => {
    expect((await run(job("sortie"))).code).toBe(EXIT.ok);
    const kept = join(journals, SERIES_FILE);
    const keptBefore = await readFile(kept);
    await readyRegister(join(folder, "corrige.xlsx"), undefined, (workbook) =>
      setMemberCell(workbook, "Ville de Hem", "Élèves", num(1300))
    );
    const signals = signalsDouble();
    let writes = 0;
    let temporary = "";
    const interruptingFilesDouble: OutputFileSystem = {
      async writeFile(path, bytes) {
        writes += 1;
        temporary = join(path, "..");
        if (writes === 3) signals.send("SIGINT");
        await diskFileSystem.writeFile(path, bytes);
      },
      rename: (from, to) => diskFileSystem.rename(from, to),
    };
    const result = await run(job("sortie", "corrige.xlsx"), {
      signals: signals.source,
      files: interruptingFilesDouble,
    });
    expect(signals.exits).toEqual([130]);
    expect(result.code).toBe(EXIT.interrupted);
    expect(result.err).toContain(
      `Interrompu (Ctrl+C) : rien n'est écrit dans sortie (le dossier temporaire est supprimé) et ` +
        `aucun numéro n'est émis ; le journal des numéros ${kept} n'a pas changé.`
    );
    expect(temporary).toMatch(/\.2025-10-01_02\.partiel-\d+$/);
    expect(await entries(join(folder, "sortie"))).toEqual(["2025-10-01_01"]);
    expect(await readFile(kept)).toEqual(keptBefore);
    expect(await entries(journals)).toEqual([SERIES_FILE]);
  });

  test("a signal while the journal is recorded and the folder renamed waits: the run completes", async () => {
    const signals = signalsDouble();
    const deferringFilesDouble: OutputFileSystem = {
      writeFile: (path, bytes) => diskFileSystem.writeFile(path, bytes),
      async rename(from, to) {
        signals.send("SIGTERM");
        await diskFileSystem.rename(from, to);
      },
    };
    const result = await run(job("sortie"), {
      signals: signals.source,
      files: deferringFilesDouble,
    });
    expect(result.code).toBe(EXIT.ok);
    expect(signals.exits).toEqual([]);
    expect(result.err).toContain(
      "Note : interruption (SIGTERM) reçue pendant l'enregistrement des numéros"
    );
    expect(await entries(join(folder, "sortie"))).toEqual(["2025-10-01_01"]);
    expect(await entries(join(folder, "sortie", "2025-10-01_01"))).toContain("appels-2025.xlsx");
    expect(await readFile(join(journals, SERIES_FILE), "utf8")).toContain("2025-0004");
  });
});

describe("the exercise", () => {
  test("--year 2018: an input error (exit 2) listing the years accepted, nothing written", async () => {
    const result = await run([
      "--in",
      "registre.xlsx",
      "--year",
      "2018",
      "--date",
      "2018-03-01",
      "--out",
      "sortie",
    ]);
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toContain(
      "Erreur : --year : aucun barème pour 2018 : exercices acceptés 2019 à … (2019 et les suivants)."
    );
    expect(result.err).not.toContain("Erreur inattendue");
    expect(existsSync(join(folder, "sortie"))).toBe(false);
  });

  test("a year the register's own Barème table covers is accepted; the message lists its years", async () => {
    const header = [
      "Barème",
      "Composante",
      "Mot-clé",
      "Base",
      "Tarif",
      "Type",
      "Premier exercice",
      "Dernier exercice",
      "Document",
      "Délibération",
      "Date",
    ];
    const row = [
      "ctaf-2017",
      "Contribution de base",
      "base",
      "élève/an",
      "1,00",
      "toujours",
      "2017",
      "2018",
      "CTAF version du 01/12/2016",
      "délibération 2016-01 du comité syndical",
      "01/12/2016",
    ];
    const workbook = await openXlsxWorkbook(await readFile(join(folder, "registre.xlsx")));
    await workbook.writeSheets([
      {
        name: "Barèmes",
        rows: [header.map((h) => text(h, true)), row.map((cell) => text(cell))],
        columnWidths: header.map(() => 12),
        print: { orientation: "landscape" },
        table: { name: "Bareme2017", headerRow: 0 },
      },
    ]);
    await writeFile(join(folder, "bareme.xlsx"), await workbook.toXlsx());

    const accepted = await run([
      "--in",
      "bareme.xlsx",
      "--year",
      "2018",
      "--date",
      "2018-12-01",
      "--out",
      "sortie",
    ]);
    expect(accepted.err).not.toContain("aucun barème");
    // Accepted: the run goes on (here nobody had joined by 2018).
    expect(accepted.code).not.toBe(EXIT.usage);
    expect(accepted.code).not.toBe(EXIT.failed);

    const refused = await run([
      "--in",
      "bareme.xlsx",
      "--year",
      "2016",
      "--date",
      "2016-12-01",
      "--out",
      "sortie",
    ]);
    expect(refused.code).toBe(EXIT.usage);
    expect(refused.err).toContain(
      "aucun barème pour 2016 : exercices acceptés 2017 à … (2017 et les suivants)"
    );
  });
});
