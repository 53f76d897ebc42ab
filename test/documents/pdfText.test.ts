import { PDFDocument, StandardFonts, type PDFFont } from "pdf-lib";
import { printedNumber } from "../../src/documents/printedCellText";
import { HELVETICA } from "../../src/documents/pdf/standardFont";
import { isWinAnsi, sanitizeWinAnsi } from "../../src/documents/winAnsi";
import { wrapText } from "../../src/documents/wrapText";

const NBSP = "\u00a0";
/* pdf-lib's fonts are an independent oracle of what WinAnsi encodes. */
let pdfLibHelvetica: PDFFont;
let pdfLibBold: PDFFont;
/* wrapText is tested with the font the statements are drawn with. */
const helvetica = HELVETICA;

beforeAll(async () => {
  const pdf = await PDFDocument.create();
  pdfLibHelvetica = await pdf.embedFont(StandardFonts.Helvetica);
  pdfLibBold = await pdf.embedFont(StandardFonts.HelveticaBold);
});

describe("sanitizeWinAnsi", () => {
  test("accepts exactly what pdf-lib's Helvetica encodes", () => {
    const encodable = new Set(pdfLibHelvetica.getCharacterSet());
    for (let codePoint = 0; codePoint <= 0x2200; codePoint += 1) {
      expect([codePoint, isWinAnsi(codePoint)]).toEqual([codePoint, encodable.has(codePoint)]);
    }
    expect(isWinAnsi(0x1f600)).toBe(false);
  });

  test("keeps French text, € and œ, and makes the narrow spaces no-break", () => {
    const french = "Élèves facturés : 1 209 — cœur de l'œuvre « TTC » … 1,30 €";
    expect(sanitizeWinAnsi(french)).toBe(french);
    const intl = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
    expect(sanitizeWinAnsi(intl.format(1571.7))).toBe(`1${NBSP}571,70${NBSP}€`);
    expect(sanitizeWinAnsi("a\u2009b\u2007c\u202fd")).toBe(`a${NBSP}b${NBSP}c${NBSP}d`);
  });

  test("replaces what WinAnsi cannot encode with ?, drops invisible characters", () => {
    expect(sanitizeWinAnsi("Hem 😀")).toBe("Hem ?");
    expect(sanitizeWinAnsi("❤️ 👨‍👩‍👧 🇫🇷")).toBe("? ??? ??");
    expect(sanitizeWinAnsi("北京 ✓ \u0007")).toBe("?? ? ?");
    expect(sanitizeWinAnsi("zéro\u200blargeur\ufeff")).toBe("zérolargeur");
    expect(sanitizeWinAnsi("ligne 1\r\nligne 2\tfin")).toBe("ligne 1  ligne 2 fin");
    expect(sanitizeWinAnsi("e\u0301")).toBe("é"); // decomposed accent, composed (NFC)
  });

  test("makes any text drawable", () => {
    const nasty = `=HYPERLINK("x";"y") 😀 \u202f北京\u0000\ud800 ✓ ${String.fromCodePoint(0x10ffff)}`;
    const safe = sanitizeWinAnsi(nasty);
    expect(() => pdfLibHelvetica.encodeText(safe)).not.toThrow();
    expect(() => pdfLibBold.widthOfTextAtSize(safe, 10)).not.toThrow();
    expect(() => pdfLibHelvetica.encodeText(nasty)).toThrow();
  });
});

describe("wrapText", () => {
  test("breaks at spaces to fit the width", () => {
    const text =
      "Contribution forfaitaire de base (plateforme, application mobile, coût administratif)";
    const lines = wrapText(text, helvetica, 9, 170);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(text);
    for (const line of lines) expect(helvetica.widthOfTextAtSize(line, 9)).toBeLessThanOrEqual(170);
  });

  test("never breaks at a no-break space", () => {
    const amount = `1${NBSP}571,70${NBSP}€`;
    const lines = wrapText(`Total à payer ${amount}`, helvetica, 10, 80);
    expect(lines).toContain(amount);
  });

  test("cuts a word wider than the column, and returns one empty line for nothing", () => {
    const word = "x".repeat(80);
    const lines = wrapText(word, helvetica, 10, 100);
    expect(lines.join("")).toBe(word);
    for (const line of lines)
      expect(helvetica.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(100);
    expect(wrapText("", helvetica, 10, 100)).toEqual([""]);
    expect(wrapText("   ", helvetica, 10, 100)).toEqual([""]);
  });

  test("sanitizes before measuring, so emoji never throw", () => {
    expect(wrapText("Hem 😀", helvetica, 10, 200)).toEqual(["Hem ?"]);
  });
});

describe("helpers", () => {
  test("printedNumber groups thousands with no-break spaces, decimal comma", () => {
    expect(printedNumber(1209)).toBe(`1${NBSP}209`);
    expect(printedNumber(1234567)).toBe(`1${NBSP}234${NBSP}567`);
    expect(printedNumber(-2.5)).toBe("-2,5");
    expect(printedNumber(0)).toBe("0");
  });
});
