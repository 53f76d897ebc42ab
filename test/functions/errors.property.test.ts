/*
 * Property tests: whatever Excel passes (numbers including NaN, infinities, negatives, huge and
 * fractional ones, texts including empty and non-Latin ones, booleans, empty cells, and
 * rectangular ranges of those for matrix parameters), a custom function either returns a value
 * of the documented shape or throws the runtime's error with code #VALUE! and a French message.
 * A JavaScript error escaping the domain shows in a cell as "Erreur inattendue…" (excelError.ts):
 * a separate property per function checks that none does.
 */
import fc from "fast-check";
import { CustomFunctionsErrorDouble } from "../doubles/customFunctionsDouble";
import {
  bareme,
  contrib,
  controle,
  detail,
  phasage,
  repartition,
  tarif,
} from "../../src/functions/functions";
import { SCHEDULE_TABLE_HEADER, centsOf } from "./excelCall";

const RUNS = { numRuns: 400 };

/** Texts the functions give a meaning to, so generated calls also reach the deeper paths. */
const MEANINGFUL_TEXTS = [
  "",
  " ",
  "\u00a0",
  "2024",
  "2018",
  "0000",
  "9999",
  "15/06/2024",
  "2024-06-15",
  "31/02/2024",
  "1 209",
  "1209",
  "12,5",
  "10,001",
  "-5",
  "NaN",
  "Infinity",
  "accompagnement",
  "Accompagnement; Demi-journées=2",
  "subvention=571,70; accompagnement",
  "subvention=99999999999999",
  "mobile",
  "optionnel",
  "base",
  "base=2",
  "devis",
  "devis=1234,56",
  "marche=-5",
  "feder=20 %",
  "feder=150 %",
  "feder=12,5%",
  "mois=0",
  "mois=7",
  "audit=2",
  "demi-journees=99999999999999999",
  "=",
  ";",
  ",,",
  "accompagnement=peut-être",
  "plateforme",
  "formation",
  "UAI",
  "SIRET",
  "siren",
  "0951099D",
  "951099d",
  "20003038600020",
  "35600000000001",
  "732 829 320",
  "élève/an",
  "montant",
  "toujours",
  "option",
  "１２０９",
  "١٢٠٩",
  "€",
  "😀",
  // read as words: a lookup in a plain object would find Object.prototype's (issue 12)
  "constructor",
  "__proto__",
];

const MEANINGFUL_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  12.5,
  0.1 + 0.2,
  1209,
  2018,
  2019,
  2024,
  2026,
  9999,
  10000,
  45292,
  45458,
  2958465,
  1e10,
  1e21,
  1e300,
  -1e300,
  Number.MAX_SAFE_INTEGER,
  2 ** 53,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  NaN,
  Infinity,
  -Infinity,
  951099,
  732829320,
  20003038600020,
];

/** One value as Excel may pass it in a scalar parameter or a cell of a range. */
const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1_000_000, max: 10_000_000 }),
  fc.constantFrom(...MEANINGFUL_NUMBERS),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.constantFrom(...MEANINGFUL_TEXTS),
  fc.boolean(),
  fc.constant(null)
);

/** A year argument: anything, biased towards years and date serials, including serials past any date. */
const yearArg: fc.Arbitrary<unknown> = fc.oneof(
  cell,
  fc.integer({ min: 1900, max: 9999 }),
  fc.double({ min: 10_000, max: 1e20, noNaN: true }),
  fc.constantFrom(2019, 2024, 2026, 45292, "2024", "15/06/2024", 1e10, 1e300)
);

/** A count argument (pupils, schools): anything, biased towards whole numbers. */
const countArg: fc.Arbitrary<unknown> = fc.oneof(cell, fc.nat(100_000));

/** A rectangular range of cells, as Excel passes a range (1×1 for a single cell or a text). */
const range: fc.Arbitrary<unknown[][]> = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
  .chain(([rows, columns]) =>
    fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    })
  );

/** An optional matrix parameter: omitted (null), a single value, or a range. */
const optionalMatrix: fc.Arbitrary<unknown[][] | null> = fc.oneof(
  fc.constant(null),
  cell.map((value) => [[value]]),
  range,
  // two-column option ranges with real keywords
  fc.array(fc.tuple(fc.oneof(fc.constantFrom(...MEANINGFUL_TEXTS), cell), cell), {
    minLength: 1,
    maxLength: 4,
  })
);

/** A plausible value for each column of a schedule table, or anything. */
const SCHEDULE_COLUMN_VALUES: fc.Arbitrary<unknown>[] = [
  fc.constantFrom("Contribution de base", "Accompagnement", ""),
  fc.constantFrom("base", "accompagnement", "demi-journees", "devis", "nouveau", ""),
  fc.constantFrom("élève/an", "élève", "école", "demi-journée", "montant", "par an"),
  fc.constantFrom(1.45, "1,45", 0.35, 150, "", -1, 1.234, "abc"),
  fc.constantFrom("toujours", "option", "parfois"),
  fc.constantFrom(2019, 2024, 2026, "2026", 1800, 2026.5, ""),
  fc.constantFrom("CTAF version du 12/06/2025", ""),
  fc.constantFrom("délibération 2025-07", ""),
  fc.constantFrom("12/06/2025", "2025-06-12", 45820, "31/02/2025", "", 1e12, -1e12),
];

