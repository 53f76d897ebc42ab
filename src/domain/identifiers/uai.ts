/** Check letters of a UAI: A–Z without I, O and Q (RULES.md §8). */
const UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
const UAI_SHAPE = /^(\d{7})([A-Z])$/;

/**
 * Normalizes a UAI as typed in a sheet: trimmed, upper case, and a leading zero restored when a
 * spreadsheet turned "0951099D" into "951099D".
 *
 * @param code - the code as typed
 * @returns the normalized code (not necessarily valid)
 * @example
 * normalizeUai(" 951099d "); // "0951099D"
 */
export function normalizeUai(code: string): string {
  const compact = code.replace(/\s+/g, "").toUpperCase();
  return /^\d{6}[A-Z]$/.test(compact) ? `0${compact}` : compact;
}

/**
 * Checks a UAI (school code): seven digits and the check letter
 * `ABCDEFGHJKLMNPRSTUVWXYZ`[number mod 23].
 *
 * @param code - the code as typed; normalized first with {@link normalizeUai}
 * @returns true when the shape and the check letter are right
 * @example
 * isValidUai("0951099D"); // true
 * isValidUai("0951099E"); // false
 */
export function isValidUai(code: string): boolean {
  const match = UAI_SHAPE.exec(normalizeUai(code));
  if (!match) return false;
  const [, digits = "", letter = ""] = match;
  return UAI_LETTERS[Number(digits) % 23] === letter;
}

/**
 * Completes seven digits with their UAI check letter: builds valid example school codes.
 *
 * @param digits - seven digits
 * @returns the UAI
 * @example
 * withUaiLetter("0951099"); // "0951099D"
 */
export function withUaiLetter(digits: string): string {
  return digits + (UAI_LETTERS[Number(digits) % 23] ?? "A");
}
