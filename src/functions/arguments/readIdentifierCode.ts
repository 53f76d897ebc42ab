import { DomainError } from "../../domain/errors/DomainError";

/**
 * Reads an identifier from an Excel argument. A SIREN or SIRET typed in a number cell arrives
 * as a number and is read as its digits.
 *
 * @param value - the argument as Excel passes it
 * @returns the code as text
 * @throws DomainError when missing or not text nor a whole number
 * @example
 * readIdentifierCode(20003038600020); // "20003038600020"
 */
export function readIdentifierCode(value: unknown): string {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value === "string" && value.trim() !== "") return value;
  if (value === null || value === undefined || value === "") {
    throw new DomainError(
      "missing-value",
      "code manquant : donnez un UAI (0951099D), un SIREN (9 chiffres) ou un SIRET (14 chiffres)."
    );
  }
  throw new DomainError(
    "invalid-identifier",
    `code : « ${String(value)} » n'est ni un texte ni un nombre entier.`
  );
}
