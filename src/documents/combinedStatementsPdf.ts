import type { IssuerSettings } from "../domain/register/types";
import type { NumberedStatement } from "../domain/statements/types";
import { PdfWriter } from "./pdf/pdfWriter";
import { drawStatementPages, PDF_CREATOR, PDF_PRODUCER } from "./statementPdf";

/**
 * All the statements of a generation in one PDF, each starting on a new page, for one download
 * from the task pane (a thousand separate downloads would be refused by browsers). Each
 * statement's pages are drawn as in statementPdf, footers numbered within the statement.
 *
 * @param statements - the statements, in number order
 * @param settings - the issuer
 * @param year - the exercise, for the title
 * @returns the PDF bytes
 * @example
 * const bytes = combinedStatementsPdf(run.numbering.statements, settings, 2025);
 */
export function combinedStatementsPdf(
  statements: readonly NumberedStatement[],
  settings: IssuerSettings,
  year: number
): Uint8Array {
  const writer = new PdfWriter({
    title: `Appels de contribution ENT ${year}`,
    showTitle: true,
    author: settings.name,
    creator: PDF_CREATOR,
    producer: PDF_PRODUCER,
    language: "fr-FR",
  });
  for (const statement of statements) drawStatementPages(writer, statement, settings);
  return writer.save();
}
