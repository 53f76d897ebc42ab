import { pdfNumber, pdfWinAnsiLiteral } from "./pdfSyntax";
import type { StandardFont } from "./standardFont";

/**
 * A colour, each component from 0 to 1 (DeviceRGB).
 *
 * @example
 * const grey: Rgb = rgb(0.6, 0.6, 0.6);
 */
export interface Rgb {
  readonly red: number;
  readonly green: number;
  readonly blue: number;
}

/**
 * A colour from its three components, each from 0 to 1.
 *
 * @param red - red, 0 to 1
 * @param green - green, 0 to 1
 * @param blue - blue, 0 to 1
 * @returns the colour
 * @example
 * rgb(0, 0, 0); // black
 */
export function rgb(red: number, green: number, blue: number): Rgb {
  return { red, green, blue };
}

const BLACK = rgb(0, 0, 0);

/**
 * A4 portrait, in points.
 *
 * @example
 * writer.addPage(A4_PORTRAIT); // 595.28 × 841.89
 */
export const A4_PORTRAIT: readonly [number, number] = [595.28, 841.89];

function colour(value: Rgb, operator: "rg" | "RG"): string {
  return `${pdfNumber(value.red)} ${pdfNumber(value.green)} ${pdfNumber(value.blue)} ${operator}`;
}

/** A point on the page, in points from the bottom left corner. */
export interface PdfPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * One page of a PDF being written: its size and the operators of its content stream
 * (ISO 32000-1 §8 and §9), appended by the draw methods, in points from the bottom left corner.
 *
 * @example
 * const page = writer.addPage(A4_PORTRAIT);
 * page.drawText("Avis des sommes à payer", { x: 56.7, y: 770, size: 14, font: HELVETICA_BOLD });
 */
export class PdfPage {
  private readonly operators: string[] = [];

  constructor(
    readonly width: number,
    readonly height: number
  ) {}

  /**
   * Shows one line of text with its baseline starting at (x, y).
   *
   * @param text - the text (WinAnsi; any other character shows as "?")
   * @param options - position, size, font, colour (black by default)
   */
  drawText(
    text: string,
    options: PdfPoint & { readonly size: number; readonly font: StandardFont; readonly color?: Rgb }
  ): void {
    const { x, y, size, font, color = BLACK } = options;
    this.operators.push(
      `${colour(color, "rg")} BT /${font.resourceName} ${pdfNumber(size)} Tf ` +
        `${pdfNumber(x)} ${pdfNumber(y)} Td ${pdfWinAnsiLiteral(text)} Tj ET`
    );
  }

  /**
   * Draws a rectangle from its bottom left corner: filled with `color` when given, outlined
   * with `borderColor` when given.
   *
   * @param options - corner, size, fill colour, border colour and width (1 by default)
   */
  drawRectangle(
    options: PdfPoint & {
      readonly width: number;
      readonly height: number;
      readonly color?: Rgb;
      readonly borderColor?: Rgb;
      readonly borderWidth?: number;
    }
  ): void {
    const { x, y, width, height, color, borderColor, borderWidth = 1 } = options;
    const path = `${pdfNumber(x)} ${pdfNumber(y)} ${pdfNumber(width)} ${pdfNumber(height)} re`;
    if (color !== undefined) this.operators.push(`q ${colour(color, "rg")} ${path} f Q`);
    if (borderColor !== undefined)
      this.operators.push(`q ${colour(borderColor, "RG")} ${pdfNumber(borderWidth)} w ${path} S Q`);
  }

  /**
   * Strokes a straight line.
   *
   * @param options - both ends, thickness in points, colour (black by default)
   */
  drawLine(options: {
    readonly start: PdfPoint;
    readonly end: PdfPoint;
    readonly thickness: number;
    readonly color?: Rgb;
  }): void {
    const { start, end, thickness, color = BLACK } = options;
    this.operators.push(
      `q ${colour(color, "RG")} ${pdfNumber(thickness)} w ${pdfNumber(start.x)} ` +
        `${pdfNumber(start.y)} m ${pdfNumber(end.x)} ${pdfNumber(end.y)} l S Q`
    );
  }

  /**
   * The page's content stream, one operator sequence per line (ASCII).
   *
   * @returns the content
   */
  content(): string {
    return this.operators.length === 0 ? "" : `${this.operators.join("\n")}\n`;
  }
}
