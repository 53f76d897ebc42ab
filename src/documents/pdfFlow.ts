import { A4_PORTRAIT, rgb, type PdfPage, type Rgb } from "./pdf/pdfPage";
import type { PdfWriter } from "./pdf/pdfWriter";
import { HELVETICA, HELVETICA_BOLD, type StandardFont } from "./pdf/standardFont";
import { sanitizeWinAnsi } from "./winAnsi";
import { wrapText } from "./wrapText";

/**
 * Page margins, in points (2 cm, a little less at the bottom for the footer).
 *
 * @example
 * A4_PORTRAIT[0] - 2 * MARGIN.side; // 482.88 points of text width
 */
export const MARGIN = { top: 56.7, bottom: 62, side: 56.7 } as const;

/**
 * Colours of a statement: black text, grey for headings and rules, a light fill.
 *
 * @example
 * page.drawLine({ …, color: COLORS.rule });
 */
export const COLORS = {
  text: rgb(0, 0, 0),
  muted: rgb(0.35, 0.35, 0.35),
  rule: rgb(0.6, 0.6, 0.6),
  fill: rgb(0.92, 0.92, 0.92),
} as const;

/**
 * The two standard fonts a statement uses.
 *
 * @example
 * STATEMENT_FONTS.bold.baseFont; // "Helvetica-Bold"
 */
export interface Fonts {
  readonly regular: StandardFont;
  readonly bold: StandardFont;
}

/**
 * A statement's fonts: Helvetica and Helvetica-Bold.
 *
 * @example
 * new PdfFlow(writer, STATEMENT_FONTS);
 */
export const STATEMENT_FONTS: Fonts = { regular: HELVETICA, bold: HELVETICA_BOLD };

/**
 * How a text is drawn: size in points, bold or not, colour (black by default).
 *
 * @example
 * const title: TextStyle = { size: 14, bold: true };
 */
export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: Rgb;
}

/**
 * Lays text out from the top of an A4 page down, adding pages when the next block does not fit.
 * `y` is the top of the free space. Every text drawn is sanitized for WinAnsi (sanitizeWinAnsi).
 *
 * @example
 * const flow = new PdfFlow(writer);
 * flow.paragraph("Conditions de paiement : 30 jours à réception", { size: 10 });
 */
export class PdfFlow {
  /** Left edge of the text. */
  readonly left: number = MARGIN.side;
  /** Text width between the margins. */
  readonly width: number = A4_PORTRAIT[0] - 2 * MARGIN.side;
  page: PdfPage;
  y: number;
  /** Called after a page break, e.g. to repeat a table's header. */
  onNewPage: (() => void) | null = null;

  constructor(
    private readonly pdf: PdfWriter,
    readonly fonts: Fonts = STATEMENT_FONTS
  ) {
    this.page = pdf.addPage(A4_PORTRAIT);
    this.y = A4_PORTRAIT[1] - MARGIN.top;
  }

  /** The font of a style. */
  font(style: TextStyle): StandardFont {
    return style.bold === true ? this.fonts.bold : this.fonts.regular;
  }

  /** Height of one line of text at a size. */
  lineHeight(size: number): number {
    return size * 1.3;
  }

  /** Wraps a text to a width in the style's font (see wrapText). */
  wrap(text: string, style: TextStyle, width: number): string[] {
    return wrapText(text, this.font(style), style.size, width);
  }

  /** Height left above the bottom margin. */
  available(): number {
    return this.y - MARGIN.bottom;
  }

  /** Starts a new page, then runs onNewPage. */
  newPage(): void {
    this.page = this.pdf.addPage(A4_PORTRAIT);
    this.y = A4_PORTRAIT[1] - MARGIN.top;
    this.onNewPage?.();
  }

  /**
   * Makes room for a block: a new page when it does not fit on this one (and the page is not
   * already empty).
   *
   * @returns true when a page was added
   */
  ensure(height: number): boolean {
    const fresh = this.y >= A4_PORTRAIT[1] - MARGIN.top;
    if (height <= this.available() || fresh) return false;
    this.newPage();
    return true;
  }

  /** Draws one line with its top at `top`, left-aligned at x or right-aligned to x + width. */
  drawLine(
    line: string,
    style: TextStyle,
    x: number,
    top: number,
    align: "left" | "right" = "left",
    width = 0
  ): void {
    const font = this.font(style);
    const text = sanitizeWinAnsi(line);
    const shift = align === "right" ? width - font.widthOfTextAtSize(text, style.size) : 0;
    this.page.drawText(text, {
      x: x + shift,
      y: top - style.size,
      size: style.size,
      font,
      color: style.color ?? COLORS.text,
    });
  }

  /** Draws a wrapped paragraph at the current position, breaking pages between lines. */
  paragraph(text: string, style: TextStyle, x = this.left, width = this.width - (x - this.left)) {
    const height = this.lineHeight(style.size);
    for (const line of this.wrap(text, style, width)) {
      this.ensure(height);
      this.drawLine(line, style, x, this.y);
      this.y -= height;
    }
  }

  /** Leaves vertical space (never across a page break). */
  space(points: number): void {
    this.y = Math.max(this.y - points, MARGIN.bottom);
  }

  /** Draws a horizontal rule across the text width, or from x over width, at the current y. */
  rule(x = this.left, width = this.width, thickness = 0.5): void {
    this.page.drawLine({
      start: { x, y: this.y },
      end: { x: x + width, y: this.y },
      thickness,
      color: COLORS.rule,
    });
  }
}
