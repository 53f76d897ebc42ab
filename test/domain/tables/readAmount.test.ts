import { DomainError } from "../../../src/domain/errors/DomainError";
import { readAmount } from "../../../src/domain/tables/readAmount";
import { cellProblemOf } from "./cellProblemOf";

const INVALID =
  "montant en euros attendu, positif ou nul, au plus deux décimales (par exemple 1571,70).";

describe("readAmount", () => {
  test.each([
    [1571.7, 157170],
    [0, 0],
    ["1571,70", 157170],
    ["1 571,70 €", 157170],
    ["0.1", 10],
    [0.1 + 0.2, 30],
  ])("%p reads as %p cents", (cell, cents) => {
    expect(readAmount(cell)).toBe(cents);
  });

  test.each([-5, "-5", "12,345", 12.345, "abc", true, Infinity])(
    "%p is refused as not an amount ≥ 0",
    (cell) => {
      const problem = cellProblemOf(() => readAmount(cell));
      expect(problem.message).toBe(INVALID);
      expect(problem.reason).toBe("invalid");
    }
  );

  test.each([null, "", "  "])("%p is missing", (cell) => {
    const problem = cellProblemOf(() => readAmount(cell));
    expect(problem.message).toBe("valeur obligatoire.");
    expect(problem.reason).toBe("missing");
  });

  test("signed: a negative amount is read", () => {
    expect(readAmount("-5", { signed: true })).toBe(-500);
  });

  test("the money parser's message, naming the amount, is kept as the cause", () => {
    const problem = cellProblemOf(() => readAmount("1,234", { what: "subvention" }));
    expect(problem.cause).toBeInstanceOf(DomainError);
    expect((problem.cause as DomainError).message).toMatch(/^subvention : /);
  });

  test("a table may say each case in its own words", () => {
    const messages = { missing: "vide.", invalid: "tarif attendu.", negative: "positif." };
    expect(cellProblemOf(() => readAmount("", { messages })).message).toBe("vide.");
    expect(cellProblemOf(() => readAmount("x", { messages })).message).toBe("tarif attendu.");
    expect(cellProblemOf(() => readAmount(-1, { messages })).message).toBe("positif.");
  });
});
