import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  buildSharingSampleRegister,
  SHARING_SAMPLE_PATH,
} from "../../../scripts/make-sharing-sample-register";
import { prepareStatements } from "../../../src/app/statementsWorkflow";
import { openXlsxWorkbook } from "../../../src/workbook/file/xlsxWorkbook";

describe(SHARING_SAMPLE_PATH, () => {
  const committed = new Uint8Array(
    readFileSync(resolve(__dirname, "../../..", SHARING_SAMPLE_PATH))
  );

  test("holds what scripts/make-sharing-sample-register.ts writes (run it again after changing the sample)", async () => {
    const [asset, fresh] = await Promise.all([
      openXlsxWorkbook(committed),
      openXlsxWorkbook(await buildSharingSampleRegister()),
    ]);
    expect(await asset.sheetNames()).toEqual(await fresh.sheetNames());
    expect(await asset.readTables()).toEqual(await fresh.readTables());
  });

  test("reads as a register of the sharing method, without error, for the exercise 2026", async () => {
    const workbook = await openXlsxWorkbook(committed);
    const tables = await workbook.readTables();
    expect(tables.map((table) => table.name).sort()).toEqual([
      "Charges",
      "Colleges",
      "Ecoles",
      "Membres",
      "Parametres",
    ]);
    const run = await prepareStatements(workbook, 2026, "2026-09-15");
    expect(run.method).toBe("sharing");
    expect(run.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(run.blockers).toEqual([]);
    // 12 shares summing to the net base 253 408,34 €, and the Département's 74 324,90 €.
    expect(run.preview?.drafts).toHaveLength(13);
    expect(run.preview?.totals.totalCents).toBe(25_340_834 + 7_432_490);
  });
});
