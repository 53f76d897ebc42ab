import { DomainError } from "../../domain/errors/DomainError";
import { quotedValue } from "../../domain/text/echoValue";

/**
 * Reads an optional text argument: omitted (null, empty or blank text, or 0, which some hosts pass
 * for an empty cell) or a text.
 *
 * @param value - the argument as Excel passes it
 * @param name - the argument's name, for messages
 * @param expected - what is expected, in French, for the message ("une règle comme « statuts »")
 * @returns the text, or null when omitted
 * @throws DomainError (unknown-rule) when it is neither omitted nor a text
 * @example
 * readOptionalText(" statuts ", "regle", "…"); // " statuts "
 * readOptionalText(null, "regle", "…"); // null
 */
export function readOptionalText(value: unknown, name: string, expected: string): string | null {
  // Some hosts pass an empty cell as 0: no text argument gives 0 a meaning.
  if (value === null || value === undefined || value === 0) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  throw new DomainError(
    "unknown-rule",
    `${name} : ${quotedValue(value)} n'est pas un texte ; ${expected}.`
  );
}
