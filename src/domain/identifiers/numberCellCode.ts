import type { IdentifierType } from "./checkIdentifier";

/** Digits of each company number: a number cell drops their leading zeros. */
const LENGTHS = { siren: 9, siret: 14 } as const;

/**
 * The code a number cell stands for. A SIREN or SIRET typed in a number cell loses its leading
 * zeros (012345674 becomes 12345674), as a UAI may lose its first zero: they are put back. With
 * the type given, up to the type's length; without it, one zero only (8 digits read as a SIREN,
 * 13 as a SIRET), as for the UAI, since any shorter number would otherwise pass for a SIREN.
 *
 * @param value - a whole number ≥ 0, as Excel passed it
 * @param type - the type given, or null to guess it from the length
 * @returns the code as text
 * @example
 * numberCellCode(12345674, null); // "012345674"
 * numberCellCode(1234567, "siren"); // "001234567"
 * numberCellCode(732829320, null); // "732829320"
 */
export function numberCellCode(value: number, type: IdentifierType | null): string {
  const digits = String(value);
  if (type === "siren" || type === "siret") return digits.padStart(LENGTHS[type], "0");
  if (type === null && digits.length === LENGTHS.siren - 1) return `0${digits}`;
  if (type === null && digits.length === LENGTHS.siret - 1) return `0${digits}`;
  return digits;
}
