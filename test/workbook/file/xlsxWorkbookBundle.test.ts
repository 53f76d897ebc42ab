import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { build } from "esbuild";
import { sampleRegisterSheets } from "../../../src/app/sampleRegister";
import * as nodeBuild from "../../../src/workbook/file/xlsxWorkbook";

type XlsxModule = typeof import("../../../src/workbook/file/xlsxWorkbook");

const ENTRY = resolve(__dirname, "../../../src/workbook/file/xlsxWorkbook.ts");

describe("xlsxWorkbook in a browser bundle", () => {
  test("ExcelJS's browser build is a chunk of its own, loaded only when a workbook is opened or created", async () => {
    const result = await build({
      entryPoints: [ENTRY],
      bundle: true,
      format: "esm",
      platform: "browser",
      splitting: true,
      minify: true,
      outdir: join(tmpdir(), "xlsx-bundle"),
      write: false,
      logLevel: "silent",
    });
    const files = result.outputFiles.map((file) => ({
      name: basename(file.path),
      size: file.contents.length,
      text: file.text,
    }));
    // The package's "browser" field: dist/exceljs.min.js, not the Node build.
    const excel = files.find((file) => file.name.startsWith("exceljs.min-"));
    const entry = files.find((file) => file.name === "xlsxWorkbook.js");
    expect(excel?.size).toBeGreaterThan(500_000);
    // The reader, bookToExcelJS and the gateway (44 kB minified with the print layout kept):
    // ExcelJS, ten times that, is not among them.
    expect(entry?.size).toBeLessThan(50_000);
    expect(entry?.text).toContain(`import("./${excel?.name}")`);
  });

  test("the browser build of ExcelJS writes a workbook and reads it back", async () => {
    const result = await build({
      entryPoints: [ENTRY],
      bundle: true,
      format: "cjs",
      platform: "browser",
      write: false,
      logLevel: "silent",
    });
    const folder = mkdtempSync(join(tmpdir(), "xlsx-bundle-"));
    try {
      const file = join(folder, "xlsxWorkbook.cjs");
      writeFileSync(file, result.outputFiles[0]?.contents ?? "");
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is CommonJS
      const { createXlsxWorkbook, openXlsxWorkbook } = require(file) as XlsxModule;
      const workbook = await createXlsxWorkbook();
      await workbook.writeSheets(sampleRegisterSheets(2025));
      const reopened = await openXlsxWorkbook(await workbook.toXlsx());
      // The same tables as the sample's sheets have, read back by the Node build.
      const expected = await nodeBuild.createXlsxWorkbook();
      await expected.writeSheets(sampleRegisterSheets(2025));
      const addresses = async (book: { readTables(): Promise<{ address: string }[]> }) =>
        (await book.readTables()).map((table) => table.address).sort();
      expect(await addresses(reopened)).toEqual(
        await addresses(await nodeBuild.openXlsxWorkbook(await expected.toXlsx()))
      );
      expect(await addresses(reopened)).toEqual(
        expect.arrayContaining(["Membres!A1:M6", "Paramètres!A1:B24", "Écoles!A1:E12"])
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
