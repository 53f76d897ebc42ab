/** SIRETs of La Poste's establishments start with this SIREN and follow their own rule. */
const LA_POSTE_SIREN = "356000000";

/**
 * Removes the spaces, dots and no-break spaces people put in SIREN and SIRET numbers.
 *
 * @param code - the number as typed
 * @returns digits only (or whatever else was typed, for the checks to refuse)
 * @example
 * compactCompanyNumber("200 030 386 00020"); // "20003038600020"
 */
export function compactCompanyNumber(code: string): string {
  return code.replace(/[\s.\u00a0\u202f]+/g, "");
}

/**
 * Luhn check over a string of digits.
 *
 * @param digits - digits only
 * @returns true when the Luhn sum is a multiple of 10
 * @example
 * passesLuhn("732829320"); // true
 */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Checks a SIREN: nine digits passing the Luhn check (RULES.md §8).
 *
 * @param code - the number as typed
 * @returns true when valid
 * @example
 * isValidSiren("732829320"); // true
 */
export function isValidSiren(code: string): boolean {
  const digits = compactCompanyNumber(code);
  return /^\d{9}$/.test(digits) && passesLuhn(digits);
}

/**
 * Checks a SIRET: fourteen digits passing the Luhn check, or, for La Poste (SIREN 356000000),
 * a digit sum that is a multiple of 5 (RULES.md §8).
 *
 * @param code - the number as typed
 * @returns true when valid
 * @example
 * isValidSiret("73282932000074"); // true
 * isValidSiret("20003038600020"); // false: the syndicate's SIRET as printed in the OCR text
 */
export function isValidSiret(code: string): boolean {
  const digits = compactCompanyNumber(code);
  if (!/^\d{14}$/.test(digits)) return false;
  if (passesLuhn(digits)) return true;
  if (!digits.startsWith(LA_POSTE_SIREN)) return false;
  let sum = 0;
  for (const char of digits) sum += char.charCodeAt(0) - 48;
  return sum % 5 === 0;
}

/**
 * Checks a SIRET as ENT.CONTROLE does: its own key ({@link isValidSiret}, La Poste's exception
 * included) and the key of the SIREN it starts with, since a SIRET is a SIREN followed by the
 * establishment's number (NIC), and a SIREN that fails its Luhn key names no company. La Poste's
 * SIREN, 356000000, passes its key, so its SIRETs still pass.
 *
 * @param code - the number as typed
 * @returns true when both keys are right
 * @example
 * isValidSiretWithSiren("73282932000074"); // true
 * isValidSiretWithSiren("21590299500012"); // false: its own key passes, its SIREN's fails
 */
export function isValidSiretWithSiren(code: string): boolean {
  return failedSiretKey(code) === null;
}

/**
 * Which key of a SIRET fails, for messages that say where to look: its own (the fourteenth digit,
 * {@link isValidSiret}, La Poste's exception included) first, else its SIREN's (the ninth digit,
 * over the first nine), else none. A single mistyped digit among the first nine fails both keys;
 * among the last five, the SIRET's only.
 *
 * @param code - the number as typed
 * @returns "siret", "siren" or null when both keys are right
 * @example
 * failedSiretKey("73282932000074"); // null
 * failedSiretKey("73282932000075"); // "siret"
 * failedSiretKey("21590299500012"); // "siren": its own key passes, its SIREN's fails
 */
export function failedSiretKey(code: string): "siret" | "siren" | null {
  if (!isValidSiret(code)) return "siret";
  return passesLuhn(compactCompanyNumber(code).slice(0, 9)) ? null : "siren";
}

/**
 * Completes a number with the digit that makes it pass the Luhn check: builds valid example
 * SIRENs and SIRETs (sample register, benchmarks, tests).
 *
 * @param prefix - all the digits but the last
 * @returns the prefix and its check digit
 * @example
 * withLuhnDigit("73282932"); // "732829320"
 */
export function withLuhnDigit(prefix: string): string {
  const digit = [..."0123456789"].find((candidate) => passesLuhn(prefix + candidate)) ?? "0";
  return prefix + digit;
}

/**
 * Builds a SIRET whose two keys pass: the SIREN's (its ninth digit) and the SIRET's own (its
 * fourteenth), as {@link isValidSiretWithSiren} checks. For example SIRETs in samples and tests:
 * `withLuhnDigit` over thirteen digits alone gives a SIRET whose SIREN usually fails its key.
 *
 * @param sirenPrefix - the first eight digits of the SIREN
 * @param nic - the first four digits of the establishment's number (NIC)
 * @returns the fourteen digits
 * @example
 * withSiretKeys("73282932", "0007"); // "73282932000074"
 */
export function withSiretKeys(sirenPrefix: string, nic: string): string {
  return withLuhnDigit(withLuhnDigit(sirenPrefix) + nic);
}
