/*
 * The invariant of the statement numbers, through the command: a number once issued always
 * denotes the same statement (member, exercise, amount), whatever register the next run reads.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { memberKey } from "../../src/domain/membership/memberKey";
import { num } from "../../src/domain/sheets/SheetSpec";
import { openXlsxWorkbook } from "../../src/workbook/file/xlsxWorkbook";
import { EXIT, type CliEnvironment } from "../../src/cli/runStatements";
import { diskFileSystem, type OutputFileSystem } from "../../src/cli/runFolder";
import { jobArgs, journalsOf, runIn, SERIES_FILE } from "./cliHarness";
import { deleteLastJournalRow, readyRegister, setMemberCell } from "./registerCopies";

let folder: string;
let journals: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "appels-journal-"));
  journals = journalsOf(folder);
  await readyRegister(join(folder, "registre.xlsx"));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const run = (argv: string[], extra: Partial<CliEnvironment> = {}) => runIn(folder, argv, extra);

const job = jobArgs;

/** The run folders of an output folder (hidden ones too). */
async function runsOf(out: string): Promise<string[]> {
  return existsSync(join(folder, out)) ? (await readdir(join(folder, out))).sort() : [];
}

/** A statement a number denotes: exercise, member, amount in cents. */
interface Denoted {
  readonly number: string;
  readonly statement: string;
  readonly status: string;
  readonly where: string;
}

const statementKey = (year: number, member: string, cents: number) =>
  `${year} / ${memberKey(member)} / ${cents}`;

/** The journal table of a statements workbook, read back with the project's reader. */
async function workbookJournal(path: string): Promise<Denoted[]> {
  const workbook = await openXlsxWorkbook(await readFile(path));
  const table = (await workbook.readTables()).find((t) => t.name === "JournalAppels");
  if (!table) throw new Error(`no journal in ${path}`);
  return table.values.slice(1).map((row) => ({
    number: String(row[0]),
    statement: statementKey(Number(row[1]), String(row[2]), Math.round(Number(row[3]) * 100)),
    status: String(row[7]),
    where: path,
  }));
}

/** The statements of an accounting CSV. */
async function csvStatements(path: string): Promise<Denoted[]> {
  const lines = (await readFile(path, "utf8")).split("\r\n").slice(1, -1);
  return lines.map((line) => {
    const [number = "", member = "", , , amount = ""] = line.split(";");
    const cents = Math.round(Number(amount.replace(",", ".")) * 100);
    return { number, statement: statementKey(2025, member, cents), status: "", where: path };
  });
}

/** The kept journal file. */
async function keptJournal(file = join(journals, SERIES_FILE)): Promise<Denoted[]> {
  const kept = JSON.parse(await readFile(file, "utf8")) as {
    entries: {
      number: string;
      year: number;
      member: string;
      amountCents: number;
      status: string;
    }[];
  };
  return kept.entries.map((entry) => ({
    number: entry.number,
    statement: statementKey(entry.year, entry.member, entry.amountCents),
    status: entry.status,
    where: file,
  }));
}

/** Every statement a number denotes, across all the sources: a number with two is a failure. */
function numbersDenotingTwoStatements(all: readonly Denoted[]): string[] {
  const seen = new Map<string, Denoted>();
  const twice: string[] = [];
  for (const entry of all) {
    const first = seen.get(entry.number);
    if (first === undefined) seen.set(entry.number, entry);
    else if (first.statement !== entry.statement)
      twice.push(
        `${entry.number}: ${first.statement} (${first.where}) / ${entry.statement} (${entry.where})`
      );
  }
  return twice;
}

/** A folder's files and their bytes. */
async function snapshot(path: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of (await readdir(path)).sort())
    files.set(name, await readFile(join(path, name)));
  return files;
}

