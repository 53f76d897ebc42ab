import { DomainError } from "../errors/DomainError";

/**
 * An amount of money as a whole number of euro cents. Always a safe integer: every amount in the
 * domain is one, so sums and per-pupil products are exact (RULES.md §3).
 */
export type Cents = number;

/**
 * Checks that a number is a safe integer count of cents.
 *
 * @param value - the candidate amount
 * @param what - what the amount is, for the message
 * @returns the same value, typed as cents
 * @throws DomainError when it is not a safe integer
 * @example
 * assertCents(157170, "total"); // 157170
 */
export function assertCents(value: number, what: string): Cents {
  if (!Number.isSafeInteger(value)) {
    throw new DomainError(
      "invalid-number",
      `Montant hors limites pour ${what} : ${String(value)}.`
    );
  }
  return value;
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
