import { DomainError } from "../errors/DomainError";
import { formatEuros } from "./formatEuros";

/**
 * An amount of money as a whole number of euro cents. Always a safe integer: every amount in the
 * domain is one, so sums and per-pupil products are exact (RULES.md §3).
 */
export type Cents = number;

/**
 * The largest amount, in cents: 2^53 − 1, i.e. 90 071 992 547 409,91 €. Beyond it a count of cents
 * is no longer exact in a number, so an amount that large is refused, never rounded.
 */
export const LARGEST_CENTS: Cents = Number.MAX_SAFE_INTEGER;

/** The limit as messages say it, computed once. */
const LIMIT = `${formatEuros(LARGEST_CENTS)} (en valeur absolue), la limite d'un calcul exact au centime`;

/**
 * The error for an amount beyond {@link LARGEST_CENTS}, in euros and with the limit: the amount as
 * typed when there is one ("montant : 1E+308 € est trop grand…"), else what was being computed.
 *
 * @param what - what the amount is ("le total brut", "montant")
 * @param typed - the amount as the user gave it, already quoted or formatted, or null when computed
 * @returns the error to throw
 * @example
 * throw amountTooLarge("montant", "1E+308 €");
 */
export function amountTooLarge(what: string, typed: string | null): DomainError {
  return new DomainError(
    "invalid-number",
    typed === null
      ? `Montant hors limites pour ${what} : il dépasse ${LIMIT}.`
      : `${what} : ${typed} est trop grand ; un montant va au plus jusqu'à ${LIMIT}.`
  );
}

/**
 * Checks that a number is a safe integer count of cents.
 *
 * @param value - the candidate amount
 * @param what - what the amount is, for the message
 * @returns the same value, typed as cents
 * @throws DomainError when it is beyond {@link LARGEST_CENTS} (said in euros, with the limit), or
 *   not a whole number of cents
 * @example
 * assertCents(157170, "total"); // 157170
 */
export function assertCents(value: number, what: string): Cents {
  if (Number.isSafeInteger(value)) return value;
  if (Number.isNaN(value) || Math.abs(value) <= LARGEST_CENTS) {
    throw new DomainError(
      "invalid-number",
      `Montant invalide pour ${what} : un nombre entier de centimes est attendu.`
    );
  }
  throw amountTooLarge(what, null);
}

/**
 * Multiplies a rate in cents by a whole quantity, exactly.
 *
 * @param rateCents - unit rate in cents
 * @param quantity - a whole number (pupils, schools, half-days)
 * @returns the product in cents
 * @throws DomainError when the product leaves the safe integer range
 * @example
 * multiplyCents(130, 1209); // 157170, i.e. 1 571,70 €
 */
export function multiplyCents(rateCents: Cents, quantity: number): Cents {
  return assertCents(rateCents * quantity, "une ligne de contribution");
}

/**
 * Converts cents to euros as the number Excel displays. This is the only place where money
 * becomes a binary float, at the boundary, and cents / 100 is the closest double to the exact
 * decimal amount.
 *
 * @param cents - amount in cents
 * @returns amount in euros
 * @example
 * centsToEuros(157170); // 1571.7
 */
export function centsToEuros(cents: Cents): number {
  return cents / 100;
}
