import { DomainError } from "../errors/DomainError";

/**
 * Checks that a count (members, votes, adherents) is a whole number, zero or more.
 *
 * @param value - the count
 * @param what - what it counts, in French, for the message ("membres présents")
 * @returns the same value
 * @throws DomainError (invalid-number) when it is negative, fractional or not a safe integer
 * @example
 * assertCount(7, "membres présents"); // 7
 */
export function assertCount(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new DomainError(
      "invalid-number",
      `Nombre de ${what} invalide (${String(value).replace(".", ",")}) : un nombre entier positif ou nul est attendu.`
    );
  }
  return value;
}
