import { CELL_MESSAGES } from "./cellMessages";
import { CellProblem } from "./CellProblem";
import { cellText, isEmptyCell } from "./cellText";

/**
 * Reads a cell as trimmed text ("" when empty).
 *
 * @param cell - the cell
 * @returns the text
 * @example
 * readText("  Hem "); // "Hem"
 */
export function readText(cell: unknown): string {
  return cellText(cell);
}

/**
 * Reads a cell that must not be empty.
 *
 * @param cell - the cell
 * @param missing - what to say when it is empty
 * @returns the text, trimmed
 * @throws CellProblem (missing) when empty
 * @example
 * readRequiredText(" Hem "); // "Hem"
 * readRequiredText(""); // throws "valeur obligatoire."
 */
export function readRequiredText(cell: unknown, missing: string = CELL_MESSAGES.required): string {
  if (isEmptyCell(cell)) throw new CellProblem(missing, "missing");
  return cellText(cell);
}
