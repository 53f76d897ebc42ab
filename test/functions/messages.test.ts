/*
 * Issue 12: the messages a cell shows must neither leak a JavaScript error nor mislead. Each case
 * comes from the independent oracle and the fuzzed calls: a rule or a vote named like a property of
 * Object.prototype, amounts and counts beyond the exact range, a zero FEDER, plurals and elisions,
 * a whole 32 000-character cell repeated in the message, a SIREN or SIRET whose leading zero a
 * number cell ate, a SIRET whose SIREN fails its key.
 */
import {
  bareme,
  contrib,
  controle,
  detail,
  majorite,
  phasage,
  quorum,
  quorumDetail,
  repartition,
  tarif,
} from "../../src/functions/functions";
import { withLuhnDigit } from "../../src/domain/identifiers/siren";
import { OMITTED, SCHEDULE_2026_TABLE, expectExcelError } from "./excelCall";

/** Names that a lookup in a plain object finds on Object.prototype. */
const PROTOTYPE_NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"];
/** The largest amount an exact count of cents holds: 2^53 − 1 cents, French form. */
const LARGEST_AMOUNT = "90\u00a0071\u00a0992\u00a0547\u00a0409,91\u00a0€";
/** The largest whole number, French form. */
const LARGEST_WHOLE = "9\u00a0007\u00a0199\u00a0254\u00a0740\u00a0991";
const LONG_CELL = "x".repeat(32_000);

describe("a text named like a property of Object.prototype is an unknown word, not a crash", () => {
  test.each(PROTOTYPE_NAMES)("ENT.MAJORITE with the rule %p", (name) => {
    expectExcelError(() => majorite(2, 1, name), `Règle de majorité « ${name} » inconnue`);
  });

  test.each(PROTOTYPE_NAMES)("ENT.MAJORITE with the president's vote %p on a tie", (name) => {
    expectExcelError(
      () => majorite(1, 1, "absolue", OMITTED, name),
      `voix_president : « ${name} »`
    );
  });

  test.each(PROTOTYPE_NAMES)("ENT.QUORUM, TARIF and CONTROLE with %p", (name) => {
    expectExcelError(
      () => quorum(22, 11, 0, OMITTED, name),
      `Règle de quorum « ${name} » inconnue`
    );
    expectExcelError(() => tarif(2024, name, OMITTED), `Composante « ${name} » absente`);
    expectExcelError(() => controle("0951099D", name), `Type d'identifiant inconnu « ${name} »`);
  });

  test.each(PROTOTYPE_NAMES)("a schedule table whose basis or kind reads %p", (name) => {
    const [header, first = [], second = []] = SCHEDULE_2026_TABLE;
    const withBasis = [header ?? [], [...first.slice(0, 2), name, ...first.slice(3)], second];
    const withKind = [header ?? [], [...first.slice(0, 4), name, ...first.slice(5)], second];
    expectExcelError(() => bareme(2026, withBasis), "colonne « Base »", "valeurs acceptées");
    expectExcelError(() => bareme(2026, withKind), "colonne « Type »", "valeurs acceptées");
  });
});

describe("an amount beyond the exact range is said in euros, with the limit", () => {
  test("1E+308 € to split is too large, not « Infinity »", () => {
    const error = expectExcelError(
      () => repartition(1e308, [[1]]),
      "montant : 1E+308 € est trop grand",
      LARGEST_AMOUNT
    );
    expect(error.message).not.toContain("Infinity");
  });

  test("an amount typed as text beyond the limit is repeated as typed", () => {
    expectExcelError(
      () => repartition("99999999999999999999", [[1]]),
      "« 99999999999999999999 » est trop grand",
      LARGEST_AMOUNT
    );
    // the limit itself still splits: 2^53 − 1 cents
    expect(repartition("90071992547409,91", [[1]])).toEqual([[90071992547409.91]]);
  });

  test("a total too large to count in cents names what was computed and the limit, not cents", () => {
    // 2^53 − 1 pupils at 1,30 €: 1,17 × 10^18 cents
    const error = expectExcelError(
      () => contrib(Number.MAX_SAFE_INTEGER, 2024, OMITTED, OMITTED),
      "Montant hors limites pour le total brut",
      LARGEST_AMOUNT
    );
    expect(error.message).not.toMatch(/\d{16}/);
    // ENT.DETAIL builds the lines one by one: the per-pupil line is the one that overflows
    expectExcelError(
      () => detail(Number.MAX_SAFE_INTEGER, 2024, OMITTED, OMITTED),
      "Montant hors limites pour une ligne de contribution",
      LARGEST_AMOUNT
    );
  });
});

