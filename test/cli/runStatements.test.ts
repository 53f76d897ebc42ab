import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { prepareStatements } from "../../src/app/statementsWorkflow";
import { text } from "../../src/domain/sheets/SheetSpec";
import { openXlsxWorkbook } from "../../src/workbook/file/xlsxWorkbook";
import { EXIT, runCli, type CliEnvironment } from "../../scripts/statements/runStatements";

const PROJECT_ROOT = resolve(__dirname, "../..");
const SAMPLE = join(PROJECT_ROOT, "assets/registre-exemple.xlsx");
const NOW = new Date(2025, 2, 1, 9, 0);

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "appels-cli-"));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Runs the command from the temporary folder, capturing what it prints. */
async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const env: CliEnvironment = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd: folder,
    projectRoot: PROJECT_ROOT,
    now: NOW,
    processors: 1,
  };
  const code = await runCli(argv, env);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** The sample register with one cell of the Membres table changed, saved in the temporary folder. */
async function sampleWith(row: number, header: string, value: string): Promise<string> {
  const workbook = await openXlsxWorkbook(await readFile(SAMPLE));
  const members = (await workbook.readTables()).find((table) => table.name === "Membres");
  const column = (members?.values[0] ?? []).indexOf(header);
  expect(column).toBeGreaterThanOrEqual(0);
  await workbook.updateTableCells("Membres", [{ row, column, cell: text(value) }]);
  const path = join(folder, "registre-faux.xlsx");
  await writeFile(path, await workbook.toXlsx());
  return path;
}

