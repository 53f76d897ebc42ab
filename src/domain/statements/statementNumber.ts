import { DomainError } from "../errors/DomainError";

const NUMBER = /^(\d{4})-(\d{4,})$/;

/**
 * Formats a statement number: the exercise, a hyphen and the sequence padded to four digits.
 * Past 9 999 the sequence simply grows a digit, so numbers stay unique.
 *
 * @param year - the exercise
 * @param seq - the sequence number, from 1
 * @returns e.g. "2025-0001"
 * @throws DomainError when the sequence is not a whole number ≥ 1
 * @example
 * formatStatementNumber(2025, 1); // "2025-0001"
 */
export function formatStatementNumber(year: number, seq: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1) {
    throw new DomainError(
      "invalid-number",
      `Numéro d'appel : la séquence doit être un entier ≥ 1 (reçu ${String(seq)}).`
    );
  }
  return `${year}-${String(seq).padStart(4, "0")}`;
}

/**
 * Reads a statement number back.
 *
 * @param number - e.g. "2025-0007"
 * @returns its year and sequence, or null when it does not have the form yyyy-nnnn
 * @example
 * parseStatementNumber("2025-0007"); // { year: 2025, seq: 7 }
 * parseStatementNumber("2025-7"); // null
 */
export function parseStatementNumber(number: string): { year: number; seq: number } | null {
  const match = NUMBER.exec(number.trim());
  if (!match) return null;
  const seq = Number(match[2]);
  return seq >= 1 && Number.isSafeInteger(seq) ? { year: Number(match[1]), seq } : null;
}
