import { cellTextWidth } from "./cellTextWidth";

/**
 * Share of a span of columns that a text may fill. Excel draws each character on whole pixels,
 * which makes a line up to 7 % wider than its outline at 11 points, and another font than Calibri
 * (Aptos, the fallback of a machine without Calibri) may be a little wider still: a line cut to
 * 85 % of the span prints within it everywhere we know of.
 */
const SAFE_SHARE = 0.85;

/** Padding of a cell, in widths of "0": Excel keeps 5 pixels of a column for it, at 7 a zero. */
const CELL_PADDING = 5 / 7;

/** Words this short do not end a line: "L." stays with "1617-5", "à" with what follows. */
const SHORT_WORD = 2;

/**
 * How wide a line may be, in widths of "0", to print within a span of columns whatever the font
 * rendering: the columns' widths less a cell's padding, of which {@link SAFE_SHARE}.
 *
 * @param columnWidths - widths of the columns the text spans, in characters
 * @returns the width a line may take, in zeros
 * @example
 * spanTextWidth([46, 24, 10, 14, 14]); // about 91
 */
export function spanTextWidth(columnWidths: readonly number[]): number {
  const total = columnWidths.reduce((sum, width) => sum + width, 0);
  return Math.max(1, (total - CELL_PADDING) * SAFE_SHARE);
}

/** Cuts a word wider than a line into pieces that fit, one character at least each. */
function cutWord(word: string, fits: (line: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const character of word) {
    if (piece !== "" && !fits(piece + character)) {
      pieces.push(piece);
      piece = "";
    }
    piece += character;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/**
 * Cuts a text into lines that each print within `width` widths of "0" in Calibri 11 (measured
 * by cellTextWidth) and hold at most `maxCharacters`: for a sheet row whose text spills over the
 * empty cells on its right, where it cannot wrap. Lines break between words; a word of one or two
 * characters goes down with the word after it; a word wider than a line is cut between characters.
 * Nothing is lost: the lines joined with spaces give the text back, runs of spaces made one (and a
 * cut word without its cut).
 *
 * @param text - the text
 * @param width - the widest line, in zeros (see spanTextWidth)
 * @param options - bold, and the most characters a line may hold
 * @returns the lines, none empty (none at all for a blank text)
 * @example
 * fitCellText("Dans les deux mois suivant la réception du présent titre", 20);
 * // ["Dans les deux mois", "suivant la réception", "du présent titre"]
 */
export function fitCellText(
  text: string,
  width: number,
  options: { readonly bold?: boolean; readonly maxCharacters?: number } = {}
): string[] {
  const maxCharacters = options.maxCharacters ?? Infinity;
  const fits = (line: string): boolean =>
    line.length <= maxCharacters && cellTextWidth(line, options.bold) <= width;
  const lines: string[] = [];
  let line: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (fits([...line, word].join(" "))) {
      line.push(word);
      continue;
    }
    const last = line.at(-1) ?? "";
    const carry = line.length > 1 && last.length <= SHORT_WORD && fits(`${last} ${word}`);
    const carried = carry ? line.splice(-1) : [];
    if (line.length > 0) lines.push(line.join(" "));
    line = [...carried];
    if (fits([...line, word].join(" "))) {
      line.push(word);
      continue;
    }
    if (line.length > 0) lines.push(line.join(" "));
    const pieces = cutWord(word, fits);
    lines.push(...pieces.slice(0, -1));
    line = pieces.slice(-1);
  }
  if (line.length > 0) lines.push(line.join(" "));
  return lines;
}

/**
 * How many lines a text takes in a cell that wraps it, in a column of the given width: counted
 * as fitCellText cuts it (so a little more than Excel or LibreOffice need, never fewer), each
 * line break of the text starting a new line.
 *
 * @param text - the cell's text
 * @param columnWidth - the column's width, in characters
 * @param bold - whether the text is bold
 * @returns at least 1
 * @example
 * wrappedLineCount("Communauté d'agglomération de la Porte du Hainaut", 20); // 4
 */
export function wrappedLineCount(text: string, columnWidth: number, bold = false): number {
  const width = spanTextWidth([columnWidth]);
  const lines = text
    .split(/\r\n|\r|\n/)
    .reduce(
      (sum, paragraph) => sum + Math.max(1, fitCellText(paragraph, width, { bold }).length),
      0
    );
  return Math.max(1, lines);
}
