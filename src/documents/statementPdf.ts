import { PDFDocument, StandardFonts } from "pdf-lib";
import type { IssuerSettings } from "../domain/register/types";
import { statementTitle } from "../domain/statements/statementSheet";
import type { NumberedStatement } from "../domain/statements/types";
import { COLORS, MARGIN, PdfFlow, type Fonts } from "./pdfFlow";
import { drawStatement } from "./statementLayout";
import { sanitizeWinAnsi } from "./winAnsi";

/**
 * Creator and producer written into every statement PDF: constants, so that the same statement
 * always gives the same bytes.
 *
 * @example
 * (await PDFDocument.load(bytes)).getCreator(); // PDF_CREATOR
 */
export const PDF_CREATOR = "Complément Excel contributions ENT";
/** @example (await PDFDocument.load(bytes)).getProducer(); // PDF_PRODUCER */
export const PDF_PRODUCER = "pdf-lib 1.17 (Helvetica)";

/**
 * The PDF of one statement (RULES.md §9): one A4 portrait page, more only when the lines do not
 * fit. Same content as statementSheet, from the same helpers: issuer and debtor (SIRET, service
 * code and engagement number when given), title with the number, exercise, date of issue, pupils
 * billed, the lines (component, basis, quantity, unit rate, amount) with deductions and the total
 * in bold, the notices (annule et remplace, below 15 €), the sources, the VAT mention, the
 * payment terms and the contact. Helvetica only: every text is made WinAnsi-safe (emoji and the
 * like become "?"), so a register text never makes it throw. Metadata: title, author (issuer),
 * subject, keywords, language fr-FR, creation and modification dates at the date of issue,
 * fixed creator and producer: the same statement gives the same bytes.
 *
 * @param statement - a numbered statement, from assignNumbers
 * @param settings - the issuer's settings
 * @returns the PDF file's bytes
 * @example
 * const bytes = await statementPdf(statement, settings);
 * download(bytes, statementsPdfFileName(statement)); // "appel-2025-0001.pdf"
 */
export async function statementPdf(
  statement: NumberedStatement,
  settings: IssuerSettings
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  setMetadata(pdf, statement, settings);
  const fonts: Fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  const flow = new PdfFlow(pdf, fonts);
  drawStatement(flow, statement, settings);
  drawFooters(pdf, fonts, statement.number);
  // Without object streams pdf-lib saves about a fifth faster, for a slightly larger file.
  return pdf.save({ useObjectStreams: false });
}

/**
 * File name of a statement's PDF, from its number (characters other than letters, digits, "-"
 * and "_" become "-").
 *
 * @param statement - a numbered statement
 * @returns e.g. "appel-2025-0001.pdf"
 * @example
 * statementsPdfFileName(statement); // "appel-2025-0001.pdf"
 */
export function statementsPdfFileName(statement: Pick<NumberedStatement, "number">): string {
  return `appel-${statement.number.replace(/[^A-Za-z0-9_-]/g, "-")}.pdf`;
}

/**
 * An ISO date (yyyy-mm-dd) as midnight UTC, or null when it is not one.
 *
 * @param iso - the date
 * @returns the Date, or null
 * @example
 * isoDateUtc("2025-03-01")?.toISOString(); // "2025-03-01T00:00:00.000Z"
 */
export function isoDateUtc(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

function setMetadata(pdf: PDFDocument, statement: NumberedStatement, settings: IssuerSettings) {
  const { draft } = statement;
  pdf.setTitle(statementTitle(statement.number), { showInWindowTitleBar: true });
  pdf.setAuthor(settings.name);
  pdf.setSubject(`Appel de contribution ENT ${draft.year} — ${draft.member.name}`);
  pdf.setKeywords(["avis des sommes à payer", "appel de contribution", statement.number]);
  pdf.setLanguage("fr-FR");
  pdf.setCreator(PDF_CREATOR);
  pdf.setProducer(PDF_PRODUCER);
  const issued = isoDateUtc(statement.issueDate);
  if (issued !== null) {
    pdf.setCreationDate(issued);
    pdf.setModificationDate(issued);
  }
}

/** "Avis n° 2025-0001 — page 1 / 2" at the foot of every page, once the page count is known. */
function drawFooters(pdf: PDFDocument, fonts: Fonts, number: string): void {
  const pages = pdf.getPages();
  const size = 8;
  pages.forEach((page, index) => {
    const text = sanitizeWinAnsi(`Avis n° ${number} — page ${index + 1} / ${pages.length}`);
    const width = fonts.regular.widthOfTextAtSize(text, size);
    page.drawText(text, {
      x: (page.getWidth() - width) / 2,
      y: MARGIN.bottom / 2,
      size,
      font: fonts.regular,
      color: COLORS.muted,
    });
  });
}
