/*
 * `npm run statements` on registers from every spreadsheet program (the corpus of
 * test/fixtures/registers/, made by LibreOffice and openpyxl): the same statements, CSV and
 * journal as from the sample register; every file it cannot read refused with its French
 * message, exit 1 and nothing written.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hugeTextXlsx, tenMillionCellsXlsx } from "../workbook/file/craftedFiles";
import { PROJECT_ROOT, SAMPLE, SAMPLE_ISSUE_DATE } from "./registerCopies";

const FIXTURES = join(PROJECT_ROOT, "test/fixtures/registers");
/** The exit code of a register that cannot be used (runStatements.ts, EXIT.refused). */
const REFUSED = 1;

describe("npm run statements on registers written by other programs", () => {
  let folder = "";
  let runs = 0;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "appels-formats-"));
  });

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** Runs the command on a register, with a journal folder and an output folder of its own. */
  function statements(register: string, year = 2025, date = SAMPLE_ISSUE_DATE) {
    runs += 1;
    const out = join(folder, `sortie-${runs}`);
    const result = spawnSync(
      "npm",
      [
        "run",
        "--silent",
        "statements",
        "--",
        "--in",
        register,
        "--year",
        String(year),
        "--date",
        date,
        "--out",
        out,
      ],
      {
        cwd: PROJECT_ROOT,
        encoding: "utf8",
        timeout: 120_000,
        env: {
          ...process.env,
          ENT_STATEMENTS_BUNDLE_DIR: join(folder, "bundle"),
          ENT_JOURNAL_DIR: join(folder, `journaux-${runs}`),
        },
      }
    );
    const runFolder = existsSync(out) ? readdirSync(out) : [];
    const file = (name: string) => readFileSync(join(out, runFolder[0] ?? "", name), "utf8");
    return { ...result, out, runFolder, file };
  }

  /** The summary without the lines naming the register, the journal and the output folder. */
  const summary = (stdout: string) =>
    stdout
      .split("\n")
      .filter((line) => !/^(Registre|Journal des numéros|Fichiers écrits dans) /.test(line))
      .join("\n");

  let sample: ReturnType<typeof statements>;

  beforeAll(() => {
    sample = statements(SAMPLE);
  });

  test("the sample register: exit 0, the files to compare with", () => {
    expect(sample.stderr).not.toContain("Erreur inattendue");
    expect(sample.status).toBe(0);
    expect(sample.runFolder).toHaveLength(1);
  });

  test.each(["libreoffice.xlsx", "libreoffice.ods", "openpyxl.xlsx"])(
    "%s: exit 0, the same statements, CSV, journal and summary as the sample",
    (name) => {
      const register = join(folder, name);
      copyFileSync(join(FIXTURES, name), register);
      const run = statements(register);
      expect(run.stderr).not.toContain("Erreur inattendue");
      expect(run.status).toBe(0);
      expect(readdirSync(join(run.out, run.runFolder[0] ?? "")).sort()).toEqual(
        readdirSync(join(sample.out, sample.runFolder[0] ?? "")).sort()
      );
      expect(run.file("appels-2025.csv")).toBe(sample.file("appels-2025.csv"));
      expect(run.file("journal-2025.csv")).toBe(sample.file("journal-2025.csv"));
      expect(summary(run.stdout)).toBe(summary(sample.stdout));
    }
  );

  test("next year's run from last year's workbook re-saved by LibreOffice: as from the workbook written", () => {
    const written = join(folder, "appels-2025.xlsx");
    copyFileSync(join(sample.out, sample.runFolder[0] ?? "", "appels-2025.xlsx"), written);
    const resaved = join(folder, "appels-2025-libreoffice.xlsx");
    copyFileSync(join(FIXTURES, "appels-2025-libreoffice.xlsx"), resaved);
    const [fromWritten, fromResaved] = [
      statements(written, 2026, "2026-10-01"),
      statements(resaved, 2026, "2026-10-01"),
    ];
    expect(fromResaved.stderr).not.toContain("Erreur inattendue");
    expect(fromWritten.status).toBe(0);
    expect(fromResaved.status).toBe(0);
    expect(fromResaved.stderr).toBe(fromWritten.stderr.split(written).join(resaved));
    expect(fromResaved.file("appels-2026.csv")).toBe(fromWritten.file("appels-2026.csv"));
    expect(summary(fromResaved.stdout)).toBe(summary(fromWritten.stdout));
  });

  test.each<[string, string]>([
    ["tronque.xlsx", "est endommagé"],
    ["ancien-libreoffice.xls", "est un classeur Excel 97-2003 (.xls)"],
    ["protege-libreoffice.ods", "est protégé par un mot de passe"],
    ["registre.csv", "n'est pas un classeur (fichier texte, CSV par exemple)"],
    ["texte-300-Mo.xlsx", "dépasse la taille d'un registre"],
    ["dix-millions.xlsx", "dépasse la taille d'un registre"],
  ])("%s: exit 1, its French message, nothing written", (name, words) => {
    const register = join(folder, name);
    if (existsSync(join(FIXTURES, name))) copyFileSync(join(FIXTURES, name), register);
    else if (name === "registre.csv") writeFileSync(register, "Nom;Élèves\nVille de Hem;1209\n");
    else
      writeFileSync(
        register,
        name === "texte-300-Mo.xlsx" ? hugeTextXlsx() : tenMillionCellsXlsx()
      );
    const run = statements(register);
    expect(run.status).toBe(REFUSED);
    expect(run.stderr).toContain(`Refusé : Le fichier « ${register} » ${words}`);
    expect(run.stderr).toContain("Aucun fichier écrit.");
    expect(run.stderr).not.toMatch(/Erreur inattendue|Cannot|undefined|\n\s+at /);
    expect(run.runFolder).toEqual([]);
  });
});
