import type { IssuerSettings } from "../domain/register/types";
import type { SheetCell } from "../domain/sheets/SheetSpec";
import { statementMentions } from "../domain/statements/legalMentions";
import { debtorRows, issuerRows } from "../domain/statements/statementParties";
import { statementLineRows, statementSources } from "../domain/statements/statementLines";
import { statementTitle } from "../domain/statements/statementSheet";
import type { NumberedStatement } from "../domain/statements/types";
import { printedCellText, isBold } from "./printedCellText";
import { COLORS, type PdfFlow, type TextStyle } from "./pdfFlow";
import { drawTable, STATEMENT_COLUMNS } from "./pdfTable";
import { flagTexts, metaRows, SOURCES_HEADING, type LabelValue } from "./statementContent";
import { sanitizeWinAnsi } from "./winAnsi";

type Row = readonly SheetCell[];

const BODY: TextStyle = { size: 10 };
const HEADING: TextStyle = { size: 8, bold: true, color: COLORS.muted };
const NAME: TextStyle = { size: 11, bold: true };
const SMALL_HEADING: TextStyle = { size: 9, bold: true, color: COLORS.muted };
const BOX_PAD = 8;

/** One block line: its text and style, from the party rows (heading, name in bold, the rest). */
function blockLines(flow: PdfFlow, rows: readonly Row[], width: number) {
  return rows.flatMap((row, i) => {
    const cell = row[0];
    if (cell === undefined) return [];
    const style = i === 0 ? HEADING : isBold(cell) ? NAME : BODY;
    return flow.wrap(printedCellText(cell), style, width).map((text) => ({ text, style }));
  });
}

/**
 * Draws the issuer's block on the left and the debtor's, framed, on the right (where a window
 * envelope shows it), from the same rows as the statement sheet. Blocks too tall for one page
 * (absurdly long addresses) are drawn one under the other, breaking pages.
 */
function drawParties(flow: PdfFlow, statement: NumberedStatement, settings: IssuerSettings) {
  const column = flow.width * 0.46;
  const rightX = flow.left + flow.width - column;
  const issuer = blockLines(flow, issuerRows(settings), column);
  const debtor = blockLines(flow, debtorRows(statement.draft.member), column - 2 * BOX_PAD);
  const height = (lines: typeof issuer) =>
    lines.reduce((sum, line) => sum + flow.lineHeight(line.style.size), 0);
  const debtorHeight = height(debtor) + 2 * BOX_PAD;
  if (Math.max(height(issuer), debtorHeight) > flow.available()) {
    for (const line of [...issuer, ...debtor]) flow.paragraph(line.text, line.style);
    return;
  }
  const top = flow.y;
  let y = top;
  for (const line of issuer) {
    flow.drawLine(line.text, line.style, flow.left, y);
    y -= flow.lineHeight(line.style.size);
  }
  const issuerBottom = y;
  // The box rises by its padding, so that both headings share a baseline.
  const boxTop = top + BOX_PAD;
  flow.page.drawRectangle({
    x: rightX,
    y: boxTop - debtorHeight,
    width: column,
    height: debtorHeight,
    borderColor: COLORS.rule,
    borderWidth: 0.6,
  });
  y = top;
  for (const line of debtor) {
    flow.drawLine(line.text, line.style, rightX + BOX_PAD, y);
    y -= flow.lineHeight(line.style.size);
  }
  flow.y = Math.min(issuerBottom, boxTop - debtorHeight);
}

const LABEL: TextStyle = { ...BODY, color: COLORS.muted };
const VALUE: TextStyle = { ...BODY, bold: true };

/** Least width of the labels' column, in points, so that the values line up from row to row. */
const LABEL_MIN_WIDTH = 110;
/** Space between a label and its value, in points. */
const LABEL_GAP = 12;

/**
 * Width of the labels' column: the widest label and the gap, at least {@link LABEL_MIN_WIDTH},
 * at most half the text width (a longer label wraps within it).
 */
