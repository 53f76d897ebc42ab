/*
 * npm run statements on the sample register of the sharing of net charges (RULES.md §5), end to
 * end in-process: the run folder, the statements with the base line by line in the PDFs read back
 * with pdftotext (and the first page rendered with pdftoppm into test-output/documents), the CSV,
 * the journal and the PES file; generating again keeps the numbers.
 */
import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT } from "../../src/cli/runStatements";
import { SHARING_SAMPLE_PATH } from "../../scripts/make-sharing-sample-register";
import { flat, pdfText, popplerTest, renderFirstPage } from "../documents/poppler";
import { entriesOf, runIn } from "./cliHarness";
import { PROJECT_ROOT } from "./registerCopies";

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "appels-partage-"));
  await copyFile(join(PROJECT_ROOT, SHARING_SAMPLE_PATH), join(folder, "partage.xlsx"));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** After the school year 2025-2026, as the charter calls it (art. 4.4). */
const NOW = new Date(2026, 9, 1, 9, 0);
const JOB = ["--in", "partage.xlsx", "--out", "sortie"];

describe("npm run statements on the sharing sample register", () => {
  test("without --year: the exercise 2026, 13 statements, the base line by line; exit 0", async () => {
    const result = await runIn(folder, JOB, { now: NOW });
    expect(result.err).not.toContain("ERREUR");
    expect(result.code).toBe(EXIT.ok);
    const out = join(folder, "sortie", "2026-10-01_01");
    const files = await entriesOf(out);
    expect(files.filter((name) => name.endsWith(".pdf"))).toHaveLength(13);
    expect(files).toEqual(
      expect.arrayContaining(["appels-2026.csv", "appels-2026.xlsx", "journal-2026.csv"])
    );
    expect(files.some((name) => /^PESALR1_.*\.xml$/.test(name))).toBe(true);
    expect(result.out).toContain(
      "Mode d'appel : partage des charges nettes de l'année scolaire 2025-2026 (RULES.md §5)"
    );
    expect(result.out).toMatch(/2026-0001 +Commune d'Abbeville +1.948 +36.924,19.€/);
    expect(result.out).toMatch(/2026-0013 +Département de la Somme +0 +74.324,90.€/);
    expect(result.out).toMatch(/Total : 13 appels, 327.733,24.€/);
    const journal = await readFile(join(out, "journal-2026.csv"), "utf8");
    expect(journal).toContain(
      "2026-0001;2026;Commune d'Abbeville;36924,19;1948;01/10/2026;partage-2025-2026;émis"
    );
    expect(journal).toContain(
      "2026-0013;2026;Département de la Somme;74324,90;0;01/10/2026;colleges-2025-2026;émis"
    );

    const csv = await readFile(join(out, "appels-2026.csv"), "utf8");
    expect(csv).toContain(
      "2026-0001;Commune d'Abbeville;21800010700019;Contribution ENT 2025-2026 (charges nettes) - Commune d'Abbeville;36924,19;"
    );
    expect(csv).toContain(
      ";Service ENT des collèges 2025-2026 - Département de la Somme;74324,90;DEPT-ENT;"
    );

    const again = await runIn(folder, JOB, { now: new Date(2026, 9, 2, 9, 0) });
    expect(again.code).toBe(EXIT.ok);
    // The same numbers, each "déjà émis", and no new titre in the accounting export.
    expect(again.out).toMatch(/2026-0001 +Commune d'Abbeville +1.948 +36.924,19.€ +déjà émis/);
    expect(again.out).toMatch(/2026-0013 +Département de la Somme .* déjà émis/);
    expect(again.out).toContain("appels-2026.csv  export comptable (0 appel)");
  });

  popplerTest(
    "the PDFs print the base, the FEDER, the pupils and the share; the collèges at market prices",
    async () => {
      const result = await runIn(folder, JOB, { now: NOW });
      expect(result.code).toBe(EXIT.ok);
      const out = join(folder, "sortie", "2026-10-01_01");
      const abbeville = await readFile(join(out, "appel-2026-0001.pdf"));
      const text = flat(pdfText(abbeville));
      for (const line of [
        "Élèves bénéficiaires 1 948",
        "Plateforme mutualisée paiements acquittés 5 208 130,40 €",
        "Convention d'accompagnement par CANOPE paiements acquittés 2 30 000,00 €",
        "Charges acquittées, année scolaire 2025-2026 348 408,34 €",
        "FEDER obtenu pour les membres, déduit déduction (charte, art. 4.4) -95 000,00 €",
        "Assiette nette partagée 253 408,34 €",
        "Élèves bénéficiaires de l'ensemble des membres élèves 13 369",
        "Élèves bénéficiaires du membre élèves 1 948",
        "Total à payer 36 924,19 €",
        "Partage des charges nettes de l'année scolaire 2025-2026 (du 01/09/2025 au 31/08/2026)",
        "Titre de recettes exécutoire",
      ]) {
        expect(text).toContain(line);
      }
      const departement = flat(pdfText(await readFile(join(out, "appel-2026-0013.pdf"))));
      expect(departement).toContain("27 384 1,85 € 50 660,40 €");
      expect(departement).toContain("Total à payer 74 324,90 €");
      expect(departement).not.toContain("Élèves facturés");
      expect(renderFirstPage(abbeville, "partage-appel-2026-0001").stderr).toBe("");
    }
  );
});
