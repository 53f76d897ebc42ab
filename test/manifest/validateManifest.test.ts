import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mutate, ROOT } from "./manifestFixture";

// End-to-end test of the `npm run validate` CLI (scripts/validate-manifest.ts, run through tsx):
// Microsoft's XSD and the project's own rules, one line per problem.

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

  test("prints each error of Microsoft's XSD as an ERREUR line with its line, counted in the summary", () => {
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    try {
      const file = join(dir, "manifest.xml");
      const xml = mutate(
        "<Permissions>ReadWriteDocument<",
        "<Permissions>ReadWriteWorkbook<",
        mutate(/<LearnMoreUrl [^>]*\/>\s*/, "")
      );
      writeFileSync(file, xml);
      const lineOf = (text: string): number =>
        xml.split("\n").findIndex((line) => line.includes(text)) + 1;
      const run = runCli(file);
      expect(run.status).toBe(1);
      const ns = "http://schemas.microsoft.com/office";
      expect(run.stdout.split("\n")).toEqual([
        `ERREUR ${file}:${lineOf("<Permissions>")} [xsd] schéma XSD de Microsoft : Element '{${ns}/appforoffice/1.1}Permissions': [facet 'enumeration'] The value 'ReadWriteWorkbook' is not an element of the set {'Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'}.`,
        `ERREUR ${file}:${lineOf("<GetStarted>")} [xsd] schéma XSD de Microsoft : Element '{${ns}/taskpaneappversionoverrides}GetStarted': Missing child element(s). Expected is ( {${ns}/taskpaneappversionoverrides}LearnMoreUrl ).`,
        // The resource LearnMoreUrl used is now unused: the project's own rule says so.
        expect.stringMatching(
          /^AVERTISSEMENT .*\[resource-unused\] La ressource « GetStarted\.LearnMoreUrl »/
        ),
        `${file} : manifeste invalide (2 erreurs, 1 avertissement).`,
        "",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
