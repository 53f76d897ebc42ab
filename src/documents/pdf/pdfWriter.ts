import { A4_PORTRAIT, PdfPage } from "./pdfPage";
import { pdfDate, pdfNumber, pdfTextString } from "./pdfSyntax";
import { STANDARD_FONTS } from "./standardFont";

/**
 * What a PDF says about itself (document information dictionary and catalog). Absent fields are
 * not written.
 *
 * @example
 * const info: PdfInfo = { title: "Avis n° 2025-0001", language: "fr-FR" };
 */
export interface PdfInfo {
  readonly title?: string;
  /** Makes readers show the title rather than the file name. */
  readonly showTitle?: boolean;
  readonly author?: string;
  readonly subject?: string;
  /** Written separated by spaces, as one string. */
  readonly keywords?: readonly string[];
  readonly creator?: string;
  readonly producer?: string;
  readonly creationDate?: Date;
  readonly modificationDate?: Date;
  /** The document's language, e.g. "fr-FR". */
  readonly language?: string;
}

/** Object numbers fixed by the layout of the file: catalog, page tree, fonts, information. */
const CATALOG = 1;
const PAGE_TREE = 2;
const FIRST_FONT = 3;

function infoDictionary(info: PdfInfo): string {
  const entries: string[] = [];
  const text = (key: string, value: string | undefined): void => {
    if (value !== undefined) entries.push(`/${key} ${pdfTextString(value)}`);
  };
  text("Title", info.title);
  text("Author", info.author);
  text("Subject", info.subject);
  text("Keywords", info.keywords?.join(" "));
  text("Creator", info.creator);
  text("Producer", info.producer);
  if (info.creationDate !== undefined) entries.push(`/CreationDate ${pdfDate(info.creationDate)}`);
  if (info.modificationDate !== undefined)
    entries.push(`/ModDate ${pdfDate(info.modificationDate)}`);
  return `<< ${entries.join(" ")} >>`;
}

/**
 * Writes a PDF of text and rectangles with the standard fonts (Helvetica, Helvetica-Bold): what
 * a contribution statement needs, and nothing more. The file is PDF 1.7, uncompressed, all
 * ASCII, with a cross-reference table; the same pages and information always give the same bytes.
 * It replaces a general PDF library for speed: a statement takes well under a millisecond
 * (docs/decisions/0010).
 *
 * @example
 * const writer = new PdfWriter({ title: "Avis n° 2025-0001", language: "fr-FR" });
 * writer.addPage(A4_PORTRAIT).drawText("Bonjour", { x: 72, y: 770, size: 12, font: HELVETICA });
 * const bytes = writer.save();
 */
export class PdfWriter {
  private readonly pageList: PdfPage[] = [];

  /** @param info - what the document says about itself */
  constructor(readonly info: PdfInfo = {}) {}

  /** The pages so far, in order. */
  get pages(): readonly PdfPage[] {
    return this.pageList;
  }

  /**
   * Adds a page at the end.
   *
   * @param size - width and height, in points
   * @returns the new page, to draw on
   */
  addPage(size: readonly [number, number]): PdfPage {
    const page = new PdfPage(size[0], size[1]);
    this.pageList.push(page);
    return page;
  }

  /**
   * The PDF file. A document without pages gets one blank A4 page, as a PDF must have one.
   *
   * @returns the file's bytes
   */
  save(): Uint8Array {
    const pages = this.pageList.length > 0 ? this.pageList : [new PdfPage(...A4_PORTRAIT)];
    const infoObject = FIRST_FONT + STANDARD_FONTS.length;
    const firstPage = infoObject + 1;
    const pageObject = (index: number): number => firstPage + 2 * index;
    const fontResources = STANDARD_FONTS.map(
      (font, index) => `/${font.resourceName} ${FIRST_FONT + index} 0 R`
    ).join(" ");

    const parts: string[] = ["%PDF-1.7\n"];
    const offsets: number[] = [];
    let length = parts[0]?.length ?? 0;
    const object = (number: number, body: string): void => {
      offsets[number] = length;
      const text = `${number} 0 obj\n${body}\nendobj\n`;
      parts.push(text);
      length += text.length;
    };

    const { info } = this;
    const catalog = [`/Type /Catalog /Pages ${PAGE_TREE} 0 R`];
    if (info.language !== undefined) catalog.push(`/Lang ${pdfTextString(info.language)}`);
    if (info.showTitle === true) catalog.push("/ViewerPreferences << /DisplayDocTitle true >>");
    object(CATALOG, `<< ${catalog.join(" ")} >>`);
    const kids = pages.map((_, index) => `${pageObject(index)} 0 R`).join(" ");
    object(PAGE_TREE, `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
    STANDARD_FONTS.forEach((font, index) =>
      object(
        FIRST_FONT + index,
        `<< /Type /Font /Subtype /Type1 /BaseFont /${font.baseFont} /Encoding /WinAnsiEncoding >>`
      )
    );
    object(infoObject, infoDictionary(info));
    pages.forEach((page, index) => {
      const content = page.content();
      object(
        pageObject(index),
        `<< /Type /Page /Parent ${PAGE_TREE} 0 R /MediaBox [0 0 ${pdfNumber(page.width)} ` +
          `${pdfNumber(page.height)}] /Resources << /Font << ${fontResources} >> ` +
          `/ProcSet [/PDF /Text] >> /Contents ${pageObject(index) + 1} 0 R >>`
      );
      object(pageObject(index) + 1, `<< /Length ${content.length} >>\nstream\n${content}endstream`);
    });

    const size = pageObject(pages.length);
    const xref = [`xref\n0 ${size}\n0000000000 65535 f \n`];
    for (let number = 1; number < size; number += 1)
      xref.push(`${String(offsets[number] ?? 0).padStart(10, "0")} 00000 n \n`);
    parts.push(
      ...xref,
      `trailer\n<< /Size ${size} /Root ${CATALOG} 0 R /Info ${infoObject} 0 R >>\n`,
      `startxref\n${length}\n%%EOF\n`
    );
    return new TextEncoder().encode(parts.join(""));
  }
}
