import type { Cents } from "../money/cents";

/** Characters that force a CSV field into quotes. */
const NEEDS_QUOTES = /[;"\r\n]/;

/**
 * Writes one field of a `;`-separated CSV: as is, or in double quotes with inner quotes doubled
 * when it contains ; " CR or LF (RFC 4180 with `;` as separator).
 *
 * @param value - the field's text
 * @returns the field as written in the file
 * @example
 * csvField('Hem; "centre"'); // '"Hem; ""centre"""'
 * csvField("Hem"); // "Hem"
 */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Writes an amount in cents as a French decimal for an import: a comma, always two decimals,
 * no thousands separator and no currency sign. Integer arithmetic only.
 *
 * @param cents - the amount
 * @returns e.g. "1571,70"
 * @example
 * csvDecimal(157170); // "1571,70"
 * csvDecimal(-5); // "-0,05"
 */
export function csvDecimal(cents: Cents): string {
  const sign = cents < 0 ? "-" : "";
  const absolute = Math.abs(cents);
  const euros = Math.trunc(absolute / 100);
  return `${sign}${euros},${String(absolute - euros * 100).padStart(2, "0")}`;
}
