import { compactCompanyNumber } from "../identifiers/siren";
import { CellProblem } from "../tables/CellProblem";
import { cellText, isEmptyCell } from "../tables/cellText";
import { MESSAGES } from "./registerMessages";

/**
 * Reads a SIRET: spaces and dots removed; a number from Excel is written out in full. The check
 * digit is validation's business (a wrong one may be a warning), not reading's.
 *
 * @param cell - the cell
 * @returns the digits ("" when empty)
 * @throws CellProblem for a number that is not whole
 * @example
 * readCompanyNumber("215 902 990 00013"); // "21590299000013"
 */
export function readCompanyNumber(cell: unknown): string {
  if (isEmptyCell(cell)) return "";
  if (typeof cell === "number") {
    if (!Number.isSafeInteger(cell) || cell < 0) throw new CellProblem(MESSAGES.companyNumber);
    return String(cell);
  }
  return compactCompanyNumber(cellText(cell));
}
