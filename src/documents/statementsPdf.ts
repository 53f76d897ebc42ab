import { PDFDocument } from "pdf-lib";
import type { IssuerSettings } from "../domain/register/types";
import type { NumberedStatement } from "../domain/statements/types";
import { PDF_CREATOR, PDF_PRODUCER, statementPdf } from "./statementPdf";

/**
 * All the statements of a generation in one PDF, each starting on a new page, for one download
 * from the task pane (a thousand separate downloads would be refused by browsers). Each
 * statement's pages are those of statementPdf, copied as they are.
 *
 * @param statements - the statements, in number order
 * @param settings - the issuer
 * @param year - the exercise, for the title
 * @returns the PDF bytes
 * @example
 * const bytes = await statementsPdf(run.numbering.statements, settings, 2025);
 */
export async function statementsPdf(
  statements: readonly NumberedStatement[],
  settings: IssuerSettings,
  year: number
): Promise<Uint8Array> {
  const combined = await PDFDocument.create();
  combined.setTitle(`Appels de contribution ENT ${year}`);
  combined.setAuthor(settings.name);
  combined.setCreator(PDF_CREATOR);
  combined.setProducer(PDF_PRODUCER);
  combined.setLanguage("fr-FR");
  for (const statement of statements) {
    const single = await PDFDocument.load(await statementPdf(statement, settings));
    const pages = await combined.copyPages(single, single.getPageIndices());
    for (const page of pages) combined.addPage(page);
  }
  return combined.save();
}
