// Offline manifest check, run by `npm run validate` (tsx scripts/validate-manifest.ts [path]).
// Default path: manifest.xml; `dist/manifest.xml` checks the manifest rewritten by the build.
// Checks it against Microsoft's XSD (vendored in scripts/manifest/schemas/, run by libxml2 in
// WebAssembly) and against the project's own rules. Prints one ERREUR / AVERTISSEMENT line per
// problem and a summary; exit code 1 on any error.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ManifestProblem } from "./manifest/checkManifest";
import { validateManifest } from "./manifest/validateManifest";

/** Formats one problem as a console line: `ERREUR manifest.xml:57 [code] message`. */
function formatProblem(file: string, problem: ManifestProblem): string {
  const level = problem.level === "error" ? "ERREUR" : "AVERTISSEMENT";
  const where = problem.line === undefined ? file : `${file}:${problem.line}`;
  return `${level} ${where} [${problem.code}] ${problem.message}`;
}

/** Checks the manifest at `file`, prints the report, and returns the process exit code. */
async function validateManifestFile(file: string): Promise<number> {
  let xml: string;
  try {
    xml = readFileSync(resolve(file), "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`ERREUR ${file} : lecture impossible (${reason}).`);
    if (file.startsWith("dist"))
      console.error("Lancez d'abord « npm run build » pour produire dist/manifest.xml.");
    return 1;
  }
  const problems = await validateManifest(xml);
  const order = (p: ManifestProblem): number => (p.level === "error" ? 0 : 1e9) + (p.line ?? 0);
  for (const problem of [...problems].sort((a, b) => order(a) - order(b))) {
    console.log(formatProblem(file, problem));
  }
  const errors = problems.filter((p) => p.level === "error").length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string): string => `${n} ${word}${n > 1 ? "s" : ""}`;
  const verdict = errors > 0 ? "manifeste invalide" : "manifeste valide";
  console.log(
    `${file} : ${verdict} (${plural(errors, "erreur")}, ${plural(warnings, "avertissement")}).`
  );
  return errors > 0 ? 1 : 0;
}

void validateManifestFile(process.argv[2] ?? "manifest.xml").then((code) => {
  process.exitCode = code;
});
