// Writes assets/registre-partage-exemple.xlsx, the example register of the sharing of net charges
// (RULES.md §5) shipped to users who work on a file: `npx tsx scripts/make-sharing-sample-register.ts`.
// The file is the pane's sharing sample (sharingSampleRegisterSheets) written through the .xlsx
// gateway, with fixed dates inside so that running the script again gives the same bytes.
// test/workbook/file/sharingSampleAsset.test.ts checks that the committed file has not drifted.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { SHARING_SAMPLE_YEAR, sharingSampleRegisterSheets } from "../src/app/sharingSampleRegister";
import { createXlsxWorkbook } from "../src/workbook/file/xlsxWorkbook";
import { reproducibleXlsx } from "./make-sample-register";

/** Where the sharing example register is written, from the repository root. */
export const SHARING_SAMPLE_PATH = "assets/registre-partage-exemple.xlsx";

/**
 * The sharing example register as an .xlsx file (tables Membres, Ecoles, Parametres, Charges and
 * Colleges, with the pupils and ENT.QUOTEPART formulas beside Membres).
 *
 * @returns the file's bytes, the same at every run
 * @example
 * writeFileSync(SHARING_SAMPLE_PATH, await buildSharingSampleRegister());
 */
export async function buildSharingSampleRegister(): Promise<Uint8Array> {
  const workbook = await createXlsxWorkbook();
  await workbook.writeSheets(sharingSampleRegisterSheets());
  return reproducibleXlsx(await workbook.toXlsx());
}

if (/make-sharing-sample-register\.ts$/.test(process.argv[1] ?? "")) {
  buildSharingSampleRegister()
    .then((bytes) => {
      writeFileSync(resolve(SHARING_SAMPLE_PATH), bytes);
      console.log(
        `${SHARING_SAMPLE_PATH} : registre d'exemple du partage des charges nettes, année scolaire ${SHARING_SAMPLE_YEAR - 1}-${SHARING_SAMPLE_YEAR} écrit (${bytes.length} octets).`
      );
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
