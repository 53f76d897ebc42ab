/* ENT.CLE: the founders' key 50 / 25 / 25 (statutes art. 13.1), in whole cents summing exactly. */
import fc from "fast-check";
import { cle } from "../../src/functions/functions";
import { centsOf, expectExcelError } from "./excelCall";

const amounts = (rows: unknown[][]): number[] => rows.slice(1).map((row) => row[2] as number);

describe("ENT.CLE", () => {
  test("splits 1 000 € into 500 / 250 / 250, with each founder and its share", () => {
    expect(cle(1000)).toEqual([
      ["Membre fondateur", "Clé", "Montant (€)"],
      ["Région Hauts-de-France", "50\u00a0%", 500],
      ["Département du Nord", "25\u00a0%", 250],
      ["Département du Pas-de-Calais", "25\u00a0%", 250],
    ]);
  });

  test("gives leftover cents by largest remainder, ties to the upper row", () => {
    // 0,01: 0,5 / 0,25 / 0,25 cent → the Région
    expect(amounts(cle(0.01))).toEqual([0.01, 0, 0]);
    // 0,02: 1 / 0,5 / 0,5 → the Nord, above the Pas-de-Calais
    expect(amounts(cle(0.02))).toEqual([0.01, 0.01, 0]);
    // 1 000,03: 500,015 / 250,0075 / 250,0075 → floors 500,01 / 250 / 250, the 2 cents left to the Départements
    expect(amounts(cle("1000,03"))).toEqual([500.01, 250.01, 250.01]);
  });

  test("sums exactly to the amount, compared in cents (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (amountCents) => {
        const rows = cle(amountCents / 100);
        const sum = amounts(rows).reduce((total, euros) => total + centsOf(euros), 0n);
        expect(sum).toBe(BigInt(amountCents));
      })
    );
  });

  test("a missing amount or one finer than a cent is an error", () => {
    expectExcelError(() => cle(null), "montant manquant");
    expectExcelError(() => cle(10.001), "montant", "deux décimales");
  });
});
