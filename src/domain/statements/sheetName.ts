import { DomainError } from "../errors/DomainError";

/**
 * Longest sheet name Excel accepts.
 *
 * @example
 * safeSheetName("x".repeat(40)).length; // 31
 */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[:\\/?*[\]]/g;

/**
 * Makes a valid Excel sheet name: forbidden characters (: \ / ? * [ ]) become hyphens, control
 * characters are dropped, apostrophes are trimmed from both ends (Excel refuses them there), and
 * the name is cut to 31 characters.
 *
 * @param name - the wanted name
 * @returns a name Excel accepts
 * @throws DomainError when nothing is left
 * @example
 * safeSheetName("Appel 2025/0001"); // "Appel 2025-0001"
 */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(FORBIDDEN, "-")
    // eslint-disable-next-line no-control-regex -- control characters are what we remove
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .replace(/^'+|'+$/g, "");
  // Excel counts UTF-16 units; never leave half of a surrogate pair at the cut.
  const cut = cleaned
    .slice(0, MAX_SHEET_NAME_LENGTH)
    .replace(/[\uD800-\uDBFF]$/, "")
    .trim();
  if (cut === "") {
    throw new DomainError("missing-value", `Nom de feuille vide après nettoyage : « ${name} ».`);
  }
  return cut;
}

/**
 * Name of a statement's sheet, from its number.
 *
 * @param number - the statement number
 * @returns e.g. "Appel 2025-0001"
 * @example
 * statementSheetName("2025-0001"); // "Appel 2025-0001"
 */
export function statementSheetName(number: string): string {
  return safeSheetName(`Appel ${number}`);
}
