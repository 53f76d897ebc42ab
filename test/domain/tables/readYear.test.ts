import { readOptionalYear, readYear } from "../../../src/domain/tables/readYear";
import { cellProblemOf } from "./cellProblemOf";

const INVALID = "année attendue (par exemple 2025).";
const DATES = { datesFrom: 10_000 };

describe("readYear", () => {
  test.each([
    [2025, 2025],
    ["2025", 2025],
    [" 2025 ", 2025],
    [1900, 1900],
    [9999, 9999],
  ])("%p reads as %p", (cell, year) => {
    expect(readYear(cell)).toBe(year);
  });

  test.each([1899, 10000, 2025.5, "2025,5", "deux mille", "15/06/2024", 45458, true])(
    "%p is refused as not a year",
    (cell) => {
      const problem = cellProblemOf(() => readYear(cell));
      expect(problem.message).toBe(INVALID);
      expect(problem.reason).toBe("invalid");
    }
  );

  test.each([null, undefined, "", " "])("%p is missing", (cell) => {
    const problem = cellProblemOf(() => readYear(cell));
    expect(problem.message).toBe("valeur obligatoire.");
    expect(problem.reason).toBe("missing");
  });

  test("a table may say it in its own words", () => {
    const said = "exercice attendu (une année, par exemple 2025).";
    const messages = { missing: said, invalid: said };
    expect(cellProblemOf(() => readYear("", { messages })).message).toBe(said);
    expect(cellProblemOf(() => readYear("x", { messages })).message).toBe(said);
  });

  describe("with dates", () => {
    test.each([
      [2024, 2024],
      ["2024", 2024],
      [45458, 2024], // 15/06/2024
      [10_000, 1927], // 18/05/1927
      [2_958_465, 9999], // 31/12/9999
      ["15/06/2024", 2024],
      ["2024-06-15", 2024],
    ])("%p reads as %p", (cell, year) => {
      expect(readYear(cell, DATES)).toBe(year);
    });

    test.each([1899, 9999.5, 2_958_466, 1e10, Infinity, -5, "31/02/2024", "l'an dernier"])(
      "%p is refused",
      (cell) => {
        expect(cellProblemOf(() => readYear(cell, DATES)).message).toBe(INVALID);
      }
    );
  });
});

describe("readOptionalYear", () => {
  test("an empty cell is null, a year is read, anything else refused", () => {
    expect(readOptionalYear("")).toBeNull();
    expect(readOptionalYear(2031)).toBe(2031);
    expect(cellProblemOf(() => readOptionalYear("2031-2032")).message).toBe(INVALID);
  });
});
