import type { SheetCell } from "../domain/sheets/SheetSpec";
import { printedCellText, isBold } from "./printedCellText";
import { COLORS, type PdfFlow, type TextStyle } from "./pdfFlow";

/**
 * A column of a table: its share of the text width and its alignment.
 *
 * @example
 * const amount: TableColumn = { share: 0.16, align: "right" };
 */
export interface TableColumn {
  readonly share: number;
  readonly align: "left" | "right";
}

/**
 * Columns of a statement's lines (LINE_HEADERS: component, basis, quantity, unit rate, amount):
 * the labels wrap on the left, the figures are right-aligned.
 *
 * @example
 * STATEMENT_COLUMNS.map((c) => c.align); // ["left", "left", "right", "right", "right"]
 */
export const STATEMENT_COLUMNS: readonly TableColumn[] = [
  { share: 0.37, align: "left" },
  { share: 0.21, align: "left" },
  { share: 0.12, align: "right" },
  { share: 0.14, align: "right" },
  { share: 0.16, align: "right" },
];

const PAD_X = 4;
const PAD_Y = 3.5;
const SIZE = 9;

interface LaidRow {
  readonly cells: readonly { lines: string[]; style: TextStyle }[];
  readonly height: number;
}

function layRow(flow: PdfFlow, row: readonly SheetCell[], widths: number[], header: boolean) {
  const cells = widths.map((width, i) => {
    const cell = row[i] ?? { kind: "empty" as const };
    const style: TextStyle = { size: SIZE, bold: header || isBold(cell) };
    return { lines: flow.wrap(printedCellText(cell), style, width - 2 * PAD_X), style };
  });
  const lines = Math.max(...cells.map((c) => c.lines.length));
  return { cells, height: lines * flow.lineHeight(SIZE) + 2 * PAD_Y };
}

function drawRow(flow: PdfFlow, laid: LaidRow, columns: readonly TableColumn[], widths: number[]) {
  let x = flow.left;
  laid.cells.forEach((cell, i) => {
    const width = widths[i] ?? 0;
    const align = columns[i]?.align ?? "left";
    cell.lines.forEach((line, n) => {
      const top = flow.y - PAD_Y - n * flow.lineHeight(SIZE);
      flow.drawLine(line, cell.style, x + PAD_X, top, align, width - 2 * PAD_X);
    });
    x += width;
  });
  flow.y -= laid.height;
}

/**
 * Draws a table at the current position: the header on a grey band, one row per entry with a
 * thin rule under it, bold rows (totals) on a light band with a rule above. Cells wrap within
 * their column; numbers and amounts follow their column's alignment. When a row does not fit,
 * it goes to a new page and the header is drawn again there.
 *
 * @param flow - where to draw
 * @param columns - the columns; their shares should add up to 1
 * @param rows - the header row first, then the rows (cells as from statementLineRows)
 * @example
 * drawTable(flow, STATEMENT_COLUMNS, statementLineRows(statement.draft.contribution));
 */
export function drawTable(
  flow: PdfFlow,
  columns: readonly TableColumn[],
  rows: readonly (readonly SheetCell[])[]
): void {
  const [header = [], ...body] = rows;
  const widths = columns.map((c) => c.share * flow.width);
  const headerRow = layRow(flow, header, widths, true);
  const drawHeader = (): void => {
    flow.ensure(headerRow.height);
    band(flow, headerRow.height, COLORS.fill);
    drawRow(flow, headerRow, columns, widths);
    flow.rule(flow.left, flow.width, 0.8);
  };
  drawHeader();
  flow.onNewPage = drawHeader;
  for (const row of body) {
    const laid = layRow(flow, row, widths, false);
    const total = row.some(isBold);
    flow.ensure(laid.height);
    if (total) {
      band(flow, laid.height, COLORS.fill);
      flow.rule(flow.left, flow.width, 0.8);
    }
    drawRow(flow, laid, columns, widths);
    if (!total) flow.rule(flow.left, flow.width, 0.3);
  }
  flow.onNewPage = null;
}

function band(flow: PdfFlow, height: number, color: TextStyle["color"]): void {
  flow.page.drawRectangle({
    x: flow.left,
    y: flow.y - height,
    width: flow.width,
    height,
    color,
  });
}