/** A schedule-table argument: the documented header, then rows of plausible or arbitrary cells. */
const scheduleTable: fc.Arbitrary<unknown[][] | null> = fc.oneof(
  optionalMatrix,
  fc
    .array(
      fc.tuple(
        ...SCHEDULE_COLUMN_VALUES.map((values) =>
          fc.oneof({ weight: 4, arbitrary: values }, { weight: 1, arbitrary: cell })
        )
      ),
      {
        minLength: 1,
        maxLength: 4,
      }
    )
    .map((rows) => [SCHEDULE_TABLE_HEADER, ...rows])
);

/** A weights argument: a column of numbers (plausible or not), or any range. */
const weights: fc.Arbitrary<unknown[][]> = fc.oneof(
  fc.array(
    fc
      .oneof(fc.nat(5000), fc.double({ min: 0, max: 1e6, noNaN: true }), cell)
      .map((value) => [value]),
    { minLength: 1, maxLength: 8 }
  ),
  range
);

type Outcome<T> =
  { returned: true; value: T } | { returned: false; error: CustomFunctionsErrorDouble };

/**
 * Calls a custom function and checks that, when it throws, it throws the runtime's #VALUE! error
 * with a non-empty message.
 */
function outcomeOf<T>(call: () => T): Outcome<T> {
  try {
    return { returned: true, value: call() };
  } catch (error) {
    expect(error).toBeInstanceOf(CustomFunctionsErrorDouble);
    const excelError = error as CustomFunctionsErrorDouble;
    expect(excelError.code).toBe("#VALUE!");
    expect(typeof excelError.message).toBe("string");
    expect(excelError.message.trim()).not.toBe("");
    return { returned: false, error: excelError };
  }
}

/** Checks that a call, when it fails, fails with a message the domain wrote, not a wrapped crash. */
function expectNoUnexpectedError(call: () => unknown): void {
  const outcome = outcomeOf(call);
  if (!outcome.returned) expect(outcome.error.message).not.toMatch(/^Erreur inattendue/);
}

/** A returned amount in euros: finite, ≥ 0, written with at most two decimals. */
function expectAmount(value: unknown): void {
  expect(typeof value).toBe("number");
  expect(Number.isFinite(value)).toBe(true);
  expect(String(value)).toMatch(/^\d+(\.\d{1,2})?$/);
}

const m = (matrix: unknown[][] | null): never => matrix as never;

describe("ENT.CONTRIB on arbitrary arguments", () => {
  test("throws only #VALUE! errors with a message, and returns a finite amount ≥ 0 with at most two decimals", () => {
    fc.assert(
      fc.property(
        countArg,
        yearArg,
        optionalMatrix,
        scheduleTable,
        (pupils, year, options, table) => {
          const outcome = outcomeOf(() => contrib(pupils, year, m(options), m(table)));
          if (outcome.returned) expectAmount(outcome.value);
        }
      ),
      RUNS
    );
  });

  test("returns an amount for every whole pupil count and year with a schedule", () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.integer({ min: 2019, max: 9999 }), (pupils, year) => {
        expectAmount(contrib(pupils, year, m(null), m(null)));
      }),
      RUNS
    );
  });

  test("never fails with an unexpected error", () => {
    fc.assert(
      fc.property(
        countArg,
        yearArg,
        optionalMatrix,
        scheduleTable,
        (pupils, year, options, table) => {
          expectNoUnexpectedError(() => contrib(pupils, year, m(options), m(table)));
        }
      ),
      RUNS
    );
  });
});

describe("ENT.DETAIL on arbitrary arguments", () => {
  test("throws only #VALUE! errors with a message, and returns rows of six cells ending with ENT.CONTRIB's total", () => {
    fc.assert(
      fc.property(
        countArg,
        yearArg,
        optionalMatrix,
        scheduleTable,
        (pupils, year, options, table) => {
          const outcome = outcomeOf(() => detail(pupils, year, m(options), m(table)));
          if (!outcome.returned) return;
          const rows = outcome.value;
          for (const row of rows) expect(row).toHaveLength(6);
          const total = rows.at(-1)?.[4];
          expectAmount(total);
          expect(total).toBe(contrib(pupils, year, m(options), m(table)));
          const sum = rows
            .slice(1, -1)
            .reduce((cents, row) => cents + centsOf(row[4] as number), 0n);
          expect(sum).toBe(centsOf(total as number));
        }
      ),
      RUNS
    );
  });

  test("never fails with an unexpected error", () => {
    fc.assert(
      fc.property(
        countArg,
        yearArg,
        optionalMatrix,
        scheduleTable,
        (pupils, year, options, table) => {
          expectNoUnexpectedError(() => detail(pupils, year, m(options), m(table)));
        }
      ),
      RUNS
    );
  });
});

