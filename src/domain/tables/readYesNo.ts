import { normalizeKey } from "../text/normalizeKey";
import { CELL_MESSAGES } from "./cellMessages";
import { CellProblem } from "./CellProblem";
import { cellText, isEmptyCell } from "./cellText";

/**
 * Words read as yes, normalized (normalizeKey); "obligatoire" answers the register's
 * "… obligatoire" columns in their own word.
 *
 * @example
 * YES_WORDS.has("vrai"); // true
 */
export const YES_WORDS: ReadonlySet<string> = new Set([
  "oui",
  "vrai",
  "true",
  "x",
  "1",
  "obligatoire",
]);

/**
 * Words read as no, normalized; an empty cell is no too.
 *
 * @example
 * NO_WORDS.has("non"); // true
 */
export const NO_WORDS: ReadonlySet<string> = new Set(["non", "faux", "false", "0"]);

/**
 * Reads yes or no: oui/non, VRAI/FAUX (text or boolean), x, 1/0; an empty cell is no.
 *
 * @param cell - the cell
 * @param invalid - what to say for anything else
 * @returns true for yes
 * @throws CellProblem (invalid) for anything else
 * @example
 * readYesNo("Oui"); // true
 * readYesNo("peut-être"); // throws "oui ou non attendu (oui, non, VRAI, FAUX, x, ou vide pour non)."
 */
export function readYesNo(cell: unknown, invalid: string = CELL_MESSAGES.yesNo): boolean {
  if (isEmptyCell(cell)) return false;
  if (typeof cell === "boolean") return cell;
  const word = normalizeKey(cellText(cell));
  if (YES_WORDS.has(word)) return true;
  if (NO_WORDS.has(word)) return false;
  throw new CellProblem(invalid);
}
