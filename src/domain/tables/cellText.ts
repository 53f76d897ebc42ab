/**
 * Shows a cell value as text for messages: numbers with a decimal comma, booleans as VRAI/FAUX.
 *
 * @param cell - a value as Excel passes it
 * @returns the text ("" for an empty cell)
 * @example
 * cellText(1.3); // "1,3"
 */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return String(cell).replace(".", ",");
  if (typeof cell === "boolean") return cell ? "VRAI" : "FAUX";
  if (typeof cell === "string") return cell.trim();
  return String(cell);
}

/**
 * Tells whether a cell is empty as Excel passes it: null, undefined or blank text.
 *
 * @param cell - a value as Excel passes it
 * @returns true when empty
 * @example
 * isEmptyCell("  "); // true
 */
export function isEmptyCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}