describe("a number once issued always denotes the same statement", () => {
  test("(b) twice from the original register, into the same --out and into another: numbers put back, nothing overwritten", async () => {
    const first = await run(job("sortie"));
    expect(first.code).toBe(EXIT.ok);
    const firstRun = join(folder, "sortie", "2025-10-01_01");
    const before = await snapshot(firstRun);

    const same = await run(job("sortie"));
    expect(same.code).toBe(EXIT.ok);
    const other = await run(job("autre"));
    expect(other.code).toBe(EXIT.ok);
    for (const again of [same, other]) {
      expect(again.err).toContain(
        "AVERTISSEMENT 4 numéros émis absents du journal du registre (2025-0001, 2025-0002, " +
          "2025-0003, 2025-0004) : remis dans le journal du classeur écrit"
      );
      expect(again.err).toContain(join(journals, SERIES_FILE));
      expect(again.out).toContain("aucun numéro émis par cette génération, 4 au total");
    }

    // Nothing overwritten: the first run's files are as they were, the others went elsewhere.
    expect(await runsOf("sortie")).toEqual(["2025-10-01_01", "2025-10-01_02"]);
    expect(await runsOf("autre")).toEqual(["2025-10-01_01"]);
    expect(await snapshot(firstRun)).toEqual(before);

    const runs = [
      firstRun,
      join(folder, "sortie", "2025-10-01_02"),
      join(folder, "autre", "2025-10-01_01"),
    ];
    const all: Denoted[] = await keptJournal();
    for (const path of runs) {
      const journal = await workbookJournal(join(path, "appels-2025.xlsx"));
      // Each workbook's journal has every number once.
      expect(journal.map((entry) => entry.number)).toEqual([
        "2025-0001",
        "2025-0002",
        "2025-0003",
        "2025-0004",
      ]);
      all.push(...journal, ...(await csvStatements(join(path, "appels-2025.csv"))));
    }
    expect(numbersDenotingTwoStatements(all)).toEqual([]);
    // Exported once to the accounting software, by the run that issued them.
    expect(await csvStatements(join(runs[1] ?? "", "appels-2025.csv"))).toEqual([]);
    expect(await csvStatements(join(runs[2] ?? "", "appels-2025.csv"))).toEqual([]);
  });

  test("(c) an amount changed in the original register between two runs: a new number, the old one cancelled", async () => {
    expect((await run(job("sortie"))).code).toBe(EXIT.ok);
    // The original register is corrected: Exemple-sur-Lys has 700 pupils, not 640.
    await readyRegister(
      join(folder, "registre.xlsx"),
      await readFile(join(folder, "registre.xlsx")),
      (workbook) => setMemberCell(workbook, "Commune d'Exemple-sur-Lys", "Élèves", num(700))
    );
    const second = await run(job("autre"));
    expect(second.code).toBe(EXIT.ok);
    expect(second.out).toMatch(/2025-0005 +Commune d'Exemple-sur-Lys +700 /);
    expect(second.out).toContain("2025-0003 est annulé");

    const path = join(folder, "autre", "2025-10-01_01");
    const journal = await workbookJournal(join(path, "appels-2025.xlsx"));
    expect(journal.map((entry) => [entry.number, entry.status])).toEqual([
      ["2025-0001", "émis"],
      ["2025-0002", "émis"],
      ["2025-0003", "annulé"],
      ["2025-0004", "émis"],
      ["2025-0005", "émis"],
    ]);
    const kept = await keptJournal();
    expect(kept.map((entry) => [entry.number, entry.status])).toEqual([
      ["2025-0001", "emis"],
      ["2025-0002", "emis"],
      ["2025-0003", "annule"],
      ["2025-0004", "emis"],
      ["2025-0005", "emis"],
    ]);
    expect(kept[2]?.statement).toBe(statementKey(2025, "Commune d'Exemple-sur-Lys", 113200));
    expect(kept[4]?.statement).not.toBe(kept[2]?.statement);
    // Only the new number goes to the accounting software.
    const csv = await csvStatements(join(path, "appels-2025.csv"));
    expect(csv.map((entry) => entry.number)).toEqual(["2025-0005"]);
    expect(existsSync(join(path, "appel-2025-0005.pdf"))).toBe(true);

    const all = [
      ...kept,
      ...journal,
      ...csv,
      ...(await workbookJournal(join(folder, "sortie", "2025-10-01_01", "appels-2025.xlsx"))),
      ...(await csvStatements(join(folder, "sortie", "2025-10-01_01", "appels-2025.csv"))),
    ];
    expect(numbersDenotingTwoStatements(all)).toEqual([]);
  });

  test("a journal row deleted by hand in the output workbook: the number is put back, not issued again", async () => {
    expect((await run(job("sortie"))).code).toBe(EXIT.ok);
    const edited = join(folder, "modifie.xlsx");
    await copyFile(join(folder, "sortie", "2025-10-01_01", "appels-2025.xlsx"), edited);
    expect(await deleteLastJournalRow(edited)).toBe("2025-0004");
    expect((await workbookJournal(edited)).map((entry) => entry.number)).toEqual([
      "2025-0001",
      "2025-0002",
      "2025-0003",
    ]);

    const again = await run(job("sortie", edited));
    expect(again.code).toBe(EXIT.ok);
    expect(again.err).toContain(
      "AVERTISSEMENT 1 numéro émis absent du journal du registre (2025-0004) : remis dans le journal du classeur écrit"
    );
    expect(again.out).toContain("aucun numéro émis par cette génération");
    const journal = await workbookJournal(
      join(folder, "sortie", "2025-10-01_02", "appels-2025.xlsx")
    );
    expect(journal.map((entry) => entry.number)).toEqual([
      "2025-0001",
      "2025-0002",
      "2025-0003",
      "2025-0004",
    ]);
    expect(journal[3]?.statement).toBe(
      statementKey(2025, "Communauté de communes du Val d'Exemple", 100100)
    );
    expect(again.out).not.toContain("2025-0005");

    // Without the kept journal (a fresh journal folder), the statement sheet "Appel 2025-0004"
    // without its journal row stops the run: nothing is numbered past a lost number.
    const fresh = join(folder, "journaux-vides");
    const refused = await run(job("encore", edited), { journalDir: fresh });
    expect(refused.code).toBe(EXIT.refused);
    expect(refused.err).toContain("Le journal des appels n'a pas le numéro 2025-0004");
    expect(refused.err).toContain("« Appel 2025-0004 »");
    expect(existsSync(join(folder, "encore"))).toBe(false);
    expect(await readdir(fresh)).toEqual([]);
  });
});

describe("the kept journal file", () => {
  test("a kept journal that does not read is a refusal (exit 1) naming it, left untouched", async () => {
    await mkdir(journals);
    const file = join(journals, SERIES_FILE);
    for (const content of [
      '{"version": 1, "series": {"issuer": "20003038600020", "year": 2025}, "entries": [',
      JSON.stringify({ version: 2, series: { issuer: "20003038600020", year: 2025 }, entries: [] }),
      JSON.stringify({
        version: 1,
        series: { issuer: "20003038600020", year: 2025 },
        entries: [{ number: "2025-0001", year: 2025, member: "Hem", amountCents: "880,10" }],
      }),
      "",
    ]) {
      await writeFile(file, content);
      const result = await run(job("sortie"));
      expect(result.code).toBe(EXIT.refused);
      expect(result.err).toContain(`Refusé : le journal des numéros ${file} ne se lit pas`);
      expect(result.err).not.toMatch(/\n\s+at /);
      expect(await readFile(file, "utf8")).toBe(content);
      expect(existsSync(join(folder, "sortie"))).toBe(false);
      expect(await readdir(journals)).toEqual([SERIES_FILE]);
    }
  });

  test("--journal <file>: the series is kept in that file; a file of another series is refused", async () => {
    await mkdir(join(folder, "partage"));
    const shared = join(folder, "partage", "journal-2025.json");
    const result = await run([...job("sortie"), "--journal", "partage/journal-2025.json"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain(`Journal des numéros : ${shared} (4 numéros émis`);
    expect((await keptJournal(shared)).map((entry) => entry.number)).toHaveLength(4);
    expect(existsSync(join(journals, SERIES_FILE))).toBe(false);

    // The same file for the next exercise: another series, refused.
    const next = await run([
      ...job("sortie").slice(0, 3),
      "2026",
      "--date",
      "2026-03-01",
      "--out",
      "sortie",
      "--journal",
      shared,
    ]);
    expect(next.code).toBe(EXIT.refused);
    expect(next.err).toContain(
      "c'est le journal d'une autre série de numéros (émetteur 20003038600020, exercice 2025)"
    );

    // A folder that is not there (a shared drive not connected): refused, nothing created.
    const absent = await run([...job("sortie"), "--journal", "lecteur/journal-2025.json"]);
    expect(absent.code).toBe(EXIT.refused);
    expect(absent.err).toContain(
      `le dossier ${join(folder, "lecteur")} du journal des numéros n'existe pas`
    );
    expect(existsSync(join(folder, "lecteur"))).toBe(false);
  });

  test("a lock held by a running process is a refusal; one left by a process that ended is taken over", async () => {
    await mkdir(journals);
    const lock = join(journals, `${SERIES_FILE}.lock`);
    const held = JSON.stringify({
      pid: process.pid,
      host: hostname(),
      since: "2025-10-01T08:00:00Z",
    });
    await writeFile(lock, held);
    const refused = await run(job("sortie"));
    expect(refused.code).toBe(EXIT.refused);
    expect(refused.err).toContain(`verrouillé par le processus ${process.pid}, qui tourne encore`);
    expect(await readFile(lock, "utf8")).toBe(held);
    expect(existsSync(join(folder, "sortie"))).toBe(false);

    const elsewhere = JSON.stringify({
      pid: 4242,
      host: "poste-compta-2",
      since: "2025-10-01T08:00:00Z",
    });
    await writeFile(lock, elsewhere);
    const remote = await run(job("sortie"));
    expect(remote.code).toBe(EXIT.refused);
    expect(remote.err).toContain("« poste-compta-2 »");

    const ended = spawnSync(process.execPath, ["-e", ""]).pid;
    await writeFile(
      lock,
      JSON.stringify({ pid: ended, host: hostname(), since: "2025-10-01T08:00:00Z" })
    );
    const taken = await run(job("sortie"));
    expect(taken.code).toBe(EXIT.ok);
    expect(taken.err).toContain(
      `Note : verrou abandonné du journal des numéros repris (${lock}, processus ${ended} arrêté`
    );
    expect(await readdir(journals)).toEqual([SERIES_FILE]);
  });

  test("two runs at once on one series: the second is refused while the first holds the lock", async () => {
    const lock = join(journals, `${SERIES_FILE}.lock`);
    // Test double of the output files: the first run stops at its first file until released,
    // holding the lock it took when it read the kept journal.
    let reached: () => void = () => undefined;
    let release: () => void = () => undefined;
    const atFirstWrite = new Promise<void>((resolve) => (reached = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const holdingFilesDouble: OutputFileSystem = {
      async writeFile(path, bytes) {
        reached();
        await released;
        await diskFileSystem.writeFile(path, bytes);
      },
      rename: (from, to) => diskFileSystem.rename(from, to),
    };
    const first = run(job("un"), { files: holdingFilesDouble });
    await atFirstWrite;
    expect(existsSync(lock)).toBe(true);
    const second = await run(job("deux"));
    release();
    expect(second.code).toBe(EXIT.refused);
    expect(second.err).toContain("qui tourne encore");
    expect((await first).code).toBe(EXIT.ok);
    expect(existsSync(join(folder, "deux"))).toBe(false);
    expect((await keptJournal()).map((entry) => entry.number)).toEqual([
      "2025-0001",
      "2025-0002",
      "2025-0003",
      "2025-0004",
    ]);
    expect(await readdir(journals)).toEqual([SERIES_FILE]);
  });
});
