import { readRequiredText, readText } from "../../../src/domain/tables/readText";
import { cellProblemOf } from "./cellProblemOf";

describe("readText", () => {
  test.each([
    ["  Hem ", "Hem"],
    [1.3, "1,3"],
    [true, "VRAI"],
    [null, ""],
    [undefined, ""],
  ])("%p reads as %p", (cell, text) => {
    expect(readText(cell)).toBe(text);
  });
});

describe("readRequiredText", () => {
  test("a filled cell gives its trimmed text", () => {
    expect(readRequiredText(" Hem ")).toBe("Hem");
    expect(readRequiredText(0)).toBe("0");
  });

  test.each([null, undefined, "", "   "])(
    "%p is refused as missing, in the register's words",
    (cell) => {
      const problem = cellProblemOf(() => readRequiredText(cell));
      expect(problem.message).toBe("valeur obligatoire.");
      expect(problem.reason).toBe("missing");
    }
  );

  test("a table may say it in its own words", () => {
    expect(cellProblemOf(() => readRequiredText("", "nom attendu.")).message).toBe("nom attendu.");
  });
});
