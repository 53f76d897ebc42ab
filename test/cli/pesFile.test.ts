import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { text } from "../../src/domain/sheets/SheetSpec";
import type { XlsxWorkbook } from "../../src/workbook/file/xlsxWorkbook";
import { EXIT } from "../../src/cli/runStatements";
import { expectValidPes } from "../pes/pesXsdHelper";
import { entriesOf, runIn } from "./cliHarness";
import { readyRegister, SAMPLE_ISSUE_DATE } from "./registerCopies";

// The PES V2 file of `npm run statements`: written beside the other outputs when the
// Paramètres table has the PES settings; skipped with an AVERTISSEMENT when one is missing; a
// refusal before anything is written with --pes.

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "appels-pes-"));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const JOB = [
  "--in",
  "registre.xlsx",
  "--year",
  "2025",
  "--date",
  SAMPLE_ISSUE_DATE,
  "--out",
  "sortie",
];
const PES_FILE = "PESALR1_20003038600020_12300_2025_B0000001.xml";

/** Empties the value of a setting of the Paramètres table. */
async function blankSetting(workbook: XlsxWorkbook, key: string): Promise<void> {
  const table = (await workbook.readTables()).find((t) => t.name === "Parametres");
  const row = table?.values.findIndex((values) => values[0] === key) ?? -1;
  if (!table || row < 1) throw new Error(`no setting ${key}`);
  await workbook.updateTableCells(table.name, [{ row: row + 1, column: 1, cell: text("") }]);
}

describe("npm run statements and the PES V2 file", () => {
  test("writes a PES file valid against DGFiP's schemas into the run folder", async () => {
    await readyRegister(join(folder, "registre.xlsx"));
    const result = await runIn(folder, JOB);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toContain(
      `${PES_FILE}  fichier PES V2 pour Hélios, bordereau n° 1 (4 titres), non signé`
    );
    const xml = await readFile(join(folder, "sortie", "2025-10-01_01", PES_FILE), "utf8");
    await expectValidPes(xml);
  });

  test("without a PES setting: the statements, an AVERTISSEMENT, no PES file; exit 0", async () => {
    await readyRegister(join(folder, "registre.xlsx"), undefined, (workbook) =>
      blankSetting(workbook, "Imputation nature")
    );
    const result = await runIn(folder, JOB);
    expect(result.code).toBe(EXIT.ok);
    expect(result.err).toContain("AVERTISSEMENT PES V2 : Paramètre « Imputation nature » manquant");
    expect(result.err).toContain("AVERTISSEMENT Fichier PES V2 non écrit (les appels le sont)");
    const files = await entriesOf(join(folder, "sortie", "2025-10-01_01"));
    expect(files).toContain("appels-2025.csv");
    expect(files.some((name) => name.endsWith(".xml"))).toBe(false);
  });

  test("with --pes and a PES setting missing: refused before anything is written, exit 1", async () => {
    await readyRegister(join(folder, "registre.xlsx"), undefined, (workbook) =>
      blankSetting(workbook, "Code budget")
    );
    const result = await runIn(folder, [...JOB, "--pes"]);
    expect(result.code).toBe(EXIT.refused);
    expect(result.err).toContain("le fichier PES V2 demandé (--pes) ne peut pas être écrit");
    expect(result.err).toContain("Paramètre « Code budget » manquant");
    expect(await entriesOf(join(folder, "sortie")).catch(() => [])).toEqual([]);
  });
});
