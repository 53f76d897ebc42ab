/*
 * ENT.QUOTEPART: a member's share of the net charges (RULES.md §5), for its budget: (charges −
 * FEDER) × its pupils / all pupils, rounded to the cent half away from zero (§3).
 */
import { quotepart, repartition } from "../../src/functions/functions";
import { expectExcelError } from "./excelCall";

describe("ENT.QUOTEPART", () => {
  test("100 000 € of charges, 30 000 € of FEDER: 1 000, 600 and 400 of 2 000 pupils pay 35 000, 21 000 and 14 000 €", () => {
    expect(quotepart([[100000]], 30000, 1000, 2000)).toBe(35000);
    expect(quotepart([[100000]], 30000, 600, 2000)).toBe(21000);
    expect(quotepart([[100000]], 30000, 400, 2000)).toBe(14000);
  });

  test("the charges may be a range of amounts (the headings), blanks skipped, texts with a decimal comma read", () => {
    // 40 000 + 35 000 + 25 000 = 100 000 €
    expect(quotepart([[40000], [""], ["35 000,00"], [null], [25000]], "30000", "600", 2000)).toBe(
      21000
    );
  });

  test("one share rounds its exact proportion; the call, by the largest remainder, may give one cent more", () => {
    // 1,00 € among three members of one pupil each: 0,333… → 0,33 each, while the call gives
    // 0,34 / 0,33 / 0,33 so that the shares add up to 1,00 € (ENT.REPARTITION does the same).
    expect(quotepart([[1]], 0, 1, 3)).toBe(0.33);
    expect(repartition(1, [[1], [1], [1]])).toEqual([[0.34], [0.33], [0.33]]);
    // 70 000,01 € × 1 000 / 2 000 = 35 000,005 → 35 000,01 (half away from zero).
    expect(quotepart([[100000.01]], 30000, 1000, 2000)).toBe(35000.01);
  });

  test("errors say what is wrong", () => {
    expectExcelError(
      () => quotepart([[100]], 101, 1, 2),
      "Le FEDER obtenu (101,00\u00a0€) dépasse les charges (100,00\u00a0€)"
    );
    expectExcelError(
      () => quotepart([[100]], 0, 3, 2),
      "Les élèves du membre (3) dépassent le total des élèves de tous les membres (2)."
    );
    expectExcelError(() => quotepart([[100]], 0, 1, 0), "eleves_total");
    expectExcelError(() => quotepart([[""]], 0, 1, 2), "charges manquant");
    expectExcelError(() => quotepart([[-5]], 0, 1, 2), "charges");
    expectExcelError(() => quotepart([[100]], "", 1, 2), "feder manquant");
  });
});
