/**
 * IBAN (ISO 13616) and BIC (ISO 9362) checks, for the account a statement asks the debtor to pay
 * into (RULES.md §9). Pure functions, integer arithmetic only.
 */

/**
 * Length of an IBAN by country, for the SEPA countries and the French territories that use French
 * IBANs (ISO 13616 registry). Another country is only checked for 15 to 34 characters.
 */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
  // French overseas departments and territories, with French-style IBANs.
  BL: 27,
  GF: 27,
  GP: 27,
  MF: 27,
  MQ: 27,
  NC: 27,
  PF: 27,
  PM: 27,
  RE: 27,
  TF: 27,
  WF: 27,
  YT: 27,
};

/**
 * What is wrong with an IBAN:
 * - `characters`: something else than letters and digits (spaces aside);
 * - `country`: it does not start with a two-letter country code and two check digits;
 * - `length`: not the length of its country's IBANs (`expected` characters);
 * - `checksum`: the mod-97 check fails: a character is mistyped.
 *
 * @example
 * const problem: IbanProblem = { kind: "length", expected: 27, actual: 26, country: "FR" };
 */
export type IbanProblem =
  | { readonly kind: "characters" }
  | { readonly kind: "country" }
  | {
      readonly kind: "length";
      readonly country: string;
      readonly expected: number | null;
      readonly actual: number;
    }
  | { readonly kind: "checksum" };

/**
 * Removes the spaces (also no-break and thin ones) people type between the groups of an IBAN or a
 * BIC, and upper-cases it.
 *
 * @param text - the IBAN or BIC as typed
 * @returns the compact, upper-case form
 * @example
 * compactIban("fr76 3000 6000 0112 3456 7890 189"); // "FR7630006000011234567890189"
 */
export function compactIban(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2009\u2007]+/g, "").toUpperCase();
}

/**
 * The remainder modulo 97 of the number an IBAN stands for (ISO 13616, ISO 7064 MOD 97-10): its
 * first four characters moved to the end, each letter replaced by two digits (A = 10 … Z = 35).
 * Worked out a few digits at a time, so that no intermediate value exceeds nine digits.
 *
 * @param iban - compact, upper-case letters and digits
 * @returns a remainder from 0 to 96; 1 for a valid IBAN
 * @example
 * ibanRemainder("FR7630006000011234567890189"); // 1
 */
export function ibanRemainder(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  let chunk = "";
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    chunk += code >= 65 ? String(code - 55) : char;
    // At most 2 digits of remainder + 8 new digits: well inside the safe integers.
    if (chunk.length >= 7) {
      remainder = Number(String(remainder) + chunk) % 97;
      chunk = "";
    }
  }
  return chunk === "" ? remainder : Number(String(remainder) + chunk) % 97;
}

/**
 * Checks an IBAN: letters and digits only (spaces are allowed when typed), a country code and two
 * check digits, the length of its country (27 for France), and the mod-97 key (ISO 13616).
 *
 * @param text - the IBAN as typed
 * @returns null when valid, else what is wrong
 * @example
 * ibanProblem("FR76 3000 6000 0112 3456 7890 189"); // null
 * ibanProblem("FR76 3000 6000 0112 3456 7890 188"); // { kind: "checksum" }
 * ibanProblem("FR76 3000 6000 0112 3456 7890 18"); // { kind: "length", country: "FR", expected: 27, actual: 26 }
 */
export function ibanProblem(text: string): IbanProblem | null {
  const iban = compactIban(text);
  if (!/^[A-Z0-9]+$/.test(iban)) return { kind: "characters" };
  if (!/^[A-Z]{2}\d{2}/.test(iban)) return { kind: "country" };
  const country = iban.slice(0, 2);
  const expected = IBAN_LENGTHS[country] ?? null;
  const lengthOk =
    expected === null ? iban.length >= 15 && iban.length <= 34 : iban.length === expected;
  if (!lengthOk) return { kind: "length", country, expected, actual: iban.length };
  return ibanRemainder(iban) === 1 ? null : { kind: "checksum" };
}

/**
 * Tells whether an IBAN is valid (see ibanProblem).
 *
 * @param text - the IBAN as typed, spaces allowed
 * @returns true when valid
 * @example
 * isValidIban("FR7630006000011234567890189"); // true
 * isValidIban("FR7630006000011234567890198"); // false: two digits swapped
 */
export function isValidIban(text: string): boolean {
  return ibanProblem(text) === null;
}

/**
 * Prints an IBAN the usual way: compact, upper case, in groups of four characters.
 *
 * @param text - the IBAN, compact or not
 * @returns e.g. "FR76 3000 6000 0112 3456 7890 189"
 * @example
 * formatIban("fr7630006000011234567890189"); // "FR76 3000 6000 0112 3456 7890 189"
 */
export function formatIban(text: string): string {
  return (compactIban(text).match(/.{1,4}/g) ?? []).join(" ");
}

/**
 * Checks the shape of a BIC (ISO 9362): a 4-character institution code, a 2-letter country code, a
 * 2-character location code, and optionally a 3-character branch code: 8 or 11 letters and
 * digits. Spaces typed between the parts are ignored.
 *
 * @param text - the BIC as typed
 * @returns true when it has the shape of a BIC
 * @example
 * isValidBic("BDFEFRPPCCT"); // true
 * isValidBic("BDFEFRPP"); // true
 * isValidBic("BDFEFRPPC"); // false: 9 characters
 */
export function isValidBic(text: string): boolean {
  return /^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(compactIban(text));
}
