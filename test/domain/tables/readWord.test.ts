import { readWord } from "../../../src/domain/tables/readWord";
import { cellProblemOf } from "./cellProblemOf";

const WORDS: Readonly<Record<string, string | null>> = {
  emis: "issued",
  annule: "cancelled",
  blanc: null,
};
const readStatus = readWord(WORDS, "statut attendu.", { "communaute-": "epci" });

describe("readWord", () => {
  test.each([
    ["Émis", "issued"],
    [" ANNULÉ ", "cancelled"],
    ["blanc", null],
    ["Communauté de communes", "epci"],
  ])("%p reads as %p", (cell, value) => {
    expect(readStatus(cell)).toBe(value);
  });

  test.each(["constructor", "toString", "émise", "", 3])("%p is refused", (cell) => {
    const problem = cellProblemOf(() => readStatus(cell));
    expect(problem.message).toBe("statut attendu.");
    expect(problem.reason).toBe("invalid");
  });
});
