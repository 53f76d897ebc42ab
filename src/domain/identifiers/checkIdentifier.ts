import { DomainError } from "../errors/DomainError";
import { quoteEcho } from "../text/echoValue";
import { normalizeKey } from "../text/normalizeKey";
import { isValidSiren, isValidSiretWithSiren, compactCompanyNumber } from "./siren";
import { isValidUai, normalizeUai } from "./uai";

/** The identifiers the software checks. */
export type IdentifierType = "uai" | "siren" | "siret";

/** What ENT.CONTROLE checks for each type: a SIRET's SIREN must pass its key too. */
const VALIDATORS: Record<IdentifierType, (code: string) => boolean> = {
  uai: isValidUai,
  siren: isValidSiren,
  siret: isValidSiretWithSiren,
};

/**
 * Reads an identifier type typed by a user, ignoring case and accents.
 *
 * @param text - "UAI", "siren", "Siret"…
 * @returns the type
 * @throws DomainError for anything else, listing the accepted types
 * @example
 * parseIdentifierType("Siret"); // "siret"
 */
export function parseIdentifierType(text: string): IdentifierType {
  const key = normalizeKey(text);
  if (key === "uai" || key === "siren" || key === "siret") return key;
  throw new DomainError(
    "invalid-identifier",
    `Type d'identifiant inconnu ${quoteEcho(text)}. Types acceptés : UAI, SIREN, SIRET (ou rien, pour le deviner d'après la longueur).`
  );
}

/**
 * Guesses the type of an identifier from its length: 8 characters (7 after a lost leading zero)
 * for a UAI, 9 digits for a SIREN, 14 for a SIRET.
 *
 * @param code - the code as typed
 * @returns the guessed type, or null when no length fits
 * @example
 * guessIdentifierType("0951099D"); // "uai"
 */
export function guessIdentifierType(code: string): IdentifierType | null {
  if (/^\d{7}[A-Z]$/.test(normalizeUai(code))) return "uai";
  const digits = compactCompanyNumber(code);
  if (/^\d{9}$/.test(digits)) return "siren";
  if (/^\d{14}$/.test(digits)) return "siret";
  return null;
}

/**
 * Checks a UAI, SIREN or SIRET. With no type, the type is guessed from the length, and a code
 * whose length fits none of them is not valid.
 *
 * @param code - the code as typed
 * @param type - the expected type, or null to guess it
 * @returns true when the code is a valid identifier of that type
 * @example
 * checkIdentifier("0951099D", null); // true
 * checkIdentifier("20003038600020", "siret"); // false
 */
export function checkIdentifier(code: string, type: IdentifierType | null): boolean {
  const actualType = type ?? guessIdentifierType(code);
  return actualType !== null && VALIDATORS[actualType](code);
}