describe("ENT.TARIF on arbitrary arguments", () => {
  test("throws only #VALUE! errors with a message, and returns a rate ≥ 0 with at most two decimals", () => {
    fc.assert(
      fc.property(yearArg, cell, scheduleTable, (year, component, table) => {
        const outcome = outcomeOf(() => tarif(year, component, m(table)));
        if (outcome.returned) expectAmount(outcome.value);
      }),
      RUNS
    );
  });

  test("never fails with an unexpected error", () => {
    fc.assert(
      fc.property(yearArg, cell, scheduleTable, (year, component, table) => {
        expectNoUnexpectedError(() => tarif(year, component, m(table)));
      }),
      RUNS
    );
  });
});

describe("ENT.BAREME on arbitrary arguments", () => {
  test("throws only #VALUE! errors with a message, and returns rows all of the header's width", () => {
    fc.assert(
      fc.property(yearArg, scheduleTable, (year, table) => {
        const outcome = outcomeOf(() => bareme(year, m(table)));
        if (!outcome.returned) return;
        expect(outcome.value.length).toBeGreaterThan(1);
        for (const row of outcome.value) expect(row).toHaveLength(8);
      }),
      RUNS
    );
  });

  test("never fails with an unexpected error", () => {
    fc.assert(
      fc.property(yearArg, scheduleTable, (year, table) => {
        expectNoUnexpectedError(() => bareme(year, m(table)));
      }),
      RUNS
    );
  });
});

describe("ENT.PHASAGE on arbitrary arguments", () => {
  test("throws only #VALUE! errors with a message", () => {
    fc.assert(
      fc.property(countArg, yearArg, yearArg, (schools, first, year) => {
        outcomeOf(() => phasage(schools, first, year));
      }),
      RUNS
    );
  });

  test("returns a whole number of schools between 0 and the number to equip", () => {
    fc.assert(
      fc.property(countArg, yearArg, yearArg, (schools, first, year) => {
        const outcome = outcomeOf(() => phasage(schools, first, year));
        if (!outcome.returned) return;
        expect(Number.isInteger(outcome.value)).toBe(true);
        expect(outcome.value).toBeGreaterThanOrEqual(0);
        // the count as read: a number, or digits with thousands spaces
        expect(outcome.value).toBeLessThanOrEqual(
          Number(String(schools).replace(/[\s\u00a0\u202f]/g, ""))
        );
      }),
      RUNS
    );
  });

  test("never fails with an unexpected error", () => {
    fc.assert(
      fc.property(countArg, yearArg, yearArg, (schools, first, year) => {
        expectNoUnexpectedError(() => phasage(schools, first, year));
      }),
      RUNS
    );
  });
});

describe("ENT.REPARTITION on arbitrary arguments", () => {
  test("throws only #VALUE! errors with a message, and returns one row per input row", () => {
    fc.assert(
      fc.property(cell, weights, (amount, column) => {
        const outcome = outcomeOf(() => repartition(amount, column));
        if (!outcome.returned) return;
        expect(outcome.value).toHaveLength(column.length);
        for (const row of outcome.value) {
          expect(row).toHaveLength(1);
          expect(Number.isFinite(row[0])).toBe(true);
        }
      }),
      RUNS
    );
  });

  test("splits any amount in cents by whole weights into shares that sum exactly to it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc
          .array(fc.nat(100_000), { minLength: 1, maxLength: 10 })
          .filter((list) => list.some((weight) => weight > 0)),
        (amountCents, list) => {
          const shares = repartition(
            amountCents / 100,
            list.map((weight) => [weight])
          );
          expect(shares).toHaveLength(list.length);
          const total = list.reduce((sum, weight) => sum + weight, 0);
          let sum = 0n;
          shares.forEach((row, index) => {
            const share = centsOf(row[0] as number);
            sum += share;
            // within one cent of the exact proportion: |share × total − amount × weight| < total
            const gap = share * BigInt(total) - BigInt(amountCents) * BigInt(list[index] ?? 0);
            expect(gap < BigInt(total) && gap > -BigInt(total)).toBe(true);
          });
          expect(sum).toBe(BigInt(amountCents));
        }
      ),
      RUNS
    );
  });

  test("never fails with an unexpected error", () => {
    fc.assert(
      fc.property(cell, weights, (amount, column) => {
        expectNoUnexpectedError(() => repartition(amount, column));
      }),
      RUNS
    );
  });
});

describe("ENT.CONTROLE on arbitrary arguments", () => {
  test("throws only #VALUE! errors with a message, and returns a boolean", () => {
    fc.assert(
      fc.property(
        cell,
        fc.oneof(fc.constant(null), fc.constantFrom("UAI", "SIREN", "SIRET", "siret", ""), cell),
        (code, type) => {
          const outcome = outcomeOf(() => controle(code, type));
          if (outcome.returned) expect(typeof outcome.value).toBe("boolean");
        }
      ),
      RUNS
    );
  });

  test("never fails with an unexpected error", () => {
    fc.assert(
      fc.property(cell, fc.oneof(fc.constant(null), cell), (code, type) => {
        expectNoUnexpectedError(() => controle(code, type));
      }),
      RUNS
    );
  });
});
