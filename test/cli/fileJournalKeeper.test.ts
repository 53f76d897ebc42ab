import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import type { NewJournalEntry } from "../../src/domain/statements/types";
import {
  defaultJournalFolder,
  FileJournalKeeper,
  journalFileName,
  JournalRefusal,
} from "../../src/cli/fileJournalKeeper";
import { makeFolders } from "../../src/cli/folders";
import { nextRunCounter, runFolderName } from "../../src/cli/runFolder";
import { acceptedYearsText, yearHasSchedule } from "../../src/cli/scheduleYears";

const SERIES = { issuer: "20003038600020", year: 2025 };

const entry = (number: string, member: string, amountCents: number): NewJournalEntry => ({
  number,
  year: 2025,
  member,
  amountCents,
  pupils: 100,
  date: "2025-03-01",
  schedule: "ctaf-2023-06-15",
  status: "issued",
});

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "journal-fichier-"));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("where the kept journals are", () => {
  test("ENT_JOURNAL_DIR, else the user's data folder (XDG on Linux and macOS, APPDATA on Windows)", () => {
    expect(
      defaultJournalFolder({ ENT_JOURNAL_DIR: "partage/j" }, "linux", "/home/ana", "/srv")
    ).toBe("/srv/partage/j");
    expect(defaultJournalFolder({}, "linux", "/home/ana", "/")).toBe(
      "/home/ana/.local/share/ent-contributions/journaux"
    );
    expect(defaultJournalFolder({ XDG_DATA_HOME: "/data/ana" }, "linux", "/home/ana", "/")).toBe(
      "/data/ana/ent-contributions/journaux"
    );
    // A relative XDG_DATA_HOME is ignored, as the specification says.
    expect(defaultJournalFolder({ XDG_DATA_HOME: "data" }, "darwin", "/Users/ana", "/")).toBe(
      "/Users/ana/.local/share/ent-contributions/journaux"
    );
    expect(
      defaultJournalFolder(
        { APPDATA: "C:\\Users\\ana\\AppData\\Roaming" },
        "win32",
        "C:\\Users\\ana",
        "C:\\"
      )
    ).toContain(join("ent-contributions", "journaux"));
  });

  test("one file per series, named so that any file system takes it", () => {
    expect(journalFileName(SERIES)).toBe("journal-20003038600020-2025.json");
    expect(journalFileName({ issuer: "syndicat/mixte:59", year: 2026 })).toBe(
      "journal-syndicat-mixte-59-2026.json"
    );
  });
});

