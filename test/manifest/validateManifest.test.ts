import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mutate, ROOT } from "./manifestFixture";

// End-to-end test of the `npm run validate` CLI (scripts/validate-manifest.ts, run through tsx).

describe("scripts/validate-manifest.ts (npm run validate)", () => {
  /** Runs the CLI through tsx, as `npm run validate` does. */
  const runCli = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [require.resolve("tsx/cli"), "scripts/validate-manifest.ts", ...args],
      {
        cwd: ROOT,
        encoding: "utf8",
      }
    );

  test("accepts manifest.xml by default (exit code 0)", () => {
    const run = runCli();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("manifest.xml : manifeste valide (0 erreur, 0 avertissement).");
  }, 30_000);

  test("prints ERREUR / AVERTISSEMENT lines and exits with 1 on an error", () => {
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    try {
      const file = join(dir, "manifest.xml");
      const orphan =
        '<bt:Url id="Orphan.Url" DefaultValue="https://localhost:3000/x.html"/></bt:Urls>';
      writeFileSync(
        file,
        mutate("</bt:Urls>", orphan, mutate('lifetime="long"', 'lifetime="short"'))
      );
      const run = runCli(file);
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/^ERREUR .*manifest\.xml:\d+ \[shared-runtime\] /m);
      expect(run.stdout).toMatch(/^AVERTISSEMENT .*manifest\.xml:\d+ \[resource-unused\] /m);
      expect(run.stdout).toContain("manifeste invalide (1 erreur, 1 avertissement).");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
