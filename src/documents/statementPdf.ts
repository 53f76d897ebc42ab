import { parseIsoDate } from "../domain/dates/isoDate";
import type { IssuerSettings } from "../domain/register/types";
import { statementTitle } from "../domain/statements/statementSheet";
import type { NumberedStatement } from "../domain/statements/types";
import type { PdfPage } from "./pdf/pdfPage";
import { PdfWriter, type PdfInfo } from "./pdf/pdfWriter";
import { COLORS, MARGIN, PdfFlow, STATEMENT_FONTS } from "./pdfFlow";
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
export const PDF_PRODUCER = "ENT PdfWriter (Helvetica)";

/**
 * Draws one statement on new pages at the end of a PDF: one A4 portrait page, more only when the
 * lines do not fit, each with its footer "Avis n° … — page i / n" (counted within the
 * statement).
 *
 * @param writer - the PDF being written
 * @param statement - a numbered statement
 * @param settings - the issuer's settings
 * @example
 * const writer = new PdfWriter();
 * for (const statement of statements) drawStatementPages(writer, statement, settings);
 */
export function drawStatementPages(
  writer: PdfWriter,
  statement: NumberedStatement,
  settings: IssuerSettings
): void {
  const first = writer.pages.length;
  drawStatement(new PdfFlow(writer, STATEMENT_FONTS), statement, settings);
  drawFooters(writer.pages.slice(first), statement.number);
}

/**
 * The PDF of one statement (RULES.md §9): one A4 portrait page, more only when the lines do not
 * fit. Same content as statementSheet, from the same helpers: issuer and debtor (SIRET, service
 * code and engagement number when given), title with the number, exercise, date of issue, pupils
 * billed, the lines (component, basis, quantity, unit rate, amount) with deductions and the total
 * in bold, the notices (annule et remplace, below 15 €), the sources, and the mentions of a titre
 * de recettes (legalMentions.ts: due date, payment terms, comptable assignataire, IBAN and BIC,
 * contact, the ordonnateur, the voies et délais de recours, the executory mention). Helvetica only: every text is made WinAnsi-safe (emoji and the
 * like become "?"), so a register text never makes it throw. Metadata: title, author (issuer),
 * subject, keywords, language fr-FR, creation and modification dates at the date of issue,
 * fixed creator and producer: the same statement gives the same bytes.
 *
 * @param statement - a numbered statement, from assignNumbers
 * @param settings - the issuer's settings
 * @returns the PDF file's bytes
 * @example
 * const bytes = statementPdf(statement, settings);
 * download(bytes, statementPdfFileName(statement)); // "appel-2025-0001.pdf"
 */
export function statementPdf(statement: NumberedStatement, settings: IssuerSettings): Uint8Array {
  const writer = new PdfWriter(statementInfo(statement, settings));
  drawStatementPages(writer, statement, settings);
  return writer.save();
}

/**
 * File name of a statement's PDF, from its number (characters other than letters, digits, "-"
 * and "_" become "-").
 *
 * @param statement - a numbered statement
 * @returns e.g. "appel-2025-0001.pdf"
 * @example
 * statementPdfFileName(statement); // "appel-2025-0001.pdf"
 */
export function statementPdfFileName(statement: Pick<NumberedStatement, "number">): string {
  return `appel-${statement.number.replace(/[^A-Za-z0-9_-]/g, "-")}.pdf`;
}

function statementInfo(statement: NumberedStatement, settings: IssuerSettings): PdfInfo {
  const { draft } = statement;
  const issued = parseIsoDate(statement.issueDate) ?? undefined;
  return {
    title: statementTitle(statement.number),
    showTitle: true,
    author: settings.name,
    subject: `Appel de contribution ENT ${draft.year} — ${draft.member.name}`,
    keywords: ["avis des sommes à payer", "appel de contribution", statement.number],
    language: "fr-FR",
    creator: PDF_CREATOR,
    producer: PDF_PRODUCER,
    creationDate: issued,
    modificationDate: issued,
  };
}

/** "Avis n° 2025-0001 — page 1 / 2" at the foot of each of a statement's pages. */
function drawFooters(pages: readonly PdfPage[], number: string): void {
  const size = 8;
  const font = STATEMENT_FONTS.regular;
  pages.forEach((page, index) => {
    const text = sanitizeWinAnsi(`Avis n° ${number} — page ${index + 1} / ${pages.length}`);
    const width = font.widthOfTextAtSize(text, size);
    page.drawText(text, {
      x: (page.width - width) / 2,
      y: MARGIN.bottom / 2,
      size,
      font,
      color: COLORS.muted,
    });
  });
}
