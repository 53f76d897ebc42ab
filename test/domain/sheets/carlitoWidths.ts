import { existsSync, readFileSync } from "node:fs";

// Reads the advance widths of Carlito (Debian: fonts-crosextra-carlito, a font on Calibri's
// metrics) from its TrueType tables (head, hhea, hmtx, cmap format 4): an oracle for the widths
// cellTextWidth holds.

/** Where Debian installs Carlito. */
export const CARLITO = {
  regular: "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
  bold: "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
} as const;

/** True when both fonts are there. */
export const HAS_CARLITO_FILES = existsSync(CARLITO.regular) && existsSync(CARLITO.bold);

/**
 * The advance width of a character in a TrueType font, in font units, and the font's units per em.
 *
 * @param file - the .ttf file
 * @returns a function giving the width of a code point (null when the font lacks it)
 */
export function advanceWidths(file: string): (codePoint: number) => number | null {
  const font = readFileSync(file);
  const tables = new Map<string, number>();
  for (let i = 0; i < font.readUInt16BE(4); i += 1) {
    const entry = 12 + i * 16;
    tables.set(font.toString("latin1", entry, entry + 4), font.readUInt32BE(entry + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`${file} : pas de table ${tag}`);
    return offset;
  };
  const metrics = font.readUInt16BE(table("hhea") + 34);
  const advance = (glyph: number) =>
    font.readUInt16BE(table("hmtx") + 4 * Math.min(glyph, metrics - 1));
  const cmap = table("cmap");
  let subtable = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i += 1) {
    const platform = font.readUInt16BE(cmap + 4 + i * 8);
    const encoding = font.readUInt16BE(cmap + 6 + i * 8);
    if (platform === 3 && encoding === 1) subtable = cmap + font.readUInt32BE(cmap + 8 + i * 8);
  }
  const segments = font.readUInt16BE(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const ranges = deltas + segments * 2;
  const glyphOf = (codePoint: number): number => {
    for (let i = 0; i < segments; i += 1) {
      if (codePoint > font.readUInt16BE(ends + 2 * i)) continue;
      const start = font.readUInt16BE(starts + 2 * i);
      if (codePoint < start) return 0;
      const delta = font.readInt16BE(deltas + 2 * i);
      const range = font.readUInt16BE(ranges + 2 * i);
      if (range === 0) return (codePoint + delta) & 0xffff;
      const glyph = font.readUInt16BE(ranges + 2 * i + range + 2 * (codePoint - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  return (codePoint) => {
    const glyph = glyphOf(codePoint);
    return glyph === 0 ? null : advance(glyph);
  };
}
