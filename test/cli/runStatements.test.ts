import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareStatements } from "../../src/app/statementsWorkflow";
import { num, text } from "../../src/domain/sheets/SheetSpec";
import { openXlsxWorkbook } from "../../src/workbook/file/xlsxWorkbook";
import { EXIT, runCli, type CliEnvironment } from "../../src/cli/runStatements";
import { createFailingFileSystemDouble } from "../doubles/failingFileSystemDouble";
import { entriesOf, journalsOf, NOW, runIn } from "./cliHarness";
import { PROJECT_ROOT, readyRegister, SAMPLE_ISSUE_DATE, setMemberCell } from "./registerCopies";

let folder: string;
let journals: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "appels-cli-"));
  journals = journalsOf(folder);
  await readyRegister(join(folder, "registre.xlsx"));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const run = (argv: string[], extra: Partial<CliEnvironment> = {}) => runIn(folder, argv, extra);

const JOB = ["--in", "registre.xlsx", "--year", "2025", "--date", SAMPLE_ISSUE_DATE];

const entries = entriesOf;

describe("npm run statements on the sample register", () => {
  test("writes a new run folder: the workbook, 4 PDFs, the CSV and the journal's copy; exit 0", async () => {
    const result = await run([...JOB, "--out", "sortie"]);
    expect(result.err).not.toContain("ERREUR");
    expect(result.code).toBe(EXIT.ok);
    expect(await entries(join(folder, "sortie"))).toEqual(["2025-10-01_01"]);
    const out = join(folder, "sortie", "2025-10-01_01");
    expect(await entries(out)).toEqual([
      "PESALR1_20003038600020_12300_2025_B0000001.xml",
      "appel-2025-0001.pdf",
      "appel-2025-0002.pdf",
      "appel-2025-0003.pdf",
      "appel-2025-0004.pdf",
      "appels-2025.csv",
      "appels-2025.xlsx",
      "journal-2025.csv",
    ]);
    for (const number of ["0001", "0002", "0003", "0004"]) {
      const pdf = await readFile(join(out, `appel-2025-${number}.pdf`));
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    }
    const csv = await readFile(join(out, "appels-2025.csv"), "utf8");
    expect(
      csv.startsWith(
        "\uFEFFNuméro;Débiteur;SIRET;Objet;Montant;Code service;N° d'engagement;" +
          "Date d'émission;Échéance;Exercice;Imputation nature;Imputation fonction;N° de pièce PES\r\n"
      )
    ).toBe(true);
    expect(csv).toContain("2025-0001;Ville de Hem;");
    const journal = await readFile(join(out, "journal-2025.csv"), "utf8");
    expect(journal.split("\r\n")).toEqual([
      "\uFEFFNuméro;Exercice;Membre;Montant;Élèves;Date;Barème;Statut",
      "2025-0001;2025;Ville de Hem;880,10;677;01/10/2025;ctaf-2023-06-15;émis",
      expect.stringMatching(/^2025-0002;2025;Communauté d'agglomération/),
      expect.stringMatching(/^2025-0003;2025;Commune d'Exemple-sur-Lys;/),
      expect.stringMatching(/^2025-0004;2025;Communauté de communes du Val d'Exemple;/),
      "",
    ]);
    // The summary: Hem billed for its 677 pupils of the schools equipped by 2025, 880,10 €.
    expect(result.out).toMatch(/2025-0001 +Ville de Hem +677 +880,10\u00a0€/);
    expect(result.out).toContain("Total : 4 appels,");
    expect(result.out).toContain("exercice 2025\n");
    expect(result.out).toContain(`Fichiers écrits dans ${join("sortie", "2025-10-01_01")} :`);
    // Where the kept journal is, and what it holds.
    const kept = join(journals, "journal-20003038600020-2025.json");
    expect(result.out).toContain(`Journal des numéros : ${kept} (4 numéros émis`);
    const file = JSON.parse(await readFile(kept, "utf8")) as {
      version: number;
      series: unknown;
      entries: { number: string; status: string }[];
    };
    expect(file.version).toBe(1);
    expect(file.series).toEqual({ issuer: "20003038600020", year: 2025 });
    expect(file.entries.map((entry) => entry.number)).toEqual([
      "2025-0001",
      "2025-0002",
      "2025-0003",
      "2025-0004",
    ]);
    // The lock is given back.
    expect(await entries(journals)).toEqual(["journal-20003038600020-2025.json"]);
  });

  test("the workbook written is the register with the statements and journal: next year's input", async () => {
    expect((await run([...JOB, "--out", "sortie"])).code).toBe(EXIT.ok);
    const written = await openXlsxWorkbook(
      await readFile(join(folder, "sortie", "2025-10-01_01", "appels-2025.xlsx"))
    );
    const sheets = await written.sheetNames();
    expect(sheets).toEqual(expect.arrayContaining(["Membres", "Écoles", "Paramètres"]));
    expect(sheets.length).toBeGreaterThanOrEqual(3 + 4 + 1 + 1);
    const again = await prepareStatements(written, 2025, "2025-11-01");
    expect(again.numbering?.statements.map((s) => s.outcome)).toEqual([
      "already-issued",
      "already-issued",
      "already-issued",
      "already-issued",
    ]);
    const next = await prepareStatements(written, 2026, "2026-03-01");
    expect(next.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(next.numbering?.statements[0]?.number).toBe("2026-0001");
  });

  test("without --year and --out: the current year, ./appels-<year>/<date>_01/, both said", async () => {
    const result = await run(["--in", "registre.xlsx"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain("exercice 2025 (année en cours : --year non donné)");
    expect(result.out).toContain("(aujourd'hui : --date non donné)");
    expect(existsSync(join(folder, "appels-2025", "2025-10-01_01", "appels-2025.xlsx"))).toBe(true);
  });

  test("runs again into the same --out: a new folder each time, the earlier one untouched", async () => {
    expect((await run([...JOB, "--out", "sortie"])).code).toBe(EXIT.ok);
    const first = join(folder, "sortie", "2025-10-01_01");
    const before = new Map<string, Buffer>();
    for (const name of await entries(first)) before.set(name, await readFile(join(first, name)));

    const again = await run([...JOB, "--out", "sortie", "--force"]);
    expect(again.code).toBe(EXIT.ok);
    expect(again.err).toContain("--force n'a plus d'effet");
    expect(await entries(join(folder, "sortie"))).toEqual(["2025-10-01_01", "2025-10-01_02"]);
    expect(again.out).toContain(`Fichiers écrits dans ${join("sortie", "2025-10-01_02")} :`);
    expect(await entries(first)).toEqual([...before.keys()]);
    for (const [name, bytes] of before) expect(await readFile(join(first, name))).toEqual(bytes);

    // Another date of issue starts its own counter, and the names sort in the order of the runs.
    const later = await run([...JOB.slice(0, -1), "2025-11-15", "--out", "sortie"]);
    expect(later.code).toBe(EXIT.ok);
    expect(await entries(join(folder, "sortie"))).toEqual([
      "2025-10-01_01",
      "2025-10-01_02",
      "2025-11-15_01",
    ]);
  });

  test("--in D/x/appels-2025.xlsx --out D/x: the input stays byte for byte, the run goes into D/x/<run>", async () => {
    expect((await run([...JOB, "--out", "un"])).code).toBe(EXIT.ok);
    const x = join(folder, "D", "x");
    await mkdir(x, { recursive: true });
    const input = join(x, "appels-2025.xlsx");
    await writeFile(input, await readFile(join(folder, "un", "2025-10-01_01", "appels-2025.xlsx")));
    const bytes = await readFile(input);
    const result = await run([
      "--in",
      input,
      "--year",
      "2025",
      "--date",
      SAMPLE_ISSUE_DATE,
      "--out",
      x,
      "--force",
    ]);
    expect(result.code).toBe(EXIT.ok);
    expect(await readFile(input)).toEqual(bytes);
    expect(await entries(x)).toEqual(["2025-10-01_01", "appels-2025.xlsx"]);
    // Nothing new: no number issued, nothing exported twice.
    const csv = await readFile(join(x, "2025-10-01_01", "appels-2025.csv"), "utf8");
    expect(csv.split("\r\n").filter((line) => line !== "")).toHaveLength(1);
    expect(result.out).toContain("aucun numéro émis par cette génération");
  });
});

describe("all or nothing", () => {
  test("a disk that fills up while writing (injected ENOSPC): exit 3, D and the kept journal as they were", async () => {
    expect((await run([...JOB, "--out", "sortie"])).code).toBe(EXIT.ok);
    const kept = join(journals, "journal-20003038600020-2025.json");
    const journalBefore = await readFile(kept);
    const outBefore = await entries(join(folder, "sortie"));
    // A changed amount, so that this run would issue a number.
    const changed = await readyRegister(join(folder, "corrige.xlsx"), undefined, (workbook) =>
      setMemberCell(workbook, "Commune d'Exemple-sur-Lys", "Élèves", num(700))
    );
    const { files, state } = createFailingFileSystemDouble({ failWritesAfter: 2 });
    const result = await run(
      ["--in", changed, "--year", "2025", "--date", SAMPLE_ISSUE_DATE, "--out", "sortie"],
      { files }
    );
    expect(result.code).toBe(EXIT.failed);
    expect(state.written).toHaveLength(2);
    expect(result.err).toMatch(/^Échec : écriture impossible de \S+ : disque plein \(ENOSPC\)\./m);
    expect(result.err).toContain("Rien n'est écrit dans sortie");
    expect(result.err).toContain("aucun numéro n'est émis");
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(await entries(join(folder, "sortie"))).toEqual(outBefore);
    expect(await readFile(kept)).toEqual(journalBefore);
    expect(await entries(journals)).toEqual(["journal-20003038600020-2025.json"]);
  });

  test("a run folder that cannot be renamed once the numbers are kept: says which numbers and where the files are", async () => {
    const { files } = createFailingFileSystemDouble({ failRename: true, code: "EACCES" });
    const result = await run([...JOB, "--out", "sortie"], { files });
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toContain(
      "les numéros 2025-0001, 2025-0002, 2025-0003, 2025-0004 (4 appels) sont émis"
    );
    expect(result.err).toContain("accès refusé (EACCES)");
    const left = await entries(join(folder, "sortie"));
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.2025-10-01_01\.partiel-\d+$/);
    expect(result.err).toContain(join(folder, "sortie", left[0] ?? ""));
    expect(await entries(join(folder, "sortie", left[0] ?? ""))).toContain("appels-2025.xlsx");
    const kept = await readFile(join(journals, "journal-20003038600020-2025.json"), "utf8");
    expect(kept).toContain("2025-0004");
  });
});

describe("npm run statements refuses, writing nothing", () => {
  test("a register error: prints it with table, row and column, exits 1, no output folder", async () => {
    const wrong = await readyRegister(join(folder, "registre-faux.xlsx"), undefined, (workbook) =>
      workbook.updateTableCells("Membres", [{ row: 3, column: 7, cell: text("douze") }])
    );
    const result = await run(["--in", wrong, "--year", "2025", "--out", "sortie"]);
    expect(result.code).toBe(EXIT.refused);
    expect(result.err).toMatch(/^ERREUR Membres, ligne 3, colonne « Élèves » \(« douze »\) : /m);
    expect(result.err).toContain("aucun fichier écrit");
    expect(result.out).toBe("");
    expect(existsSync(join(folder, "sortie"))).toBe(false);
    expect(await entries(journals)).toEqual([]);
  });

  test("a file that is not a workbook exits 1", async () => {
    await writeFile(join(folder, "faux.xlsx"), "pas un classeur");
    const result = await run(["--in", "faux.xlsx", "--out", "sortie"]);
    expect(result.code).toBe(EXIT.refused);
    expect(result.err).toContain(
      "Refusé : Le fichier « faux.xlsx » n'est pas un classeur (fichier texte, CSV par exemple) : " +
        "ouvrez-le dans Excel ou LibreOffice Calc et enregistrez-le au format .xlsx ou .ods"
    );
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(existsSync(join(folder, "sortie"))).toBe(false);
  });

  test("an output folder left as it was: only what the run created is removed", async () => {
    await mkdir(join(folder, "sortie"));
    await writeFile(join(folder, "sortie", "notes.txt"), "à garder");
    await writeFile(join(folder, "faux.xlsx"), "pas un classeur");
    expect((await run(["--in", "faux.xlsx", "--out", "sortie"])).code).toBe(EXIT.refused);
    expect(await entries(join(folder, "sortie"))).toEqual(["notes.txt"]);
  });

  test.each([
    [["--year", "25"], "--year"],
    [["--in", "absent.xlsx"], "absent.xlsx"],
    [["--out", "fichier.txt"], "--out"],
    [["--inconnue"], "--inconnue"],
  ])("bad arguments %j exit 2 naming %s, with the usage", async (argv, named) => {
    await writeFile(join(folder, "fichier.txt"), "");
    const result = await run(argv);
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toContain(named);
    expect(result.err).toContain("Usage : npm run statements");
    expect(await entries(folder)).toEqual(["fichier.txt", "registre.xlsx"]);
  });

  test("an unexpected error is one French line and exit 3, its stack only with ENT_DEBUG=1", async () => {
    const err: string[] = [];
    const env: CliEnvironment = {
      out: () => {
        throw new Error("terminal fermé\nà la ligne");
      },
      err: (line) => err.push(line),
      cwd: folder,
      projectRoot: PROJECT_ROOT,
      now: NOW,
      journalDir: journals,
      processors: 1,
    };
    expect(await runCli([...JOB, "--out", "sortie"], env)).toBe(EXIT.failed);
    expect(err.join("\n")).toContain("Erreur inattendue : terminal fermé (");
    // Printing failed after the run was complete: it says so, and where the files are.
    expect(err.join("\n")).toContain(
      `la génération est pourtant complète : ses fichiers sont dans ${join(folder, "sortie", "2025-10-01_01")}`
    );
    expect(err.join("\n")).not.toMatch(/\n\s+at /);
    err.length = 0;
    const debug = { ...env, debug: true };
    expect(await runCli([...JOB, "--out", "sortie"], debug)).toBe(EXIT.failed);
    expect(err.join("\n")).toMatch(/\n\s+at /);
  });

  test("--help prints the usage and exits 0", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain("Codes de sortie");
    expect(result.out).toContain("--journal");
  });
});
