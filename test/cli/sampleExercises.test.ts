/*
 * The quick start, `npm run statements` with no argument, on the sample register: this year's
 * statements. The Val d'Exemple's part year is a fact of 2025 only (issue 13): in 2026 it is
 * billed the full year, and in 2025 still 4/12.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT } from "../../src/cli/runStatements";
import { runIn } from "./cliHarness";

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "appels-exercices-"));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("npm run statements on the sample register, exercise by exercise", () => {
  test("no argument in 2026: the Val d'Exemple billed 3 003,00 € (2 310 × 1,30 €), not 1 001,00 €", async () => {
    const result = await runIn(folder, [], { now: new Date(2026, 2, 2, 9, 0) });
    expect(result.err).not.toContain("ERREUR");
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain("exercice 2026 (année en cours : --year non donné)");
    expect(result.out).toMatch(/Val d'Exemple +2\s310 +3\s003,00\s€/);
    expect(result.out).not.toMatch(/Val d'Exemple.*1\s001,00/);
    const journal = await readFile(
      join(folder, "appels-2026", "2026-03-02_01", "journal-2026.csv"),
      "utf8"
    );
    expect(journal).toContain(";2026;Communauté de communes du Val d'Exemple;3003,00;2310;");
  });

  test("--year 2025: its part year of 2025, 1 001,00 € (2 310 × 1,30 € × 4/12)", async () => {
    const result = await runIn(folder, ["--year", "2025", "--date", "2025-10-01", "--out", "o"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toMatch(/Val d'Exemple +2\s310 +1\s001,00\s€/);
  });
});
