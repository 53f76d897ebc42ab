import {
  accountingCsvName,
  newStatementsCsv,
  statementsWorkbookName,
} from "../../src/app/generationFiles";
import { HEM, LYS, ROUBAIX, SETTINGS } from "../domain/statements/fixtures";
import { numbered } from "../domain/statements/numbered";

describe("the files of a generation, the same from the pane and the command line", () => {
  test("are named after the exercise", () => {
    expect(statementsWorkbookName(2025)).toBe("appels-2025.xlsx");
    expect(accountingCsvName(2026)).toBe("appels-2026.csv");
  });

  test("the accounting export holds the statements numbered newly, 15 € and more", () => {
    const [hem, roubaix, lys] = numbered([HEM, ROUBAIX, LYS]);
    if (!hem || !roubaix || !lys) throw new Error("three statements expected");
    expect(lys.draft.belowThreshold).toBe(true);
    const issuedBefore = { ...roubaix, outcome: "already-issued" as const };

    const csv = newStatementsCsv([hem, issuedBefore, lys], SETTINGS);

    expect(csv.count).toBe(1);
    const records = csv.text.trim().split("\r\n");
    expect(records).toHaveLength(2);
    expect(records[1]).toContain(hem.number);
    expect(csv.text).not.toContain(roubaix.number);
    expect(csv.text).not.toContain(lys.number);
  });

  test("without a Paramètres table, the export is still written, its issuer columns empty", () => {
    const [hem] = numbered([HEM]);
    if (!hem) throw new Error("one statement expected");
    expect(newStatementsCsv([hem], null).count).toBe(1);
    expect(newStatementsCsv([hem], null).text).toContain(hem.number);
  });
});
