/**
 * Text for pdf-lib's standard fonts (Helvetica), which encode WinAnsi (Windows-1252) only and
 * throw on any other character. Every text drawn on a statement goes through
 * {@link sanitizeWinAnsi} first.
 */

const NO_BREAK_SPACE = "\u00a0";

/** The 27 characters WinAnsi places between 0x80 and 0x9F (€, typographic quotes, œ, …). */
const WIN_ANSI_HIGH =
  "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178";

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
  if (codePoint >= 0x20 && codePoint <= 0x7e) return true;
  if (codePoint >= 0xa0 && codePoint <= 0xff) return true;
  return WIN_ANSI_HIGH.includes(String.fromCodePoint(codePoint));
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
