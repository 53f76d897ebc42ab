import { Encodings, Font, FontNames } from "@pdf-lib/standard-fonts";
import { winAnsiByte } from "../../../src/documents/winAnsi";
import { HELVETICA, HELVETICA_BOLD } from "../../../src/documents/pdf/standardFont";

/*
 * The widths table is checked against an independent copy of Adobe's metrics
 * (@pdf-lib/standard-fonts, the AFM data pdf-lib uses), glyph by glyph.
 */
describe.each([
  [HELVETICA, FontNames.Helvetica],
  [HELVETICA_BOLD, FontNames.HelveticaBold],
])("%#: standard font widths", (font, name) => {
  const metrics = Font.load(name);

  test(`${name}: every WinAnsi character has Adobe's width and the same byte`, () => {
    expect(Encodings.WinAnsi.supportedCodePoints.length).toBeGreaterThan(200);
    for (const codePoint of Encodings.WinAnsi.supportedCodePoints) {
      const { code, name: glyph } = Encodings.WinAnsi.encodeUnicodeCodePoint(codePoint);
      // Below the space WinAnsi has no printable glyph; the writer never draws one.
      if (code < 0x20) continue;
      expect([codePoint, winAnsiByte(codePoint)]).toEqual([codePoint, code]);
      const text = String.fromCodePoint(codePoint);
      expect([text, font.widthOfTextAtSize(text, 1000)]).toEqual([
        text,
        metrics.getWidthOfGlyph(glyph),
      ]);
    }
  });

  test(`${name}: a text's width is the sum of its characters' at the size`, () => {
    const text = "Total à payer : 1\u00a0571,70 €";
    const glyphWidth = (char: string): number =>
      Number(
        metrics.getWidthOfGlyph(
          Encodings.WinAnsi.encodeUnicodeCodePoint(char.codePointAt(0) ?? 0).name
        )
      );
    const sum = [...text].reduce((total, char) => total + glyphWidth(char), 0);
    expect(sum).toBeGreaterThan(10000);
    expect(font.widthOfTextAtSize(text, 9)).toBeCloseTo((sum * 9) / 1000, 10);
  });
});

test("a character WinAnsi cannot encode measures as the ? it is drawn as", () => {
  expect(HELVETICA.widthOfTextAtSize("a😀b", 10)).toBe(HELVETICA.widthOfTextAtSize("a?b", 10));
  expect(HELVETICA.widthOfTextAtSize("\u4e2d", 10)).toBe(HELVETICA.widthOfTextAtSize("?", 10));
  expect(HELVETICA.widthOfTextAtSize("", 10)).toBe(0);
});
