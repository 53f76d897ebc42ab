import {
  readOptionalWholeNumber,
  readWholeNumber,
} from "../../../src/domain/tables/readWholeNumber";
import { cellProblemOf } from "./cellProblemOf";

const INVALID = "nombre entier d'élèves attendu, positif ou nul (par exemple 1209).";

describe("readWholeNumber", () => {
  test.each([
    [0, 0],
    [1209, 1209],
    ["1209", 1209],
    ["1 209", 1209],
    ["1\u00a0209", 1209],
    ["1\u202f209", 1209],
    [" 42 ", 42],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  ])("%p reads as %p", (cell, value) => {
    expect(readWholeNumber(cell)).toBe(value);
  });

  test.each([-1, 12.5, "12,5", "-3", "abc", "1e3", true, NaN])(
    "%p is refused as not a whole number ≥ 0",
    (cell) => {
      const problem = cellProblemOf(() => readWholeNumber(cell));
      expect(problem.message).toBe(INVALID);
      expect(problem.reason).toBe("invalid");
    }
  );

  test.each([2 ** 53, 1e21, Infinity, "9007199254740992"])(
    "%p is refused as too large, with the invalid message unless told otherwise",
    (cell) => {
      const problem = cellProblemOf(() => readWholeNumber(cell));
      expect(problem.reason).toBe("too-large");
      expect(problem.message).toBe(INVALID);
      const told = cellProblemOf(() => readWholeNumber(cell, { tooLarge: "trop grand." }));
      expect(told.message).toBe("trop grand.");
    }
  );

  test.each([null, undefined, "", "  "])("%p is missing, never a zero", (cell) => {
    const problem = cellProblemOf(() => readWholeNumber(cell));
    expect(problem.message).toBe("valeur obligatoire.");
    expect(problem.reason).toBe("missing");
  });

  test("a caller's messages replace the register's", () => {
    const messages = { missing: "manquant.", invalid: "entier attendu." };
    expect(cellProblemOf(() => readWholeNumber("", messages)).message).toBe("manquant.");
    expect(cellProblemOf(() => readWholeNumber(-2, messages)).message).toBe("entier attendu.");
    expect(cellProblemOf(() => readWholeNumber(2 ** 60, messages)).message).toBe("entier attendu.");
  });
});

describe("readOptionalWholeNumber", () => {
  test("an empty cell is null, a number is read, anything else refused", () => {
    expect(readOptionalWholeNumber("")).toBeNull();
    expect(readOptionalWholeNumber(null)).toBeNull();
    expect(readOptionalWholeNumber("12")).toBe(12);
    expect(cellProblemOf(() => readOptionalWholeNumber("douze")).message).toBe(INVALID);
  });
});
