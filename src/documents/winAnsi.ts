/**
 * Text for the PDF standard fonts (Helvetica), which encode WinAnsi (Windows-1252) only. Every
 * text drawn on a statement goes through {@link sanitizeWinAnsi} first, then is written as
 * WinAnsi bytes ({@link winAnsiByte}).
 */

const NO_BREAK_SPACE = "\u00a0";

/** The 27 characters WinAnsi places between 0x80 and 0x9F (€, typographic quotes, œ, …). */
const WIN_ANSI_HIGH = new Map<number, number>([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
]);

/**
 * The WinAnsi byte of a code point, or null when WinAnsi cannot encode it: printable ASCII and
 * Latin-1 from U+00A0 are their own byte, the 27 characters of 0x80–0x9F have theirs.
 *
 * @param codePoint - a Unicode code point
 * @returns the byte, or null
 * @example
 * winAnsiByte(0x20ac); // 0x80 (€)
 * winAnsiByte(0xe9); // 0xe9 (é)
 * winAnsiByte(0x1f600); // null (😀)
 */
export function winAnsiByte(codePoint: number): number | null {
  if (codePoint >= 0x20 && codePoint <= 0x7e) return codePoint;
  if (codePoint >= 0xa0 && codePoint <= 0xff) return codePoint;
  return WIN_ANSI_HIGH.get(codePoint) ?? null;
}

/**
 * The WinAnsi byte written, and measured, for a character WinAnsi cannot encode: "?".
 *
 * @example
 * String.fromCharCode(REPLACEMENT_BYTE); // "?"
 */
export const REPLACEMENT_BYTE = 0x3f;

/**
 * Calls `visit` with the WinAnsi byte of each character of a text, in order: REPLACEMENT_BYTE
 * ("?") for a character WinAnsi cannot encode, once per character even beyond the BMP (a
 * surrogate pair). What the PDF writer both measures and writes.
 *
 * @param text - the text, best sanitized (sanitizeWinAnsi)
 * @param visit - called with each byte
 * @example
 * forEachWinAnsiByte("é😀", (byte) => bytes.push(byte)); // bytes: [0xe9, 0x3f]
 */
export function forEachWinAnsiByte(text: string, visit: (byte: number) => void): void {
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      // A character beyond the BMP is never WinAnsi: its low surrogate is skipped.
      index += 1;
      visit(REPLACEMENT_BYTE);
    } else {
      visit(winAnsiByte(unit) ?? REPLACEMENT_BYTE);
    }
  }
}

/**
 * Whether a code point can be drawn with a WinAnsi standard font: printable ASCII, Latin-1 from
 * U+00A0, and the 27 characters of 0x80–0x9F.
 *
 * @param codePoint - a Unicode code point
 * @returns true when Helvetica can encode it
 * @example
 * isWinAnsi("é".codePointAt(0) ?? 0); // true
 * isWinAnsi(0x1f600); // false (😀)
 */
export function isWinAnsi(codePoint: number): boolean {
  return winAnsiByte(codePoint) !== null;
}

/** Narrow no-break (Intl fr-FR), thin and figure spaces: kept unbreakable, as U+00A0. */
const NARROW_SPACES = /[\u202f\u2009\u2007]/g;
/** Other spaces and line breaks: a plain space. */
const OTHER_SPACES = /[\t\n\v\f\r\u0085\u2000-\u2006\u2008\u200a\u2028\u2029\u205f\u3000]/g;
/**
 * Invisible characters that would otherwise show as "?": zero widths, joiners, word joiner,
 * variation selectors (emoji presentation), byte order mark.
 */
function isInvisible(codePoint: number): boolean {
  return (
    (codePoint >= 0x200b && codePoint <= 0x200d) ||
    codePoint === 0x2060 ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    codePoint === 0xfeff
  );
}

/**
 * Makes a text drawable with a WinAnsi font, never throwing: composes accents (NFC), turns the
 * narrow, thin and figure spaces into U+00A0, other spaces and line breaks into " ", drops
 * invisible characters (zero widths, joiners, variation selectors), and replaces every other
 * character WinAnsi cannot encode (emoji, CJK, control characters) with "?".
 *
 * @param text - any text, typically from the register
 * @returns a text every WinAnsi standard font can encode
 * @example
 * sanitizeWinAnsi("1\u202f571,70\u00a0€"); // "1\u00a0571,70\u00a0€"
 * sanitizeWinAnsi("Hem 😀"); // "Hem ?"
 * sanitizeWinAnsi("Lys\u2013lez\u2013Lannoy œuvre"); // unchanged: – and œ are WinAnsi
 */
export function sanitizeWinAnsi(text: string): string {
  const normalized = text
    .normalize("NFC")
    .replace(NARROW_SPACES, NO_BREAK_SPACE)
    .replace(OTHER_SPACES, " ");
  let out = "";
  for (const char of normalized) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (!isInvisible(codePoint)) out += isWinAnsi(codePoint) ? char : "?";
  }
  return out;
}
