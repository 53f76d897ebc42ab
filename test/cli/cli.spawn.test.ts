import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const PROJECT_ROOT = resolve(__dirname, "../..");

describe("the command, as a user runs it", () => {
  let folder = "";

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test("npx tsx scripts/statements/cli.ts --year 2025 --out <tmp> writes the statements, exit 0", async () => {
    folder = await mkdtemp(join(tmpdir(), "appels-e2e-"));
    const out = join(folder, "appels");
    const result = spawnSync(
      "npx",
      ["tsx", "scripts/statements/cli.ts", "--year", "2025", "--out", out, "--date", "2025-03-01"],
      { cwd: PROJECT_ROOT, encoding: "utf8", timeout: 20_000 }
    );
    expect(result.stderr).not.toContain("ERREUR");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Ville de Hem");
    expect(readdirSync(out).sort()).toEqual([
      "appel-2025-0001.pdf",
      "appel-2025-0002.pdf",
      "appel-2025-0003.pdf",
      "appel-2025-0004.pdf",
      "appels-2025.csv",
      "appels-2025.xlsx",
    ]);
    const xlsx = await readFile(join(out, "appels-2025.xlsx"));
    expect(xlsx.subarray(0, 2).toString("latin1")).toBe("PK");
  });

  test("a bad argument exits 2 with a French message and no stack trace", () => {
    const result = spawnSync("npx", ["tsx", "scripts/statements/cli.ts", "--year", "vingt"], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--year attend une année sur 4 chiffres");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
