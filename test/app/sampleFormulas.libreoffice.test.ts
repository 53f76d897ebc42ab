/*
 * The formulas beside the sample's Membres table, computed by a real spreadsheet: LibreOffice
 * (Debian: libreoffice-calc-nogui) opens the sample written for an exercise and computes the
 * column « Options <exercice> » that ENT.CONTRIB takes: the Val d'Exemple's mois=4 in 2025 only
 * (issue 13). ENT.CONTRIB itself needs Excel. Skipped with a note where soffice is missing.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as ExcelJS from "exceljs";
import { sampleRegisterSheets } from "../../src/app/sampleRegister";
import { createXlsxWorkbook } from "../../src/workbook/file/xlsxWorkbook";

const HAS_SOFFICE = spawnSync("soffice", ["--version"]).error === undefined;
if (!HAS_SOFFICE) {
  console.warn(
    "soffice missing (Debian: apt-get install -y libreoffice-calc-nogui): the sample's formulas are not computed."
  );
}
const withSoffice = HAS_SOFFICE ? test : test.skip;

/** The sample written for the year, recomputed and saved again by LibreOffice. */
async function computedByLibreOffice(year: number): Promise<ExcelJS.Workbook> {
  const workbook = await createXlsxWorkbook();
  await workbook.writeSheets(sampleRegisterSheets(year));
  const dir = mkdtempSync(join(tmpdir(), "sample-formulas-"));
  try {
    writeFileSync(join(dir, "registre.xlsx"), await workbook.toXlsx());
    const run = (args: string[]) => {
      const out = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
          "--headless",
          ...args,
        ],
        { encoding: "utf8", timeout: 120_000 }
      );
      if (out.status !== 0) throw new Error(`soffice failed (${out.status}): ${out.stderr}`);
    };
    // Through .ods, so that LibreOffice computes every formula and writes its results.
    run(["--convert-to", "ods", "--outdir", join(dir, "ods"), join(dir, "registre.xlsx")]);
    run(["--convert-to", "xlsx", "--outdir", join(dir, "xlsx"), join(dir, "ods", "registre.ods")]);
    const computed = new ExcelJS.Workbook();
    await computed.xlsx.load(
      readFileSync(join(dir, "xlsx", "registre.xlsx")) as unknown as ExcelJS.Buffer
    );
    return computed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Name → options of the year (column P), as computed. */
function optionsOfYear(workbook: ExcelJS.Workbook): Record<string, string> {
  const sheet = workbook.getWorksheet("Membres");
  if (!sheet) throw new Error("no Membres sheet");
  const found: Record<string, string> = {};
  for (let row = 2; row <= 6; row += 1) {
    const cell = sheet.getCell(`P${row}`).value;
    // A formula cell: { formula, result }, without a result when LibreOffice computed "".
    const result =
      cell !== null && typeof cell === "object" ? (cell as { result?: unknown }).result : cell;
    found[String(sheet.getCell(`A${row}`).value)] = String(result ?? "");
  }
  return found;
}

describe("the sample's « Options <exercice> » column, computed by LibreOffice", () => {
  withSoffice(
    "2025: the Val d'Exemple's mois=4 from Options par exercice; 2026: none",
    async () => {
      const [in2025, in2026] = await Promise.all([
        computedByLibreOffice(2025),
        computedByLibreOffice(2026),
      ]);
      expect(optionsOfYear(in2025)).toEqual({
        "Ville de Hem": "",
        "Communauté d'agglomération du Caudrésis-Catésis": "accompagnement",
        "Commune d'Exemple-sur-Lys": "demi-journees=2",
        "Communauté de communes du Val d'Exemple": "mois=4",
        "Commune de Retrait-Exemple": "",
      });
      expect(optionsOfYear(in2026)["Communauté de communes du Val d'Exemple"]).toBe("");
      expect(optionsOfYear(in2026)["Commune d'Exemple-sur-Lys"]).toBe("demi-journees=2");
    },
    240_000
  );
});
