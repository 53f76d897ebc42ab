import { readYesNo } from "../../../src/domain/tables/readYesNo";
import { cellProblemOf } from "./cellProblemOf";

describe("readYesNo", () => {
  test.each(["Oui", "VRAI", "true", "x", "X", 1, "1", "Obligatoire", true])("%p is yes", (cell) => {
    expect(readYesNo(cell)).toBe(true);
  });

  test.each(["non", "Faux", "false", 0, "0", false, "", null, undefined])("%p is no", (cell) => {
    expect(readYesNo(cell)).toBe(false);
  });

  test.each(["peut-être", 2, "o"])("%p is refused", (cell) => {
    const problem = cellProblemOf(() => readYesNo(cell));
    expect(problem.message).toBe("oui ou non attendu (oui, non, VRAI, FAUX, x, ou vide pour non).");
    expect(problem.reason).toBe("invalid");
  });

  test("a table may say it in its own words", () => {
    expect(cellProblemOf(() => readYesNo("bof", "oui ou non.")).message).toBe("oui ou non.");
  });
});