describe("a whole number beyond 2^53 − 1 is too large, not « not whole »", () => {
  test.each([2 ** 53, 1e21, 1e308, "9007199254740993"])("%p pupils", (pupils) => {
    const error = expectExcelError(
      () => contrib(pupils, 2024, OMITTED, OMITTED),
      "Le nombre d'élèves (eleves) est trop grand",
      LARGEST_WHOLE
    );
    expect(error.message).not.toContain("entier positif ou nul");
  });

  test("votes and schools too", () => {
    expectExcelError(() => majorite(2 ** 53, 0), "voix pour (pour) est trop grand", LARGEST_WHOLE);
    expectExcelError(() => phasage(1e300, 2024, 2025), "(ecoles) est trop grand", LARGEST_WHOLE);
    // a negative count is still "positif ou nul"
    expectExcelError(() => contrib(-1, 2024, OMITTED, OMITTED), "entier positif ou nul (reçu -1)");
  });

  test("ENT.PHASAGE is exact up to 2^53 − 1 schools", () => {
    // ceil(9 007 199 254 740 989 × 3 / 4) = 6 755 399 441 055 742 (27 021 597 764 222 967 / 4 = …741,75)
    expect(phasage(9007199254740989, 2024, 2026)).toBe(6755399441055742);
    // ceil(3 002 399 751 580 332 × 3 / 4) = 2 251 799 813 685 249 exactly (n × 3 passes 2^53)
    expect(phasage(3002399751580332, 2024, 2026)).toBe(2251799813685249);
    expect(phasage(Number.MAX_SAFE_INTEGER, 2024, 2027)).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe("ENT.DETAIL and the FEDER", () => {
  const labels = (rows: unknown[][]): string[] => rows.map((row) => String(row[0]));

  test.each(["feder=0", "feder=0 %", "feder=0,00"])("%s adds no line, and no -0", (options) => {
    const rows = detail(1209, 2024, [[options]], OMITTED);
    expect(labels(rows).some((label) => label.includes("FEDER"))).toBe(false);
    expect(rows).toEqual(detail(1209, 2024, OMITTED, OMITTED));
    for (const row of rows) for (const cell of row) expect(Object.is(cell, -0)).toBe(false);
  });

  test("a percentage is printed the French way: 12,5 %, not as typed (12.5%)", () => {
    const rows = detail(1209, 2024, [["feder=12.5%"]], OMITTED);
    expect(labels(rows)).toContain("Cofinancement européen (FEDER, 12,5\u00a0% du brut)");
    expect(labels(detail(1209, 2024, [["feder=20%"]], OMITTED))).toContain(
      "Cofinancement européen (FEDER, 20\u00a0% du brut)"
    );
  });
});

describe("plurals and the count that must be at least 1", () => {
  test("0 représenté, 1 présent, the only member in office", () => {
    expectExcelError(
      () => quorum(1, 2, 0),
      "Quorum : 2 présents et 0 représenté font plus que le seul membre en exercice."
    );
    expectExcelError(
      () => majorite(1, 1, "2/3 membres", 1),
      "Majorité : 1 voix pour et 1 contre font plus que le seul membre en exercice."
    );
    expectExcelError(
      () => quorum(22, 1, 3, OMITTED, OMITTED),
      "Quorum : 3 membres représentés, mais 1 présent ne peut porter que 1 pouvoir"
    );
  });

  test("members in office, where 0 is refused, are asked for at least 1", () => {
    for (const call of [
      () => quorum(-1, 0),
      () => quorumDetail(2.5, 0),
      () => majorite(1, 0, "2/3 membres", -1),
    ]) {
      const error = expectExcelError(call, "membres en exercice", "d'au moins 1");
      expect(error.message).not.toContain("positif ou nul");
    }
    // 0 itself keeps its own message
    expectExcelError(() => quorum(0, 0), "aucun membre en exercice");
  });
});

describe("a message repeats at most 60 characters of what was typed", () => {
  const calls: [string, () => unknown][] = [
    ["eleves", () => contrib(LONG_CELL, 2024, OMITTED, OMITTED)],
    ["annee", () => contrib(1209, LONG_CELL, OMITTED, OMITTED)],
    ["composante", () => tarif(2024, LONG_CELL, OMITTED)],
    ["type", () => controle("0951099D", LONG_CELL)],
    ["montant", () => repartition(LONG_CELL, [[1]])],
    ["effectifs", () => repartition(10, [[LONG_CELL]])],
    ["regle (majorité)", () => majorite(1, 0, LONG_CELL)],
    ["regle (quorum)", () => quorum(22, 11, 0, OMITTED, LONG_CELL)],
    ["date", () => quorum(22, 11, 0, LONG_CELL)],
    ["voix_president", () => majorite(1, 1, OMITTED, OMITTED, LONG_CELL)],
  ];

  test.each(calls)("%s", (_name, call) => {
    const error = expectExcelError(call, `« ${"x".repeat(59)}… »`);
    expect(error.message.length).toBeLessThan(400);
  });
});

describe("ENT.CONTROLE: SIREN and SIRET typed as numbers, and the SIREN inside a SIRET", () => {
  // 012345674: from the right 4, 7×2 = 14 → 5, 6, 5×2 = 10 → 1, 4, 3×2 = 6, 2, 1×2 = 2, 0: sum 30
  test("a SIREN whose leading zero a number cell ate is valid, with or without the type", () => {
    expect(controle("012345674", "SIREN")).toBe(true);
    expect(controle(12345674, "SIREN")).toBe(true);
    expect(controle(12345674, null)).toBe(true);
    // with the type, every zero the cell ate comes back: 001234566
    expect(controle(1234566, "SIREN")).toBe(true);
    // the wrong key stays wrong
    expect(controle(12345675, "SIREN")).toBe(false);
  });

  test("a SIRET whose leading zero a number cell ate is valid, with or without the type", () => {
    const siret = withLuhnDigit("0123456740001");
    expect(controle(siret, "SIRET")).toBe(true);
    expect(controle(Number(siret), "SIRET")).toBe(true);
    expect(controle(Number(siret), null)).toBe(true);
  });

  test("a SIRET passing its own key but not its SIREN's is refused", () => {
    // 21590299500012: the 14 digits pass Luhn (sum 30), the SIREN 215902995 does not (sum 39)
    expect(controle("21590299500012", null)).toBe(false);
    expect(controle("21590299500012", "SIRET")).toBe(false);
    expect(controle(21590299500012, null)).toBe(false);
    expect(controle("215902995", "SIREN")).toBe(false);
  });

  test("La Poste's SIRETs keep their exception, and valid SIRETs stay valid", () => {
    expect(controle("35600000000001", null)).toBe(true);
    expect(controle("35600000000001", "SIRET")).toBe(true);
    expect(controle("73282932000074", "SIRET")).toBe(true);
  });
});
