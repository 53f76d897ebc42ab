import { DomainError } from "../errors/DomainError";

/**
 * Checks an exercise: a whole year from 1900 to 9999.
 *
 * @param year - the exercise
 * @returns the same year
 * @throws DomainError ("invalid-year") otherwise
 * @example
 * checkYear(2025); // 2025
 */
export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new DomainError(
      "invalid-year",
      `Exercice invalide : ${String(year).replace(".", ",")} (attendu une année, par exemple 2025).`
    );
  }
  return year;
}
