import { parseStatementNumber } from "../statements/statementNumber";
import type { NumberedStatement } from "../statements/types";

/**
 * The pièce number (IdPce, 1 to 8 digits, > 0) of a titre: the sequence of its statement number,
 * unique within the exercise since a number is never reused.
 *
 * @param number - a statement number, e.g. "2025-0007"
 * @returns e.g. 7
 * @example
 * pieceNumber("2025-0007"); // 7
 */
export function pieceNumber(number: string): number {
  const parsed = parseStatementNumber(number);
  if (!parsed || parsed.seq <= 0 || parsed.seq > 99_999_999)
    throw new RangeError(`Numéro de titre illisible pour le PES : « ${number} »`);
  return parsed.seq;
}

/**
 * The bordereau number (IdBord, 1 to 7 digits) of a generation's PES file: the pièce number of
 * its first titre. Two generations never share it: each one's first titre has a number no other
 * generation has (numbers are never reused), and its titres follow it. DGFiP checks that
 * bordereau numbers are unique per exercise and budget, and sequential: when the budget's other
 * bordereaux come from another software, give the number it would give next instead.
 *
 * @param titres - the titres of the file, in order (at least one)
 * @returns the bordereau number
 * @example
 * bordereauNumber(titresOf2025Second); // 4 when the second generation's first titre is 2025-0004
 */
export function bordereauNumber(titres: readonly NumberedStatement[]): number {
  const first = titres[0];
  if (!first) throw new RangeError("Aucun titre : pas de bordereau.");
  return pieceNumber(first.number);
}
