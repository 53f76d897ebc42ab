import { statementPdf } from "../../src/documents/statementPdf";
import { combinedStatementsPdf } from "../../src/documents/combinedStatementsPdf";
import type { NumberedStatement } from "../../src/domain/statements/types";
import { HEM, HEM_SCHOOLS, ROUBAIX, SETTINGS } from "../domain/statements/fixtures";
import { numbered, numberedOne } from "../domain/statements/numbered";
import { LONG_NAMES, LONG_SETTINGS, longStatements } from "./longStatements";
import { flat, overlappingWords, pdfText, pdfWords, popplerTest } from "./poppler";

// Where poppler puts each word of a statement PDF: no two words may share any part of their
// boxes (a label running into its value, a cell into the next). Issue 15: "Écoles équipées en
// 2025" ran into "6 sur 11" on every statement billed from the schools.

describe("statement PDFs, word boxes read back with pdftotext -bbox", () => {
  popplerTest("no two words overlap on the usual statements, billed from schools or pupils", () => {
    const [fromSchools] = numbered([{ ...HEM, pupils: null }], 2025, HEM_SCHOOLS);
    if (fromSchools === undefined) throw new Error("no statement");
    const statements: NumberedStatement[] = [
      fromSchools,
      numberedOne(HEM),
      numberedOne({ ...ROUBAIX, options: "accompagnement; subvention=100" }),
      numberedOne({ ...ROUBAIX, options: "feder=10 %; demi-journees=2" }),
    ];
    for (const statement of statements) {
      const words = pdfWords(statementPdf(statement, SETTINGS));
      expect(words.length).toBeGreaterThan(100);
      expect({ number: statement.number, overlaps: overlappingWords(words) }).toEqual({
        number: statement.number,
        overlaps: [],
      });
    }
    const schools = flat(pdfText(statementPdf(fromSchools, SETTINGS)));
    expect(schools).toContain("Écoles équipées en 2025 6 sur 11");
  });

  popplerTest(
    "no two words overlap with names and components of 120 characters, deductions and many lines",
    () => {
      const statements = longStatements();
      const bytes = combinedStatementsPdf(statements, LONG_SETTINGS, 2025);
      const words = pdfWords(bytes);
      // The twelve times repeated lines fill more than one page.
      expect(Math.max(...words.map((word) => word.page))).toBeGreaterThan(statements.length);
      expect(overlappingWords(words)).toEqual([]);
      // Every long name is there, whole (compared without spaces: a word wider than the
      // debtor's box is cut between characters).
      const squeezed = flat(pdfText(bytes)).replace(/ /g, "");
      for (const name of Object.values(LONG_NAMES))
        expect(squeezed).toContain(name.replace(/ /g, ""));
    }
  );

  test("the overlap check finds two words drawn over each other", () => {
    const word = { page: 1, xMin: 10, yMin: 10, xMax: 40, yMax: 20 };
    expect(
      overlappingWords([
        { ...word, text: "Écoles" },
        { ...word, text: "6", xMin: 35, xMax: 45 },
        { ...word, text: "suivant", yMin: 19.8, yMax: 29 },
        { ...word, text: "ailleurs", page: 2 },
      ])
    ).toEqual(["page 1: «Écoles» over «6»"]);
  });
});
