import { hasIsoDateShape, type IsoDate } from "../dates/isoDate";

/**
 * The space French puts between thousands and before "€" or "%", written by hand rather than by
 * Intl.NumberFormat: its narrow no-break space (U+202F) breaks WinAnsi PDF fonts and varies
 * between engines.
 *
 * @example
 * `1${NO_BREAK_SPACE}209`; // "1 209"
 */
export const NO_BREAK_SPACE = "\u00a0";

/**
 * The narrow no-break space (U+202F), which French typography puts between thousands and which
 * the register's pupil counts use.
 *
 * @example
 * groupDigits(500000, NARROW_NO_BREAK_SPACE); // "500 000" (U+202F)
 */
export const NARROW_NO_BREAK_SPACE = "\u202f";

/** A word starting so takes "d'" rather than "de" (mute h included: "d'heures"). */
const ELIDED_START = /^[aeiouyhàâäéèêëîïôöùûüœæ]/i;

/**
 * Shows an ISO date the French way.
 *
 * @param iso - yyyy-mm-dd
 * @returns dd/mm/yyyy (the text itself when it is not written yyyy-mm-dd)
 * @example
 * frenchDate("2023-12-07"); // "07/12/2023"
 * frenchDate("07/12/2023"); // "07/12/2023"
 */
export function frenchDate(iso: IsoDate): string {
  if (!hasIsoDateShape(iso)) return iso;
  const [year, month, day] = iso.split("-") as [string, string, string];
  return `${day}/${month}/${year}`;
}

/**
 * Writes a whole number with its thousands grouped, by no-break spaces unless told otherwise, as
 * French does and as formatEuros groups euros.
 *
 * @param value - a whole number (a safe integer, a bigint, or its digits as text)
 * @param separator - what goes between thousands
 * @returns e.g. "9 007 199 254 740 991"
 * @example
 * groupDigits(1209); // "1 209"
 * groupDigits(500000, NARROW_NO_BREAK_SPACE); // "500 000" (U+202F)
 */
export function groupDigits(value: number | bigint | string, separator = NO_BREAK_SPACE): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

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
 * Writes a percentage given as an exact fraction of the whole the French way: a decimal comma
 * and a no-break space before "%", with as many decimals as the fraction holds (the decimals
 * typed are kept, "12,50 %" stays so).
 *
 * @param numerator - a whole number ≥ 0
 * @param denominator - 100 times a power of ten (100, 1 000, 10 000…)
 * @returns e.g. "12,5 %" (with a no-break space)
 * @throws RangeError when the denominator is not 100 times a power of ten
 * @example
 * frenchPercent(125, 1000); // "12,5 %"
 * frenchPercent(20, 100); // "20 %"
 */
export function frenchPercent(numerator: number, denominator: number): string {
  const zeros = /^10{2,}$/.exec(String(denominator));
  if (!zeros) throw new RangeError(`not a percentage denominator: ${denominator}`);
  const decimals = String(denominator).length - 3;
  const digits = String(numerator).padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = decimals === 0 ? "" : `,${digits.slice(digits.length - decimals)}`;
  return `${whole}${fraction}${NO_BREAK_SPACE}%`;
}
