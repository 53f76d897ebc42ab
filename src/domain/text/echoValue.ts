/**
 * Longest part of a value a message repeats, in characters: room for any code, date, rule or
 * option list, while a 32 000-character cell no longer fills the message.
 */
export const ECHO_MAX_CHARACTERS = 60;

const ELLIPSIS = "…";

/**
 * Cuts a text a message repeats to {@link ECHO_MAX_CHARACTERS} characters, ending it with an
 * ellipsis when something was left out. Characters are counted as code points, so an emoji is
 * never split in half.
 *
 * @param text - the text as the user typed it
 * @param max - the longest result, ellipsis included (at least 2)
 * @returns the text, or its beginning and "…"
 * @example
 * cutEcho("accompagnement"); // "accompagnement"
 * cutEcho("x".repeat(32000)).length; // 60 ("xxx…x…")
 */
export function cutEcho(text: string, max: number = ECHO_MAX_CHARACTERS): string {
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  return characters.slice(0, max - 1).join("") + ELLIPSIS;
}

/**
 * A text between French quotation marks, cut with {@link cutEcho}: how messages repeat what was
 * typed.
 *
 * @param text - the text as typed
 * @returns « text »
 * @example
 * quoteEcho("TVA"); // "« TVA »"
 */
export function quoteEcho(text: string): string {
  return `« ${cutEcho(text)} »`;
}

/**
 * Writes a number the way French Excel shows it: a decimal comma, an upper-case exponent
 * (1E+308), and "infini" for the infinities no cell can hold.
 *
 * @param value - any number
 * @returns e.g. "12,5", "-1", "1E+308"
 * @example
 * frenchNumber(12.5); // "12,5"
 * frenchNumber(1e308); // "1E+308"
 */
export function frenchNumber(value: number): string {
  if (value === Infinity) return "infini";
  if (value === -Infinity) return "-infini";
  return String(value).replace(".", ",").replace("e", "E");
}

/**
 * Repeats any value an Excel argument or a cell can hold, for a message: a number in French
 * form, a text between quotation marks and cut, VRAI or FAUX, "vide" for an empty cell.
 *
 * @param value - the value as Excel passed it
 * @returns the value as a message shows it
 * @example
 * echoValue(12.5); // "12,5"
 * echoValue("abc"); // "« abc »"
 * echoValue(null); // "vide"
 */
export function echoValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "vide";
  if (typeof value === "number") return frenchNumber(value);
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  return quoteEcho(String(value));
}

/**
 * Repeats any value between French quotation marks, as messages quote what was typed: a number
 * in French form, VRAI or FAUX, a text cut with {@link cutEcho}.
 *
 * @param value - the value as Excel passed it
 * @returns « value »
 * @example
 * quotedValue(12.5); // "« 12,5 »"
 * quotedValue(true); // "« VRAI »"
 */
export function quotedValue(value: unknown): string {
  if (typeof value === "number") return `« ${frenchNumber(value)} »`;
  if (typeof value === "boolean") return value ? "« VRAI »" : "« FAUX »";
  return quoteEcho(String(value));
}