describe("npm run statements on the sample register", () => {
  test("writes the workbook, 4 PDFs and the CSV, prints the summary and exits 0", async () => {
    const result = await run(["--year", "2025", "--out", "sortie", "--date", "2025-03-01"]);
    expect(result.err).not.toContain("ERREUR");
    expect(result.code).toBe(EXIT.ok);
    const out = join(folder, "sortie");
    expect((await readdir(out)).sort()).toEqual([
      "appel-2025-0001.pdf",
      "appel-2025-0002.pdf",
      "appel-2025-0003.pdf",
      "appel-2025-0004.pdf",
      "appels-2025.csv",
      "appels-2025.xlsx",
    ]);
    for (const number of ["0001", "0002", "0003", "0004"]) {
      const pdf = await readFile(join(out, `appel-2025-${number}.pdf`));
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    }
    const csv = await readFile(join(out, "appels-2025.csv"), "utf8");
    expect(
      csv.startsWith("\uFEFFNuméro;Débiteur;SIRET;Objet;Montant;Code service;N° d'engagement\r\n")
    ).toBe(true);
    expect(csv).toContain("2025-0001;Ville de Hem;");
    // The summary: Hem billed for its 677 pupils of the schools equipped by 2025, 880,10 €.
    expect(result.out).toMatch(/2025-0001 +Ville de Hem +677 +880,10\u00a0€/);
    expect(result.out).toContain("Total : 4 appels,");
    expect(result.out).toContain("exercice 2025\n");
    expect(result.out).toContain("(registre d'exemple)");
    expect(result.out).toContain("appels-2025.xlsx");
  });

  test("the workbook written is the register with the statements and journal: next year's input", async () => {
    expect(await run(["--year", "2025", "--out", "sortie", "--date", "2025-03-01"])).toMatchObject({
      code: EXIT.ok,
    });
    const written = await openXlsxWorkbook(await readFile(join(folder, "sortie/appels-2025.xlsx")));
    const sheets = await written.sheetNames();
    expect(sheets).toEqual(expect.arrayContaining(["Membres", "Écoles", "Paramètres"]));
    expect(sheets.length).toBeGreaterThanOrEqual(3 + 4 + 1 + 1);
    const again = await prepareStatements(written, 2025, "2025-04-01");
    expect(again.numbering?.statements.map((s) => s.outcome)).toEqual([
      "deja-emis",
      "deja-emis",
      "deja-emis",
      "deja-emis",
    ]);
    const next = await prepareStatements(written, 2026, "2026-03-01");
    expect(next.problems.filter((p) => p.severity === "erreur")).toEqual([]);
    expect(next.numbering?.statements[0]?.number).toBe("2026-0001");
  });

  test("without --year and --out: the current year, ./appels-<year>/, both said", async () => {
    const result = await run(["--date", "2025-03-01"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain("exercice 2025 (année en cours : --year non donné)");
    expect(existsSync(join(folder, "appels-2025", "appels-2025.xlsx"))).toBe(true);
  });

  test("refuses existing output files without --force, overwriting nothing; replaces them with it", async () => {
    const out = join(folder, "sortie");
    await mkdir(out);
    await writeFile(join(out, "appels-2025.csv"), "ancien");
    const refused = await run(["--year", "2025", "--out", "sortie", "--date", "2025-03-01"]);
    expect(refused.code).toBe(EXIT.refused);
    expect(refused.err).toContain("sortie/appels-2025.csv");
    expect(refused.err).toContain("--force");
    expect(await readdir(out)).toEqual(["appels-2025.csv"]);
    expect(await readFile(join(out, "appels-2025.csv"), "utf8")).toBe("ancien");

    const forced = await run([
      "--year",
      "2025",
      "--out",
      "sortie",
      "--date",
      "2025-03-01",
      "--force",
    ]);
    expect(forced.code).toBe(EXIT.ok);
    expect(await readFile(join(out, "appels-2025.csv"), "utf8")).toContain("Ville de Hem");
    expect((await readdir(out)).some((name) => name.endsWith(".partiel"))).toBe(false);
  });

  test("a file that cannot be written: exit 3, the file named, no partial file left", async () => {
    const out = join(folder, "bloque");
    await mkdir(out);
    // The temporary name of the second PDF is taken by a folder: writing it fails (EISDIR).
    const blocker = `appel-2025-0002.pdf.${process.pid}.partiel`;
    await mkdir(join(out, blocker));
    const result = await run(["--year", "2025", "--out", "bloque", "--date", "2025-03-01"]);
    expect(result.code).toBe(EXIT.failed);
    expect(result.err).toContain(`écriture impossible de ${join(out, "appel-2025-0002.pdf")}`);
    expect(result.err).toContain("EISDIR");
    const left = await readdir(out);
    expect(left).not.toContain("appel-2025-0002.pdf");
    expect(left.filter((name) => name.endsWith(".partiel"))).toEqual([blocker]);
  });
});

describe("npm run statements on its own output", () => {
  test("asks --force to replace the statement sheets, then exports no statement twice", async () => {
    const first = ["--year", "2025", "--out", "un", "--date", "2025-03-01"];
    expect((await run(first)).code).toBe(EXIT.ok);
    const again = ["--in", "un/appels-2025.xlsx", "--year", "2025", "--out", "deux"];
    const refused = await run(again);
    expect(refused.code).toBe(EXIT.refused);
    expect(refused.err).toContain("--force");
    expect(existsSync(join(folder, "deux"))).toBe(false);

    const forced = await run([...again, "--force"]);
    expect(forced.code).toBe(EXIT.ok);
    expect(forced.out).toContain("déjà émis");
    // Every statement keeps its number: none is new, so none goes to the accounting export again.
    const csv = await readFile(join(folder, "deux/appels-2025.csv"), "utf8");
    expect(csv.split("\r\n").filter((line) => line !== "")).toHaveLength(1);
    expect((await readdir(join(folder, "deux"))).filter((f) => f.endsWith(".pdf"))).toHaveLength(4);
  });
});

describe("npm run statements refuses, writing nothing", () => {
  test("a register error: prints it with table, row and column, exits 1, no output folder", async () => {
    const register = await sampleWith(3, "Élèves", "douze");
    const result = await run(["--in", register, "--year", "2025", "--out", "sortie"]);
    expect(result.code).toBe(EXIT.refused);
    expect(result.err).toMatch(/^ERREUR Membres, ligne 3, colonne « Élèves » \(« douze »\) : /m);
    expect(result.err).toContain("aucun fichier écrit");
    expect(result.out).toBe("");
    expect(existsSync(join(folder, "sortie"))).toBe(false);
  });

  test("a file that is not a workbook exits 1", async () => {
    await writeFile(join(folder, "faux.xlsx"), "pas un classeur");
    const result = await run(["--in", "faux.xlsx", "--out", "sortie"]);
    expect(result.code).toBe(EXIT.refused);
    expect(result.err).toContain("ne se lit pas comme un classeur Excel");
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(existsSync(join(folder, "sortie"))).toBe(false);
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
    expect(await readdir(folder)).toEqual(["fichier.txt"]);
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
      processors: 1,
    };
    expect(await runCli(["--year", "2025", "--out", "sortie"], env)).toBe(EXIT.failed);
    expect(err.join("\n")).toContain("Erreur inattendue : terminal fermé (");
    expect(err.join("\n")).not.toMatch(/\n\s+at /);
    err.length = 0;
    const debug = { ...env, debug: true };
    await rm(join(folder, "sortie"), { recursive: true });
    expect(await runCli(["--year", "2025", "--out", "sortie"], debug)).toBe(EXIT.failed);
    expect(err.join("\n")).toMatch(/\n\s+at /);
  });

  test("--help prints the usage and exits 0", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain("Codes de sortie");
  });
});
