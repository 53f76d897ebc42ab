import Decimal from "decimal.js";
import { DomainError } from "../errors/DomainError";
import { frenchNumber, quoteEcho } from "../text/echoValue";
import { amountTooLarge, assertCents, LARGEST_CENTS, type Cents } from "./cents";

const SPACES = /[\s\u00a0\u202f\u2009\u2007]/g;
const AMOUNT_TEXT = /^([+-]?)(\d+)(?:[.,](\d{1,2}))?$/;
/** Float noise tolerated on numbers coming from Excel (0.1 + 0.2), in cents. */
const FLOAT_NOISE_CENTS = new Decimal("0.000001");

/**
 * Parses an amount typed as text, with a decimal comma or point, optional thousands spaces and
 * an optional euro sign. At most two decimals: a money amount finer than the cent is refused,
 * not rounded.
 *
 * @param text - e.g. "571,70", "1 571.70 €", "12"
 * @param what - what the amount is, for the message
 * @returns the amount in cents
 * @throws DomainError when the text is not such an amount, or beyond 90 071 992 547 409,91 €
 * @example
 * parseEurosText("571,70", "subvention"); // 57170
 */
export function parseEurosText(text: string, what: string): Cents {
  const compact = text.replace(SPACES, "").replace(/€$/, "");
  const match = AMOUNT_TEXT.exec(compact);
  if (!match) {
    throw new DomainError(
      "invalid-number",
      `${what} : ${quoteEcho(text)} n'est pas un montant en euros (attendu par exemple 571,70 ; au plus deux décimales).`
    );
  }
  const [, sign = "", whole = "0", decimals = ""] = match;
  if (BigInt(whole) * 100n + BigInt(decimals.padEnd(2, "0")) > BigInt(LARGEST_CENTS)) {
    throw amountTooLarge(what, quoteEcho(text));
  }
  const cents = Number(whole) * 100 + Number(decimals.padEnd(2, "0"));
  return assertCents(sign === "-" ? -cents : cents, what);
}

/**
 * Converts a number of euros received from Excel to cents. The number is read through its
 * shortest decimal form (decimal.js), so 571.7 is exactly 57 170 cents; binary noise below a
 * millionth of a cent (0.1 + 0.2) is absorbed, anything finer than a cent is refused.
 *
 * @param euros - a finite number
 * @param what - what the amount is, for the message
 * @returns the amount in cents
 * @throws DomainError when the number is not finite, beyond 90 071 992 547 409,91 € or has a
 *   fraction of a cent
 * @example
 * eurosToCents(571.7, "subvention"); // 57170
 */
export function eurosToCents(euros: number, what: string): Cents {
  if (!Number.isFinite(euros)) {
    throw new DomainError(
      "invalid-number",
      `${what} : ${frenchNumber(euros)} n'est pas un montant.`
    );
  }
  const exact = new Decimal(euros).times(100);
  const rounded = exact.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  if (rounded.abs().greaterThan(LARGEST_CENTS))
    throw amountTooLarge(what, `${frenchNumber(euros)} €`);
  if (exact.minus(rounded).abs().greaterThan(FLOAT_NOISE_CENTS)) {
    throw new DomainError(
      "invalid-number",
      `${what} : ${frenchNumber(euros)} € a plus de deux décimales ; un montant s'exprime au centime.`
    );
  }
  return assertCents(rounded.toNumber(), what);
}
