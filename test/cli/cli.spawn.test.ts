import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT, readyRegister, SAMPLE_ISSUE_DATE } from "./registerCopies";

describe("the command, as a user runs it (npm run statements)", () => {
  let folder = "";
  /** The compiled command, in a folder of this test's own. */
  let bundle = "";

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "appels-e2e-"));
    bundle = join(folder, "bundle");
  });

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  function statements(args: string[]) {
    return spawnSync("npm", ["run", "--silent", "statements", "--", ...args], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      timeout: 60_000,
      env: {
        ...process.env,
        ENT_STATEMENTS_BUNDLE_DIR: bundle,
        ENT_JOURNAL_DIR: join(folder, "journaux"),
      },
    });
  }

  function builtFrom(): { builtAt: number; inputs: string[] } {
    return JSON.parse(readFileSync(join(bundle, "built-from.json"), "utf8")) as {
      builtAt: number;
      inputs: string[];
    };
  }

  test("--year 2025 --out <tmp> writes the statements into a run folder, exit 0", async () => {
    const register = await readyRegister(join(folder, "registre.xlsx"));
    const out = join(folder, "appels");
    const result = statements([
      "--in",
      register,
      "--year",
      "2025",
      "--out",
      out,
      "--date",
      SAMPLE_ISSUE_DATE,
    ]);
    expect(result.stderr).not.toContain("ERREUR");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Ville de Hem");
    expect(result.stdout).toContain(`Journal des numéros : ${join(folder, "journaux")}`);
    expect(readdirSync(out)).toEqual(["2025-10-01_01"]);
    expect(readdirSync(join(out, "2025-10-01_01")).sort()).toEqual([
      "PESALR1_20003038600020_12300_2025_B0000001.xml",
      "appel-2025-0001.pdf",
      "appel-2025-0002.pdf",
      "appel-2025-0003.pdf",
      "appel-2025-0004.pdf",
      "appels-2025.csv",
      "appels-2025.xlsx",
      "journal-2025.csv",
    ]);
    const xlsx = await readFile(join(out, "2025-10-01_01", "appels-2025.xlsx"));
    expect(xlsx.subarray(0, 2).toString("latin1")).toBe("PK");
  });

  test("the command is compiled once, from the files it is made of, and again after a change", () => {
    expect(readdirSync(bundle)).toEqual(
      expect.arrayContaining(["cli.js", "pdfWorker.js", "built-from.json"])
    );
    const first = builtFrom();
    expect(first.inputs).toEqual(
      expect.arrayContaining([
        "src/cli/cli.ts",
        "src/cli/pdfWorker.ts",
        "src/documents/pdf/pdfWriter.ts",
      ])
    );
    expect(first.inputs.some((path) => path.startsWith("node_modules/"))).toBe(false);

    expect(statements(["--help"]).status).toBe(0);
    expect(builtFrom().builtAt).toBe(first.builtAt);

    // As if every source had changed since the build.
    writeFileSync(join(bundle, "built-from.json"), JSON.stringify({ ...first, builtAt: 0 }));
    expect(statements(["--help"]).status).toBe(0);
    expect(builtFrom().builtAt).toBeGreaterThan(0);

    // A file it was built from that is gone makes it stale too.
    const gone = { builtAt: Date.now() + 60_000, inputs: ["src/nothing-here.ts"] };
    writeFileSync(join(bundle, "built-from.json"), JSON.stringify(gone));
    expect(statements(["--help"]).status).toBe(0);
    expect(builtFrom().inputs).toContain("src/cli/cli.ts");
  });

  test("a bad argument exits 2 with a French message and no stack trace", () => {
    const result = statements(["--year", "vingt"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--year attend une année sur 4 chiffres");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test("--year 2018 exits 2 listing the years accepted, not as an unexpected error", () => {
    const result = statements(["--year", "2018", "--out", join(folder, "vieux")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("aucun barème pour 2018 : exercices acceptés 2019 à …");
    expect(result.stderr).not.toContain("Erreur inattendue");
  });

  test("--out /proc/x fails at once with a French message", () => {
    const start = performance.now();
    const result = statements(["--year", "2025", "--out", "/proc/x"]);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--out : impossible d'écrire dans /proc/x");
  });
});
