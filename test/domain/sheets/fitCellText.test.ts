import fc from "fast-check";
import { cellTextWidth } from "../../../src/domain/sheets/cellTextWidth";
import {
  fitCellText,
  spanTextWidth,
  wrappedLineCount,
} from "../../../src/domain/sheets/fitCellText";
import { advanceWidths, CARLITO, HAS_CARLITO_FILES } from "./carlitoWidths";

describe("cellTextWidth", () => {
  test("counts in widths of 0, bold wider, unknown characters as two zeros", () => {
    expect(cellTextWidth("0000")).toBe(4);
    expect(cellTextWidth("Nombre d'appels")).toBeGreaterThan(12);
    expect(cellTextWidth("Membre", true)).toBeGreaterThan(cellTextWidth("Membre"));
    expect(cellTextWidth("😀")).toBe(2);
    // A letter the tables lack counts as its base letter.
    expect(cellTextWidth("ā")).toBe(cellTextWidth("a"));
    expect(cellTextWidth("WWW")).toBeGreaterThan(cellTextWidth("iii") * 3);
  });

  (HAS_CARLITO_FILES ? test : test.skip)(
    "holds Carlito's widths (Calibri's metrics), read from the font files",
    () => {
      for (const [file, bold] of [
        [CARLITO.regular, false],
        [CARLITO.bold, true],
      ] as const) {
        const width = advanceWidths(file);
        const zero = width(0x30) ?? 0;
        const codes = [
          ...Array.from({ length: 95 }, (_, i) => 0x20 + i),
          ...Array.from({ length: 96 }, (_, i) => 0xa0 + i),
          0x20ac,
          0x153,
          0x2014,
          0x2019,
          0x2026,
        ].filter((code) => width(code) !== null);
        expect(codes.length).toBeGreaterThan(180);
        for (const code of codes) {
          const expected = (width(code) ?? 0) / zero;
          const held = cellTextWidth(String.fromCodePoint(code), bold);
          expect({ code, held: Math.abs(held - expected) < 0.001 }).toEqual({ code, held: true });
        }
      }
    }
  );
});

describe("fitCellText", () => {
  test("cuts between words, each line within the width", () => {
    const lines = fitCellText("Dans les deux mois suivant la réception du présent titre", 20);
    expect(lines).toEqual(["Dans les deux mois", "suivant la réception", "du présent titre"]);
    for (const line of lines) expect(cellTextWidth(line)).toBeLessThanOrEqual(20);
  });

  test("keeps a short word with the next, cuts a word wider than a line, caps the characters", () => {
    expect(fitCellText("article L. 1617-5 du code", 11)).toEqual([
      "article",
      "L. 1617-5",
      "du code",
    ]);
    const word = "Syndicat-intercommunal-à-vocations-multiples";
    const pieces = fitCellText(word, 10);
    expect(pieces.join("")).toBe(word);
    for (const piece of pieces) expect(cellTextWidth(piece)).toBeLessThanOrEqual(10);
    expect(fitCellText("aaa bbb ccc", 100, { maxCharacters: 7 })).toEqual(["aaa bbb", "ccc"]);
    expect(fitCellText("   ", 10)).toEqual([]);
  });

  test("capitals take more lines than small letters of the same length", () => {
    const width = spanTextWidth([46, 24, 10, 14, 14]);
    expect(width).toBeCloseTo(91.2, 1);
    const small =
      "communauté de communes du pays de mormal et des vallées de la sambre et de l'helpe";
    expect(fitCellText(small, 30).length).toBeLessThan(fitCellText(small.toUpperCase(), 30).length);
  });

  test("gives the whole text back, every line within the width (property)", () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ'’.,()0-9-]{1,30}$/);
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 40 }),
        fc.integer({ min: 8, max: 120 }),
        fc.boolean(),
        (words, width, bold) => {
          const text = words.join(" ");
          const lines = fitCellText(text, width, { bold });
          for (const line of lines) expect(cellTextWidth(line, bold)).toBeLessThanOrEqual(width);
          expect(lines.join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("wrappedLineCount", () => {
  test("counts the lines of a wrapped cell, line breaks included", () => {
    expect(wrappedLineCount("Hem", 20)).toBe(1);
    expect(wrappedLineCount("", 20)).toBe(1);
    // A little more than Excel needs (3 lines), never fewer: 85 % of the column, less its padding.
    const name = "Communauté d'agglomération de la Porte du Hainaut";
    expect(wrappedLineCount(name, 20)).toBe(fitCellText(name, spanTextWidth([20])).length);
    expect(wrappedLineCount(name, 20)).toBe(4);
    expect(wrappedLineCount("Mairie\n12 rue\n59000 Lille", 40)).toBe(3);
  });
});
