import { isDomainError } from "../errors/DomainError";
import { compactCompanyNumber } from "../identifiers/siren";
import type { Cents } from "../money/cents";
import { eurosToCents, parseEurosText } from "../money/parseEuros";
import { cellText, isEmptyCell } from "../tables/cellText";
import { normalizeKey } from "../text/normalizeKey";
import { MESSAGES } from "./registerMessages";
import { NO_WORDS, YES_WORDS } from "./registerWords";

/**
 * A cell that cannot be read; the message (French) says what is expected.
 *
 * @example
 * throw new CellProblem(MESSAGES.required);
 */
export class CellProblem extends Error {}

const DIGITS = /^\d+$/;
const THOUSANDS = /[\s\u00a0\u202f]/g;

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
 * @returns the text
 * @throws CellProblem when empty
 * @example
 * readRequiredText("Hem"); // "Hem"
 */
export function readRequiredText(cell: unknown): string {
  if (isEmptyCell(cell)) throw new CellProblem(MESSAGES.required);
  return cellText(cell);
}

/**
 * Reads a whole number ≥ 0: a number, or text with optional thousands spaces ("1 209").
 *
 * @param cell - the cell
 * @returns the number
 * @throws CellProblem when empty, negative, fractional or not a number
 * @example
 * readWholeNumber("1 209"); // 1209
 */
export function readWholeNumber(cell: unknown): number {
  if (isEmptyCell(cell)) throw new CellProblem(MESSAGES.required);
  const text = typeof cell === "string" ? cell.replace(THOUSANDS, "") : "";
  const value = typeof cell === "number" ? cell : DIGITS.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < 0) throw new CellProblem(MESSAGES.wholeNumber);
  return value;
}

/**
 * Reads an optional whole number ≥ 0.
 *
 * @param cell - the cell
 * @returns the number, or null when empty
 * @throws CellProblem when not a whole number ≥ 0
 * @example
 * readOptionalWholeNumber(""); // null
 */
export function readOptionalWholeNumber(cell: unknown): number | null {
  return isEmptyCell(cell) ? null : readWholeNumber(cell);
}

/**
 * Reads yes or no: oui/non, VRAI/FAUX (text or boolean), x, 1/0; an empty cell is no.
 *
 * @param cell - the cell
 * @returns true for yes
 * @throws CellProblem for anything else
 * @example
 * readYesNo("Oui"); // true
 */
export function readYesNo(cell: unknown): boolean {
  if (isEmptyCell(cell)) return false;
  if (typeof cell === "boolean") return cell;
  const word = normalizeKey(cellText(cell));
  if (YES_WORDS.has(word)) return true;
  if (NO_WORDS.has(word)) return false;
  throw new CellProblem(MESSAGES.yesNo);
}

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

/**
 * Reads an amount in euros ≥ 0, a number or text with a decimal comma.
 *
 * @param cell - the cell
 * @returns cents
 * @throws CellProblem when empty, negative, or finer than the cent
 * @example
 * readAmount(1571.7); // 157170
 */
export function readAmount(cell: unknown): Cents {
  if (isEmptyCell(cell)) throw new CellProblem(MESSAGES.required);
  try {
    const cents =
      typeof cell === "number"
        ? eurosToCents(cell, "montant")
        : parseEurosText(cellText(cell), "montant");
    if (cents < 0) throw new CellProblem(MESSAGES.amount);
    return cents;
  } catch (error) {
    if (isDomainError(error)) throw new CellProblem(MESSAGES.amount);
    throw error;
  }
}

/**
 * Reads a word from a fixed list, ignoring case and accents.
 *
 * @param words - accepted words (normalized) and what each means
 * @param message - what is expected, when the word is not in the list
 * @param prefixes - normalized prefixes that also match, with what they mean
 * @returns a reader for such cells
 * @example
 * readWord({ emis: "emis" }, "…")("Émis"); // "emis"
 */
export function readWord<T>(
  words: Readonly<Record<string, T>>,
  message: string,
  prefixes: Readonly<Record<string, T>> = {}
): (cell: unknown) => T {
  return (cell) => {
    const key = normalizeKey(cellText(cell));
    // hasOwn: a cell reading "constructor" must not find Object.prototype's.
    const value = Object.hasOwn(words, key)
      ? words[key]
      : Object.entries(prefixes).find(([prefix]) => key.startsWith(prefix))?.[1];
    if (value === undefined) throw new CellProblem(message);
    return value;
  };
}
