import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as ExcelJS from "exceljs";
import { buildSampleRegister, SAMPLE_REGISTER_PATH } from "../../../scripts/make-sample-register";
import { openXlsxWorkbook } from "../../../src/workbook/file/xlsxWorkbook";
import { readZip } from "./zipFiles";

/** Every cell of every sheet: value (formulas as written), number format and bold. */
async function cellsOf(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((worksheet) => {
    const cells: unknown[] = [];
    worksheet.eachRow((row) =>
      row.eachCell((cell) =>
        cells.push([cell.address, cell.value, cell.numFmt, Boolean(cell.font?.bold)])
      )
    );
    return { name: worksheet.name, cells, pageSetup: worksheet.pageSetup };
  });
}

describe(SAMPLE_REGISTER_PATH, () => {
  const committed = new Uint8Array(
    readFileSync(resolve(__dirname, "../../..", SAMPLE_REGISTER_PATH))
  );

  test("holds what scripts/make-sample-register.ts writes (run it again after changing the sample register)", async () => {
    const built = await buildSampleRegister();
    const [asset, fresh] = await Promise.all([
      openXlsxWorkbook(committed),
      openXlsxWorkbook(built),
    ]);
    expect(await asset.sheetNames()).toEqual(await fresh.sheetNames());
    expect(await asset.readTables()).toEqual(await fresh.readTables());
    expect(await cellsOf(committed)).toEqual(await cellsOf(built));
  });

  test("reads as the register: tables Membres, Ecoles, Parametres and OptionsParExercice", async () => {
    const tables = await (await openXlsxWorkbook(committed)).readTables();
    expect(tables.map((table) => [table.name, table.address]).sort()).toEqual([
      ["Ecoles", "Écoles!A1:E12"],
      ["Membres", "Membres!A1:M6"],
      ["OptionsParExercice", "'Options par exercice'!A1:C2"],
      ["Parametres", "Paramètres!A1:B24"],
    ]);
  });

  test("is written the same at every run, whatever the date", async () => {
    const first = await buildSampleRegister();
    jest.useFakeTimers({
      now: Date.UTC(2031, 5, 15, 10, 30),
      doNotFake: [
        "nextTick",
        "setImmediate",
        "clearImmediate",
        "setTimeout",
        "clearTimeout",
        "setInterval",
        "clearInterval",
        "queueMicrotask",
        "hrtime",
        "performance",
      ],
    });
    try {
      expect(new Date().getUTCFullYear()).toBe(2031);
      expect(await buildSampleRegister()).toEqual(first);
    } finally {
      jest.useRealTimers();
    }
    expect(readZip(first).get("docProps/core.xml")).toContain("2025-01-01T00:00:00Z");
  });
});
