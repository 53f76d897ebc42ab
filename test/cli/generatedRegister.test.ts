import { canGenerate, prepareStatements } from "../../src/app/statementsWorkflow";
import { statementPdf } from "../../src/documents/statementPdf";
import { isValidSiretWithSiren } from "../../src/domain/identifiers/siren";
import { openXlsxWorkbook } from "../../src/workbook/file/xlsxWorkbook";
import { generatedSiret, makeRegister } from "../../bench/makeRegister";
import { pdfWorkerCount, renderStatementPdfs } from "../../src/cli/pdfFiles";

describe("the benchmark's generated register", () => {
  test("has valid SIRETs, their SIREN's key included, each its own", () => {
    const indexes = [0, 1, 7, 999, 9_999, 10_000, 123_456, 999_999];
    for (const index of indexes) expect(isValidSiretWithSiren(generatedSiret(index))).toBe(true);
    expect(new Set(indexes.map(generatedSiret)).size).toBe(indexes.length);
  });

  test("reads without error and varies: withdrawn members, schools, below 15 €, options", async () => {
    const workbook = await openXlsxWorkbook(await makeRegister(120));
    const run = await prepareStatements(workbook, 2025, "2025-03-01");
    expect(run.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(canGenerate(run)).toBe(true);
    const drafts = run.preview?.drafts ?? [];
    // Members 50 and 100 withdrew at the end of 2023.
    expect(drafts).toHaveLength(118);
    expect(drafts.some((d) => d.belowThreshold)).toBe(true);
    expect(drafts.some((d) => d.pupils.from === "schools")).toBe(true);
    expect(new Set(drafts.map((d) => d.member.options)).size).toBeGreaterThan(4);
  });
});

describe("PDFs in worker threads", () => {
  test("a few statements are rendered in this thread, many in one worker per processor but one", () => {
    expect(pdfWorkerCount(4, 8)).toBe(0);
    expect(pdfWorkerCount(99, 8)).toBe(0);
    expect(pdfWorkerCount(100, 8)).toBe(1);
    expect(pdfWorkerCount(250, 8)).toBe(2);
    expect(pdfWorkerCount(1000, 8)).toBe(7);
    expect(pdfWorkerCount(1000, 2)).toBe(1);
    expect(pdfWorkerCount(1000, 1)).toBe(0);
  });

  test("workers give the same bytes, in the same order, as statementPdf here", async () => {
    const workbook = await openXlsxWorkbook(await makeRegister(230));
    const run = await prepareStatements(workbook, 2025, "2025-03-01");
    const statements = run.numbering?.statements ?? [];
    const settings = run.settings;
    if (settings === null) throw new Error("no settings");
    expect(statements.length).toBeGreaterThanOrEqual(200);
    const rendering = await renderStatementPdfs(statements, settings, 3);
    expect(rendering.workers).toBe(2);
    expect(rendering.files).toHaveLength(statements.length);
    for (const index of [0, 44, 150, statements.length - 1]) {
      const statement = statements[index];
      if (!statement) throw new Error(`no statement ${index}`);
      expect(Buffer.from(rendering.files[index] ?? [])).toEqual(
        Buffer.from(statementPdf(statement, settings))
      );
    }
  });
});
