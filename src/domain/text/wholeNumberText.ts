import { groupDigits } from "./frenchText";

/**
 * The largest whole number counted exactly: 2^53 − 1 (Number.MAX_SAFE_INTEGER). Beyond it a
 * number of JavaScript (and of Excel, whose numbers are the same doubles) skips whole numbers.
 */
export const LARGEST_WHOLE_NUMBER = Number.MAX_SAFE_INTEGER;

/**
 * Tells whether a number is a whole number beyond {@link LARGEST_WHOLE_NUMBER} (or +∞): too
 * large, rather than not whole.
 *
 * @param value - the number received
 * @returns true for 2^53, 1E+21, 1E+308…
 * @example
 * isTooLargeWholeNumber(2 ** 53); // true
 * isTooLargeWholeNumber(12.5); // false
 */
export function isTooLargeWholeNumber(value: number): boolean {
  return value > LARGEST_WHOLE_NUMBER;
}

/**
 * What a message says a too large whole number should be.
 *
 * @example
 * TOO_LARGE_WHOLE_NUMBER; // "au plus 9 007 199 254 740 991"
 */
export const TOO_LARGE_WHOLE_NUMBER = `au plus ${groupDigits(LARGEST_WHOLE_NUMBER)}`;

/**
 * What a message says a count must be: a whole number ≥ 0, or ≥ 1 where zero is refused (members
 * in office), so that the message never calls acceptable a value the next check refuses.
 *
 * @param least - the smallest count accepted, 0 or 1
 * @returns "un nombre entier positif ou nul" or "un nombre entier d'au moins 1"
 * @example
 * wholeNumberExpected(1); // "un nombre entier d'au moins 1"
 */
export function wholeNumberExpected(least: 0 | 1 = 0): string {
  return least === 0 ? "un nombre entier positif ou nul" : "un nombre entier d'au moins 1";
}
