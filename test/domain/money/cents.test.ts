import { DomainError } from "../../../src/domain/errors/DomainError";
import { assertCents, LARGEST_CENTS, multiplyCents } from "../../../src/domain/money/cents";
import { eurosToCents, parseEurosText } from "../../../src/domain/money/parseEuros";
import { domainErrorOf } from "../domainErrorOf";

const LIMIT = "90\u00a0071\u00a0992\u00a0547\u00a0409,91\u00a0€ (en valeur absolue)";

describe("the largest amount", () => {
  test("is 2^53 − 1 cents, accepted (high) while one cent more is refused", () => {
    expect(assertCents(LARGEST_CENTS, "total")).toBe(9007199254740991);
    expect(assertCents(-LARGEST_CENTS, "total")).toBe(-9007199254740991);
    expect(domainErrorOf(() => assertCents(2 ** 53, "total")).code).toBe("invalid-number");
  });

  test("a computed amount beyond it names what was computed and the limit in euros, not cents", () => {
    const error = domainErrorOf(() => multiplyCents(130, Number.MAX_SAFE_INTEGER));
    expect(error.message).toBe(
      `Montant hors limites pour une ligne de contribution : il dépasse ${LIMIT}, la limite d'un calcul exact au centime.`
    );
    expect(domainErrorOf(() => assertCents(-Infinity, "le total brut")).message).toContain(LIMIT);
  });

  test("a fraction of a cent is no amount, said without the raw number", () => {
    expect(domainErrorOf(() => assertCents(0.5, "total")).message).toBe(
      "Montant invalide pour total : un nombre entier de centimes est attendu."
    );
    expect(domainErrorOf(() => assertCents(NaN, "total"))).toBeInstanceOf(DomainError);
  });
});

describe("an amount typed beyond the limit", () => {
  test("as a number: said in French form, never « Infinity »", () => {
    expect(domainErrorOf(() => eurosToCents(1e308, "montant")).message).toBe(
      `montant : 1E+308 € est trop grand ; un montant va au plus jusqu'à ${LIMIT}, la limite d'un calcul exact au centime.`
    );
    expect(domainErrorOf(() => eurosToCents(-1e21, "montant")).message).toContain(
      "-1E+21 € est trop grand"
    );
    // just below the limit (high; a number cell holds no closer double to it) and just above it
    expect(eurosToCents(90071992547409.9, "montant")).toBe(9007199254740990);
    expect(domainErrorOf(() => eurosToCents(90071992547410, "montant")).message).toContain(
      "90071992547410 € est trop grand"
    );
  });

  test("as a text: repeated as typed", () => {
    expect(parseEurosText("90 071 992 547 409,91", "subvention")).toBe(LARGEST_CENTS);
    expect(domainErrorOf(() => parseEurosText("90071992547409,92", "subvention")).message).toBe(
      `subvention : « 90071992547409,92 » est trop grand ; un montant va au plus jusqu'à ${LIMIT}, la limite d'un calcul exact au centime.`
    );
  });

  test("a text of 32 000 digits is repeated cut", () => {
    const message = domainErrorOf(() => parseEurosText("9".repeat(32_000), "montant")).message;
    expect(message).toContain(`« ${"9".repeat(59)}… » est trop grand`);
    expect(message.length).toBeLessThan(250);
  });
});
