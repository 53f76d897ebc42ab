import type { Cents } from "../money/cents";

/**
 * An amount in PES form (V_Montant: decimal, two fraction digits, point): integer cents to a
 * string, never through a binary float.
 *
 * @param cents - an amount in whole cents
 * @returns e.g. "1571.70"
 * @example
 * pesAmount(157170); // "1571.70"
 * pesAmount(5); // "0.05"
 */
export function pesAmount(cents: Cents): string {
  if (!Number.isSafeInteger(cents))
    throw new RangeError(`Montant non entier en centimes : ${cents}`);
  const sign = cents < 0 ? "-" : "";
  const digits = String(Math.abs(cents)).padStart(3, "0");
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
