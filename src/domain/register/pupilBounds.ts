import { CellProblem } from "../tables/CellProblem";
import { readWholeNumber } from "../tables/readWholeNumber";
import { MESSAGES } from "./registerMessages";
import { isEmptyCell } from "../tables/cellText";
import { groupDigits, NARROW_NO_BREAK_SPACE } from "../text/frenchText";

/**
 * Bounds on pupil counts: what is possible, and what is plausible. The whole region has 500 000
 * primary pupils ("il s'agit d'1 million d'élèves […] dont 500 000 dans le 1er degré", Hem's
 * deliberation DEL/2023/AE/135, seed 003): no member and no school can have more, so more is an
 * error. Beyond what a member or a school plausibly has, a warning: a fifth of the region in one
 * member (100 000 pupils, about what the largest intercommunality of the region would have), a
 * school of more than 2 000 pupils (a large French primary school has a few hundred).
 *
 * @example
 * PUPIL_BOUNDS.possible; // 500000
 */
export const PUPIL_BOUNDS = {
  /** More is an error: the primary pupils of the whole region (seed 003). */
  possible: 500_000,
  /** More is a warning for a member (its own cell, or its schools' total). */
  plausibleMember: 100_000,
  /** More is a warning for a school. */
  plausibleSchool: 2_000,
} as const;

/**
 * A count shown the French way, with a narrow no-break space between thousands.
 *
 * @param count - a whole number
 * @returns e.g. "500 000"
 * @example
 * pupilCount(500000); // "500 000"
 */
export function pupilCount(count: number): string {
  return groupDigits(count, NARROW_NO_BREAK_SPACE);
}

/**
 * Reads a pupil count: a whole number ≥ 0 (readWholeNumber) that is possible, at most the
 * region's 500 000 primary pupils.
 *
 * @param cell - the cell
 * @returns the count
 * @throws CellProblem when empty, not a whole number ≥ 0, or beyond what is possible
 * @example
 * readPupils("1 209"); // 1209
 * readPupils(1e12); // throws: "nombre d'élèves impossible : plus que les 500 000 élèves …"
 */
export function readPupils(cell: unknown): number {
  const pupils = readWholeNumber(cell);
  if (pupils > PUPIL_BOUNDS.possible) {
    throw new CellProblem(MESSAGES.impossiblePupils(pupilCount(PUPIL_BOUNDS.possible)));
  }
  return pupils;
}

/**
 * Reads an optional pupil count (see readPupils).
 *
 * @param cell - the cell
 * @returns the count, or null when empty
 * @throws CellProblem when not a possible count
 * @example
 * readOptionalPupils(""); // null
 */
export function readOptionalPupils(cell: unknown): number | null {
  return isEmptyCell(cell) ? null : readPupils(cell);
}
