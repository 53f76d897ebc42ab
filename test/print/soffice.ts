import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

// LibreOffice (Debian: libreoffice-calc-nogui) prints a workbook as Excel would: column widths,
// wrapped cells and the rows they grow, print areas, page setup. With Carlito (Debian:
// fonts-crosextra-carlito), a font on Calibri's metrics, the widths of the texts are Calibri's.
// Where soffice is missing, the checks that need it are skipped with a note.

/** True when soffice can run here. */
export const HAS_SOFFICE = spawnSync("soffice", ["--version"]).error === undefined;

/** True when the Carlito font is installed (fc-list knows it). */
export const HAS_CARLITO =
  (spawnSync("fc-list", [":family=Carlito"], { encoding: "utf8" }).stdout ?? "").trim() !== "";

/** True when the sheets can be printed as Excel would: soffice, and Carlito for Calibri. */
export const CAN_PRINT = HAS_SOFFICE && HAS_CARLITO;

/**
 * `test` when soffice, Carlito and poppler-utils are installed, `test.skip` otherwise (with the
 * console note below).
 */
export const sofficeTest = (hasPoppler: boolean): typeof test =>
  CAN_PRINT && hasPoppler ? test : test.skip;

if (!HAS_SOFFICE) {
  console.warn(
    "soffice missing (Debian: apt-get install -y libreoffice-calc-nogui fonts-crosextra-carlito): the printed sheets are not checked."
  );
} else if (!HAS_CARLITO) {
  console.warn(
    "Carlito missing (Debian: apt-get install -y fonts-crosextra-carlito): without Calibri's metrics LibreOffice would print in another font, so the printed sheets are not checked."
  );
}

/**
 * Prints a workbook to PDF with LibreOffice, headless, in a profile of its own (a fresh
 * -env:UserInstallation per call, so that neither a user's settings nor another run's lock get
 * in the way).
 *
 * @param xlsx - the workbook's bytes
 * @returns the PDF's bytes
 */
export function printWithLibreOffice(xlsx: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "print-sheets-"));
  try {
    const workbook = join(dir, "appels.xlsx");
    writeFileSync(workbook, xlsx);
    const out = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        workbook,
      ],
      { encoding: "utf8", timeout: 120_000 }
    );
    if (out.status !== 0) throw new Error(`soffice failed (${out.status}): ${out.stderr}`);
    return new Uint8Array(readFileSync(join(dir, "appels.pdf")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
