import { forEachWinAnsiByte } from "../winAnsi";
import { FIRST_WIDTH_BYTE, HELVETICA_BOLD_WIDTHS, HELVETICA_WIDTHS } from "./helveticaWidths";

/**
 * One of the standard Type 1 fonts every PDF reader has (ISO 32000-1 §9.6.2.2): nothing is
 * embedded, the file names the font and its WinAnsi encoding, and text is measured with the
 * font's published widths.
 *
 * @example
 * HELVETICA.widthOfTextAtSize("1 571,70 €", 10); // in points
 */
export class StandardFont {
  /**
   * @param baseFont - the font's PostScript name
   * @param resourceName - its name in a page's resources (/F1…)
   * @param widths - widths in thousandths of the size, from byte FIRST_WIDTH_BYTE
   */
  constructor(
    readonly baseFont: string,
    readonly resourceName: string,
    private readonly widths: readonly number[]
  ) {}

  /**
   * Width of a text drawn at a size, in points: the sum of its characters' widths (no kerning:
   * the text is drawn without). A character WinAnsi cannot encode counts as "?", as it is drawn.
   *
   * @param text - the text, best sanitized (sanitizeWinAnsi)
   * @param size - font size, in points
   * @returns the width, in points
   * @example
   * HELVETICA_BOLD.widthOfTextAtSize("Total", 10); // 23.89
   */
  widthOfTextAtSize(text: string, size: number): number {
    let thousandths = 0;
    forEachWinAnsiByte(text, (byte) => {
      thousandths += this.widths[byte - FIRST_WIDTH_BYTE] ?? 0;
    });
    return (thousandths * size) / 1000;
  }
}

/**
 * Helvetica, with WinAnsi encoding.
 *
 * @example
 * page.drawText("Conditions de paiement", { x, y, size: 10, font: HELVETICA });
 */
export const HELVETICA = new StandardFont("Helvetica", "F1", HELVETICA_WIDTHS);

/**
 * Helvetica-Bold, with WinAnsi encoding.
 *
 * @example
 * page.drawText("Total", { x, y, size: 10, font: HELVETICA_BOLD });
 */
export const HELVETICA_BOLD = new StandardFont("Helvetica-Bold", "F2", HELVETICA_BOLD_WIDTHS);

/**
 * The fonts a document declares, each under its resource name.
 *
 * @example
 * STANDARD_FONTS.map((font) => font.baseFont); // ["Helvetica", "Helvetica-Bold"]
 */
export const STANDARD_FONTS: readonly StandardFont[] = [HELVETICA, HELVETICA_BOLD];
