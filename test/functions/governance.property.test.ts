/*
 * Property tests for the governance functions: whatever Excel passes, each returns a value of the
 * documented shape or throws the runtime's #VALUE! error with a French message the domain wrote
 * (never "Erreur inattendue…", excelError.ts).
 */
import fc from "fast-check";
import { CustomFunctionsErrorDouble } from "../doubles/customFunctionsDouble";
import { cle, majorite, quorum, quorumDetail, sieges } from "../../src/functions/functions";

const RUNS = { numRuns: 300 };

/** One value as Excel may pass it, biased towards those the functions give a meaning to. */
const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -100, max: 100_000 }),
  fc.constantFrom(0, 1, 7, 22, 33, 2022, 44728, 45267, 2958465, 1e10, NaN, Infinity, -0, 0.5),
  fc.string(),
  fc.constantFrom(
    "",
    " ",
    "16/06/2022",
    "2022-06-16",
    "31/02/2022",
    "2022",
    "statuts",
    "presents 1/3",
    "presents_ou_representes 1/2",
    "presents >1/2",
    "presents 0/0",
    "presents 9999/1",
    "absolue",
    "2/3",
    "2/3 membres",
    "pour",
    "contre",
    "aucune",
    "1 209",
    "10,001",
    "1000,03",
    // read as words: a lookup in a plain object would find Object.prototype's (issue 12)
    "constructor",
    "__proto__",
    "hasOwnProperty"
  ),
  fc.boolean(),
  fc.constant(null)
);
const count: fc.Arbitrary<unknown> = fc.oneof(cell, fc.nat(200));

/** Runs a call; when it throws, checks it is the runtime's #VALUE! with a domain message. */
function outcomeOf<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch (error) {
    expect(error).toBeInstanceOf(CustomFunctionsErrorDouble);
    const excelError = error as CustomFunctionsErrorDouble;
    expect(excelError.code).toBe("#VALUE!");
    expect(excelError.message.trim()).not.toBe("");
    expect(excelError.message).not.toMatch(/^Erreur inattendue/);
    return undefined;
  }
}

describe("governance functions on arbitrary arguments", () => {
  test("ENT.QUORUM returns a boolean or a #VALUE! error with a message", () => {
    fc.assert(
      fc.property(count, count, count, cell, cell, (n, present, represented, date, rule) => {
        const value = outcomeOf(() => quorum(n, present, represented, date, rule));
        if (value !== undefined) expect(typeof value).toBe("boolean");
      }),
      RUNS
    );
  });

  test("ENT.QUORUM.DETAIL returns two rows of six cells agreeing with ENT.QUORUM", () => {
    fc.assert(
      fc.property(count, count, count, cell, cell, (n, present, represented, date, rule) => {
        const rows = outcomeOf(() => quorumDetail(n, present, represented, date, rule));
        if (rows === undefined) return;
        expect(rows).toHaveLength(2);
        for (const row of rows) expect(row).toHaveLength(6);
        expect(rows[1]?.[5]).toBe(quorum(n, present, represented, date, rule));
      }),
      RUNS
    );
  });

  test("ENT.MAJORITE returns a boolean or a #VALUE! error with a message", () => {
    fc.assert(
      fc.property(
        count,
        count,
        cell,
        count,
        cell,
        (votesFor, against, rule, members, president) => {
          const value = outcomeOf(() => majorite(votesFor, against, rule, members, president));
          if (value !== undefined) expect(typeof value).toBe("boolean");
        }
      ),
      RUNS
    );
  });

  test("ENT.SIEGES returns rows of three cells ending with a total of 20 to 24 seats", () => {
    fc.assert(
      fc.property(count, count, (nord, pdc) => {
        const rows = outcomeOf(() => sieges(nord, pdc));
        if (rows === undefined) return;
        for (const row of rows) expect(row).toHaveLength(3);
        const total = rows.at(-1)?.[1] as number;
        expect(total).toBeGreaterThanOrEqual(20);
        expect(total).toBeLessThanOrEqual(24);
      }),
      RUNS
    );
  });

  test("ENT.CLE returns four rows of three cells", () => {
    fc.assert(
      fc.property(cell, (amount) => {
        const rows = outcomeOf(() => cle(amount));
        if (rows === undefined) return;
        expect(rows).toHaveLength(4);
        for (const row of rows) expect(row).toHaveLength(3);
      }),
      RUNS
    );
  });
});
