const NO_BREAK_SPACE = "\u00a0";
/** A word starting so takes "d'" rather than "de" (mute h included: "d'heures"). */
const ELIDED_START = /^[aeiouyhàâäéèêëîïôöùûüœæ]/i;

/**
 * Writes a count and its noun, singular for 0 and 1 as French does ("0 membre représenté",
 * "1 membre", "2 membres").
 *
 * @param count - the count
 * @param singular - the noun (and what follows it) in the singular
 * @param plural - the plural, when it is not the singular with an "s"
 * @returns e.g. "3 pouvoirs"
 * @example
 * countOf(0, "représenté"); // "0 représenté"
 * countOf(2, "voix", "voix"); // "2 voix"
 */
export function countOf(count: number, singular: string, plural: string = `${singular}s`): string {
  return `${count} ${Math.abs(count) >= 2 ? plural : singular}`;
}

/**
 * The preposition "de" before a word, elided before a vowel or a mute h.
 *
 * @param word - the word that follows
 * @returns "de …" or "d'…"
 * @example
 * deWord("écoles"); // "d'écoles"
 * deWord("demi-journées"); // "de demi-journées"
 */
export function deWord(word: string): string {
  return ELIDED_START.test(word) ? `d'${word}` : `de ${word}`;
}

/**
 * Writes a whole number with its thousands grouped by no-break spaces, as French does and as
 * formatEuros groups euros.
 *
 * @param value - a whole number (a safe integer, or a bigint)
 * @returns e.g. "9 007 199 254 740 991"
 * @example
 * groupDigits(1209); // "1 209"
 */
export function groupDigits(value: number | bigint): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, NO_BREAK_SPACE);
}
