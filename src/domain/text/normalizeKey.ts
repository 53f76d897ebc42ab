const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s_]+/g;

/**
 * Normalizes a keyword or a header for matching: no accents, lower case, trimmed, inner spaces
 * and underscores turned into hyphens. Used for option keywords and table headers alike.
 *
 * @param text - what the user typed
 * @returns the key to compare
 * @example
 * normalizeKey(" Demi-Journées "); // "demi-journees"
 * normalizeKey("Mot clé"); // "mot-cle"
 */
export function normalizeKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .trim()
    .toLowerCase()
    .replace(SEPARATORS, "-");
}
