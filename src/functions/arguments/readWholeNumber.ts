import { DomainError } from "../../domain/errors/DomainError";

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * Reads a whole number ≥ 0 from an Excel argument: a number, or a text of digits ("1 209").
 * A missing value is an error, never a zero.
 *
 * @param value - the argument as Excel passes it
 * @param name - what it counts, for messages ("Le nombre d'élèves")
 * @returns the number
 * @throws DomainError when missing, negative, fractional or not a number
 * @example
 * readWholeNumber("1 209", "Le nombre d'élèves"); // 1209
 */
export function readWholeNumber(value: unknown, name: string): number {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) {
    throw new DomainError(
      "missing-value",
      `${name} est manquant : une cellule vide n'est pas un zéro. Saisissez un nombre entier.`
    );
  }
  const number =
    typeof value === "number"
      ? value
      : typeof value === "string" && /^\d+$/.test(value.replace(SPACES, ""))
        ? Number(value.replace(SPACES, ""))
        : NaN;
  if (!Number.isSafeInteger(number) || number < 0) {
    const shown =
      typeof value === "number" ? String(value).replace(".", ",") : `« ${String(value)} »`;
    throw new DomainError(
      "invalid-number",
      `${name} doit être un nombre entier positif ou nul (reçu ${shown}).`
    );
  }
  return number;
}