describe("FileJournalKeeper", () => {
  test("records the series pretty-printed, atomically, and reads it back; the lock is given back", async () => {
    const keeper = new FileJournalKeeper({ folder: join(folder, "a", "b") });
    expect(await keeper.load(SERIES)).toEqual([]);
    const file = join(folder, "a", "b", journalFileName(SERIES));
    expect(existsSync(`${file}.lock`)).toBe(true);
    const lock = JSON.parse(await readFile(`${file}.lock`, "utf8")) as {
      pid: number;
      host: string;
    };
    expect(lock).toMatchObject({ pid: process.pid, host: hostname() });
    await keeper.record(SERIES, [entry("2025-0002", "Lys", 200), entry("2025-0001", "Hem", 100)]);
    await keeper.release();
    expect(await readdir(join(folder, "a", "b"))).toEqual([journalFileName(SERIES)]);
    const text = await readFile(file, "utf8");
    expect(text).toContain('\n  "version": 1,\n');
    expect(text.endsWith("}\n")).toBe(true);
    const again = new FileJournalKeeper({ folder: join(folder, "a", "b") });
    expect((await again.load(SERIES)).map((e) => e.number)).toEqual(["2025-0001", "2025-0002"]);
    await again.release();
  });

  test("refuses to record a journal that drops a number it holds, or gives it to another statement", async () => {
    const keeper = new FileJournalKeeper({ folder });
    await keeper.load(SERIES);
    await keeper.record(SERIES, [entry("2025-0001", "Hem", 100)]);
    const before = await readFile(join(folder, journalFileName(SERIES)), "utf8");
    await expect(keeper.record(SERIES, [])).rejects.toThrow(JournalRefusal);
    await expect(keeper.record(SERIES, [entry("2025-0001", "Lys", 100)])).rejects.toThrow(
      "le numéro 2025-0001, « Hem », n'y est plus le même"
    );
    // A cancelled number never becomes issued again.
    await keeper.record(SERIES, [{ ...entry("2025-0001", "Hem", 100), status: "cancelled" }]);
    await expect(keeper.record(SERIES, [entry("2025-0001", "Hem", 100)])).rejects.toThrow(
      JournalRefusal
    );
    await keeper.release();
    expect(before).toContain("2025-0001");
  });

  test("a lock whose content never came, older than a few seconds, is taken over with a note", async () => {
    const notes: string[] = [];
    const file = join(folder, journalFileName(SERIES));
    await writeFile(`${file}.lock`, "");
    const young = new FileJournalKeeper({ folder }, { note: (line) => notes.push(line) });
    await expect(young.load(SERIES)).rejects.toThrow("par une génération qui démarre");
    const old = new Date(Date.now() - 60_000);
    await utimes(`${file}.lock`, old, old);
    await young.load(SERIES);
    expect(notes.join("\n")).toContain("verrou abandonné du journal des numéros repris");
    await young.release();
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  test("releaseSync removes the keeper's own lock only", async () => {
    const keeper = new FileJournalKeeper({ folder });
    await keeper.load(SERIES);
    const lock = join(folder, `${journalFileName(SERIES)}.lock`);
    keeper.releaseSync();
    expect(existsSync(lock)).toBe(false);
    await writeFile(lock, JSON.stringify({ pid: 1, host: hostname(), since: "x" }));
    keeper.releaseSync();
    expect(existsSync(lock)).toBe(true);
  });

  test("--journal: one file, whose folder must exist", async () => {
    const file = join(folder, "partage", "journal.json");
    const keeper = new FileJournalKeeper({ file });
    expect(keeper.place).toBe(file);
    expect(keeper.fileOf(SERIES)).toBe(file);
    await expect(keeper.load(SERIES)).rejects.toThrow("n'existe pas");
    await mkdir(join(folder, "partage"));
    expect(await keeper.load(SERIES)).toEqual([]);
    await keeper.release();
  });
});

describe("folders", () => {
  test("makeFolders creates the missing levels and fails at once where the system refuses", async () => {
    expect(await makeFolders(join(folder, "x", "y"))).toEqual([
      join(folder, "x"),
      join(folder, "x", "y"),
    ]);
    expect(await makeFolders(join(folder, "x", "y"))).toEqual([]);
    const start = performance.now();
    await expect(makeFolders("/proc/x/y")).rejects.toMatchObject({ code: "ENOENT" });
    expect(performance.now() - start).toBeLessThan(500);
  });

  test("run folders are named after the date of issue and a counter, and sort in the order of the runs", () => {
    expect(runFolderName("2025-03-01", 1)).toBe("2025-03-01_01");
    expect(nextRunCounter([], "2025-03-01")).toBe(1);
    expect(
      nextRunCounter(
        [
          "2025-03-01_01",
          "2025-03-01_09",
          ".2025-03-01_10.partiel-77",
          "2025-04-01_30",
          "notes.txt",
        ],
        "2025-03-01"
      )
    ).toBe(11);
    expect(["2025-03-01_10", "2025-03-01_09", "2025-03-01_02"].sort()).toEqual([
      "2025-03-01_02",
      "2025-03-01_09",
      "2025-03-01_10",
    ]);
  });
});

describe("the exercises accepted", () => {
  test("the built-in schedules from 2019 on, and a register's table", () => {
    expect(yearHasSchedule(2018)).toBe(false);
    expect(yearHasSchedule(2019)).toBe(true);
    expect(yearHasSchedule(2040)).toBe(true);
    expect(acceptedYearsText()).toBe("2019 à … (2019 et les suivants)");
    const table = [{ firstYear: 2010, lastYear: 2012 }] as never;
    expect(yearHasSchedule(2011, table)).toBe(true);
    expect(acceptedYearsText(table)).toBe("2010 à 2012, 2019 à … (2019 et les suivants)");
  });
});
