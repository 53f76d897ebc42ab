import { normalizeKey } from "../text/normalizeKey";
import { CellProblem } from "./CellProblem";
import { cellText } from "./cellText";

/**
 * Makes a reader of a word from a fixed list, ignoring case, accents and spacing (normalizeKey).
 * A word may mean null (a vote left blank on purpose, say); only a word not in the list is refused.
 *
 * @param words - accepted words (normalized) and what each means
 * @param invalid - what is expected, when the word is not in the list
 * @param prefixes - normalized prefixes that also match, with what they mean
 * @returns a reader for such cells, throwing CellProblem (invalid) for any other word
 * @example
 * readWord({ emis: "issued" }, "statut attendu : émis.")("Émis"); // "issued"
 */
export function readWord<T>(
  words: Readonly<Record<string, T>>,
  invalid: string,
  prefixes: Readonly<Record<string, T>> = {}
): (cell: unknown) => T {
  return (cell) => {
    const key = normalizeKey(cellText(cell));
    // hasOwn: a cell reading "constructor" must not find Object.prototype's.
    const value = Object.hasOwn(words, key)
      ? words[key]
      : Object.entries(prefixes).find(([prefix]) => key.startsWith(prefix))?.[1];
    if (value === undefined) throw new CellProblem(invalid);
    return value;
  };
}
