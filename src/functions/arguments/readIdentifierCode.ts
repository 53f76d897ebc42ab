import { DomainError } from "../../domain/errors/DomainError";
import type { IdentifierType } from "../../domain/identifiers/checkIdentifier";
import { numberCellCode } from "../../domain/identifiers/numberCellCode";
import { quotedValue } from "../../domain/text/echoValue";

/**
 * Reads an identifier from an Excel argument. A SIREN or SIRET typed in a number cell arrives
 * as a number and is read as its digits, with the leading zeros the cell dropped put back
 * (numberCellCode).
 *
 * @param value - the argument as Excel passes it
 * @param type - the type given, or null when it is to be guessed
 * @returns the code as text
 * @throws DomainError when missing or not text nor a whole number
 * @example
 * readIdentifierCode(20003038600020, null); // "20003038600020"
 * readIdentifierCode(12345674, "siren"); // "012345674"
 */
export function readIdentifierCode(value: unknown, type: IdentifierType | null): string {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) {
    return numberCellCode(value, type);
  }
  if (typeof value === "string" && value.trim() !== "") return value;
  if (value === null || value === undefined || value === "") {
    throw new DomainError(
      "missing-value",
      "code manquant : donnez un UAI (0951099D), un SIREN (9 chiffres) ou un SIRET (14 chiffres)."
    );
  }
  throw new DomainError(
    "invalid-identifier",
    `code : ${quotedValue(value)} n'est ni un texte ni un nombre entier.`
  );
}
