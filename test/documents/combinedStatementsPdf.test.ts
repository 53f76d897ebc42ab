import { PDFDocument } from "pdf-lib";
import { statementPdf } from "../../src/documents/statementPdf";
import { combinedStatementsPdf } from "../../src/documents/combinedStatementsPdf";
import { HEM, LYS, ROUBAIX, SETTINGS } from "../domain/statements/fixtures";
import { numberedOne } from "../domain/statements/numbered";

describe("combinedStatementsPdf", () => {
  test("puts every statement's pages in one PDF, in order, with the year in the title", async () => {
    const statements = [numberedOne(HEM), numberedOne(ROUBAIX), numberedOne(LYS)];
    const singles = await Promise.all(
      statements.map(async (s) => PDFDocument.load(statementPdf(s, SETTINGS)))
    );
    const combined = await PDFDocument.load(combinedStatementsPdf(statements, SETTINGS, 2025));
    expect(combined.getPageCount()).toBe(singles.reduce((sum, pdf) => sum + pdf.getPageCount(), 0));
    expect(combined.getTitle()).toBe("Appels de contribution ENT 2025");
    expect(combined.getAuthor()).toBe(SETTINGS.name);
  });
});