function labelColumnWidth(flow: PdfFlow, rows: readonly LabelValue[]): number {
  const font = flow.font(LABEL);
  const widest = Math.max(
    0,
    ...rows.map(([label]) => font.widthOfTextAtSize(sanitizeWinAnsi(label), LABEL.size))
  );
  return Math.min(flow.width / 2, Math.max(LABEL_MIN_WIDTH, widest + LABEL_GAP));
}

/**
 * Draws label/value pairs, labels in grey on the left, values in bold on the right of the widest
 * label (e.g. "Écoles équipées en 2025"), each wrapping within its own column: no label runs
 * into its value.
 */
function drawLabelValues(flow: PdfFlow, rows: readonly LabelValue[]): void {
  const labelWidth = labelColumnWidth(flow, rows);
  const lineHeight = flow.lineHeight(BODY.size);
  for (const [label, value] of rows) {
    const labels = flow.wrap(label, LABEL, labelWidth - LABEL_GAP);
    const values = flow.wrap(value, VALUE, flow.width - labelWidth);
    flow.ensure(Math.max(labels.length, values.length) * lineHeight);
    const top = flow.y;
    labels.forEach((line, n) => flow.drawLine(line, LABEL, flow.left, top - n * lineHeight));
    values.forEach((line, n) =>
      flow.drawLine(line, VALUE, flow.left + labelWidth, top - n * lineHeight)
    );
    flow.y = top - Math.max(labels.length, values.length) * lineHeight;
  }
}

/**
 * Draws a whole statement, in the order of the statement sheet (RULES.md §9): parties, title,
 * exercise / date of issue / due date / number / pupils, the lines table with the total in bold,
 * the notices (annule et remplace, below 15 €), the sources, and the mentions of a titre de
 * recettes (payment terms, comptable assignataire, IBAN and BIC, contact, the ordonnateur, the
 * voies et délais de recours, the executory mention).
 *
 * @param flow - a flow on a new document's first page
 * @param statement - a numbered statement
 * @param settings - the issuer's settings
 * @example
 * drawStatement(new PdfFlow(pdf, fonts), statement, settings);
 */
export function drawStatement(
  flow: PdfFlow,
  statement: NumberedStatement,
  settings: IssuerSettings
): void {
  drawParties(flow, statement, settings);
  flow.space(30);
  flow.paragraph(statementTitle(statement.number), { size: 14, bold: true });
  flow.space(4);
  flow.rule(flow.left, flow.width, 1);
  flow.space(10);
  drawLabelValues(flow, metaRows(statement, settings));
  flow.space(18);
  drawTable(flow, STATEMENT_COLUMNS, statementLineRows(statement.draft.contribution));
  flow.space(16);
  for (const flag of flagTexts(statement)) {
    flow.paragraph(flag, { ...BODY, bold: true });
    flow.space(4);
  }
  flow.space(8);
  flow.paragraph(SOURCES_HEADING, SMALL_HEADING);
  for (const source of statementSources(statement.draft.contribution)) {
    flow.paragraph(source, { size: 9 });
  }
  drawMentions(flow, settings);
}

/**
 * Draws the blocks of mentions (statementMentions): each heading in bold grey, kept on the page
 * of its first text, then the texts in 9 points.
 */
function drawMentions(flow: PdfFlow, settings: IssuerSettings): void {
  const text: TextStyle = { size: 9 };
  for (const block of statementMentions(settings)) {
    flow.space(10);
    const first = block.texts[0] ?? "";
    const firstLines = flow.wrap(first, text, flow.width).length;
    flow.ensure(flow.lineHeight(SMALL_HEADING.size) + firstLines * flow.lineHeight(text.size));
    flow.paragraph(block.heading, SMALL_HEADING);
    for (const mention of block.texts) {
      flow.paragraph(mention, text);
      flow.space(2);
    }
  }
}
