/*
 * ENT.REPARTITION: an amount split by weights in whole cents by the largest-remainder method,
 * shares summing exactly to the amount, ties to the earlier row (RULES.md §3).
 */
import { repartition } from "../../src/functions/functions";
import { centsOf, expectExcelError } from "./excelCall";

function sumCents(rows: number[][]): bigint {
  return rows.reduce((sum, row) => sum + centsOf(row[0] as number), 0n);
}

describe("ENT.REPARTITION", () => {
  test("10,00 € split 3:2:2 gives 4,28 / 2,86 / 2,86", () => {
    // 1 000 cents × 3/7 = 428,57; × 2/7 = 285,71 twice → floors 428 + 285 + 285 = 998,
    // remainders ,571 / ,714 / ,714: the two leftover cents go to rows 2 and 3
    expect(repartition(10, [[3], [2], [2]])).toEqual([[4.28], [2.86], [2.86]]);
  });

  test("equal remainders give the leftover cent to the earlier row", () => {
    // 1 cent, 1:1 → 0,5 and 0,5: the first row gets it
    expect(repartition(0.01, [[1], [1]])).toEqual([[0.01], [0]]);
    // 100 cents, 1:1:1 → 33,33 each, one cent left: row 1
    expect(repartition(1, [[1], [1], [1]])).toEqual([[0.34], [0.33], [0.33]]);
    // 2 cents, 1:1:1 → rows 1 and 2
    expect(repartition(0.02, [[1], [1], [1]])).toEqual([[0.01], [0.01], [0]]);
  });

  test("decimal weights keep their exact ratio", () => {
    // 0,5 : 1,25 = 50 : 125; 1 000 cents × 50/175 = 285,71 (remainder 125/175), × 125/175 = 714,29 (remainder 50/175)
    // → 285 + 714 = 999, the cent goes to row 1: 2,86 / 7,14
    expect(repartition(10, [[0.5], [1.25]])).toEqual([[2.86], [7.14]]);
    // 0,1 : 0,2 = 1 : 2 (not the binary floats): 3 cents → 1 / 2
    expect(repartition(0.03, [[0.1], [0.2]])).toEqual([[0.01], [0.02]]);
    // 1,5 : 1 = 15 : 10; 100 cents → 60 / 40
    expect(repartition(1, [[1.5], [1]])).toEqual([[0.6], [0.4]]);
  });

  test("a zero weight gets nothing", () => {
    expect(repartition(10, [[0], [1]])).toEqual([[0], [10]]);
  });

  test("a single row gets the whole amount", () => {
    expect(repartition(1234.56, [[7]])).toEqual([[1234.56]]);
  });

  test("the amount may be typed as text with a decimal comma", () => {
    expect(repartition("10,00", [[3], [2], [2]])).toEqual([[4.28], [2.86], [2.86]]);
  });

  test("the shares sum exactly to the amount, compared in cents", () => {
    // 100 € in thirds: 33,34 + 33,33 + 33,33 = 100,00
    const thirds = repartition(100, [[1], [1], [1]]);
    expect(thirds).toEqual([[33.34], [33.33], [33.33]]);
    expect(sumCents(thirds)).toBe(10000n);
    // the charges of a Somme-like budget shared by pupils
    const shares = repartition(123456.78, [[1209], [845], [3000], [17], [0], [999]]);
    expect(shares).toHaveLength(6);
    expect(sumCents(shares)).toBe(12345678n);
    // 10 cents seven ways: 10/7 = 1 cent each (7), equal remainders 3/7, the 3 leftover cents to rows 1–3
    const tenCents = repartition(0.1, [[1], [1], [1], [1], [1], [1], [1]]);
    expect(tenCents).toEqual([[0.02], [0.02], [0.02], [0.01], [0.01], [0.01], [0.01]]);
    expect(sumCents(tenCents)).toBe(10n);
  });

  test("each share is within one cent of its exact proportion", () => {
    const weights = [[1209], [845], [3000], [17], [999]];
    const total = 1209 + 845 + 3000 + 17 + 999; // 6 070
    const amountCents = 12345678n;
    const shares = repartition(123456.78, weights);
    shares.forEach((row, index) => {
      const weight = BigInt(weights[index]?.[0] ?? 0);
      const share = centsOf(row[0] as number);
      // |share × total − amount × weight| < total
      const gap = share * BigInt(total) - amountCents * weight;
      expect(gap < BigInt(total) && gap > -BigInt(total)).toBe(true);
    });
  });

  test("a range of two columns is an error", () => {
    expectExcelError(() => repartition(10, [[3, 2]]), "une seule colonne", "2");
  });

  test("an empty cell is an error naming its row", () => {
    expectExcelError(() => repartition(10, [[3], [""], [2]]), "ligne 2", "vide");
    expectExcelError(() => repartition(10, [[3], [2], [null]]), "ligne 3", "vide");
  });

  test("all weights zero is an error", () => {
    expectExcelError(() => repartition(10, [[0], [0]]), "tous les effectifs sont nuls");
  });

  test("a negative weight is an error naming its row and value", () => {
    expectExcelError(() => repartition(10, [[3], [-1]]), "ligne 2", "« -1 »", "positif ou nul");
  });

  test("a text weight is an error quoting it", () => {
    expectExcelError(() => repartition(10, [["trois"]]), "ligne 1", "« trois »");
  });

  test("a missing amount is an error naming the argument", () => {
    expectExcelError(() => repartition(null, [[1]]), "montant manquant");
    expectExcelError(() => repartition("", [[1]]), "montant manquant");
  });

  test("an amount finer than a cent is refused, not rounded", () => {
    expectExcelError(() => repartition(10.001, [[1]]), "montant", "deux décimales");
    expectExcelError(() => repartition("10,001", [[1]]), "montant", "« 10,001 »");
  });

  test("missing weights are an error", () => {
    expectExcelError(() => repartition(10, null as never), "effectifs manquants");
  });
});
