import type { Cents } from "../money/cents";

/**
 * Fields of the `;`-separated CSV files the add-in writes (RULES.md §9: the accounting export;
 * any later CSV too). French Excel opens such a file on a double-click (UTF-8 BOM and `;`), and
 * evaluates a cell that starts like a formula. So there are two kinds of field, and each has its
 * writer:
 * - **text** (anything a user typed, or built from it: names, SIRETs, codes, objects, statement
 *   numbers read from the journal): always through `csvText`, THE way to write a text field;
 * - **numbers the add-in makes itself**: amounts through `csvDecimal` (`-0,05` stays `-0,05`),
 *   whole numbers such as an exercise or a pupil count through `csvInteger`. They are written as
 *   they are: neutralising `-0,05` would turn an amount into a text.
 * Never join a user's text into a line by hand.
 */

/** Characters that force a CSV field into quotes. */
const NEEDS_QUOTES = /[;"\r\n]/;

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"):
 * `=`, `+`, `-`, `@`, tab (U+0009) and carriage return (U+000D).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Writes one TEXT field of a `;`-separated CSV, safe to open in a spreadsheet. This is the way
 * to write any text in a CSV of the add-in.
 *
 * Following OWASP's guidance on CSV injection (https://owasp.org/www-community/attacks/CSV_Injection):
 * 1. a text that starts with `=`, `+`, `-`, `@`, a tab (U+0009) or a carriage return (U+000D) is
 *    prefixed with a single quote `'`, so that Excel reads it as text and never runs it
 *    (`=HYPERLINK(…)` → `'=HYPERLINK(…)`); the quote is a visible character of the field;
 * 2. then, as RFC 4180 with `;` as separator, a field that contains `;`, `"`, a CR or a LF is
 *    enclosed in double quotes, its quotes doubled, so that a `;` inside a text can never start
 *    a new cell (OWASP's example `=1+2";=1+2` gives `"'=1+2"";=1+2"`).
 * Other texts are written unchanged (`Hem`, `2025-0001`). OWASP names these six characters
 * only: a text starting with a space, or with a full-width sign such as `＝`, is left as it is.
 *
 * @param text - the text, as the user typed it
 * @returns the field as written in the file
 * @example
 * csvText("Hem"); // "Hem"
 * csvText('Hem; "centre"'); // '"Hem; ""centre"""'
 * csvText("@SUM(A1:A9)"); // "'@SUM(A1:A9)"
 * csvText("=1;2"); // "\"'=1;2\""
 */
export function csvText(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Writes an amount in cents as a French decimal field: a comma, always two decimals, no
 * thousands separator and no currency sign; a negative amount keeps its minus sign (it is a
 * number, not a formula, and is never neutralised). Integer arithmetic only. The result is a
 * field, ready to write: it never needs quotes.
 *
 * @param cents - the amount
 * @returns e.g. "1571,70"
 * @example
 * csvDecimal(157170); // "1571,70"
 * csvDecimal(-5); // "-0,05"
 */
export function csvDecimal(cents: Cents): string {
  const sign = cents < 0 ? "-" : "";
  const absolute = Math.abs(cents);
  const euros = Math.trunc(absolute / 100);
  return `${sign}${euros},${String(absolute - euros * 100).padStart(2, "0")}`;
}

/**
 * Writes a whole number the add-in made (an exercise, a pupil count) as a field, as it is: a
 * negative number keeps its minus sign. The result never needs quotes.
 *
 * @param value - a safe integer
 * @returns its decimal digits, e.g. "2025"
 * @throws RangeError when the value is not a safe integer (a bug: texts go through csvText)
 * @example
 * csvInteger(2025); // "2025"
 * csvInteger(-3); // "-3"
 */
export function csvInteger(value: number): string {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`csvInteger : entier attendu, reçu ${String(value)}`);
  }
  return String(value);
}

/**
 * Joins the lines of a CSV file of the add-in, each already made of fields from csvText,
 * csvDecimal and csvInteger joined by `;`: UTF-8 byte-order mark first (so that accents read
 * right when Excel opens it), each line ended by CR LF, the last one included.
 *
 * @param lines - the lines, header first
 * @returns the file's content
 * @example
 * csvFile(["Numéro;Montant", "2025-0001;1571,70"]); // "\uFEFFNuméro;Montant\r\n2025-0001;1571,70\r\n"
 */
export function csvFile(lines: readonly string[]): string {
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join("")}`;
}
