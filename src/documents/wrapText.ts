import { sanitizeWinAnsi } from "./winAnsi";

/**
 * What wrapText needs from a font: StandardFont fits, and so does a test double.
 *
 * @example
 * const measure: TextMeasure = HELVETICA;
 */
export interface TextMeasure {
  widthOfTextAtSize(text: string, size: number): number;
}

/**
 * Splits a text into lines no wider than `width` at `size`, breaking at plain spaces only, so
 * that "1 571,70 €" (no-break spaces) never splits. A word wider than the column is cut between
 * characters. The text is sanitized for WinAnsi first (sanitizeWinAnsi), so measuring never
 * throws; line breaks in it are treated as spaces.
 *
 * @param text - the text to wrap
 * @param font - the font, to measure with
 * @param size - font size, in points
 * @param width - column width, in points
 * @returns the lines, at least one (possibly "")
 * @example
 * wrapText("Conditions de paiement : 30 jours à réception", helvetica, 10, 120);
 * // ["Conditions de paiement :", "30 jours à réception"]
 */
export function wrapText(text: string, font: TextMeasure, size: number, width: number): string[] {
  const fits = (line: string): boolean => font.widthOfTextAtSize(line, size) <= width;
  const lines: string[] = [];
  let current = "";
  for (const word of sanitizeWinAnsi(text)
    .split(" ")
    .filter((w) => w !== "")) {
    const candidate = current === "" ? word : `${current} ${word}`;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current !== "") lines.push(current);
    current = "";
    for (const piece of cutWord(word, fits)) {
      if (current !== "") lines.push(current);
      current = piece;
    }
  }
  lines.push(current);
  return lines;
}

/** Cuts a word into pieces that fit, one character at least per piece. */
function cutWord(word: string, fits: (line: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of word) {
    if (piece !== "" && !fits(piece + char)) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  pieces.push(piece);
  return pieces;
}
