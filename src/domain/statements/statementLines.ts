import type { Contribution, ContributionLine } from "../contribution/types";
import { money, num, text, EMPTY, type SheetCell } from "../sheets/SheetSpec";
import { sharingLineRows, sharingSources } from "../sharing/sharingLines";

type Row = readonly SheetCell[];

/**
 * Headers of the lines of a statement, columns A to E.
 *
 * @example
 * LINE_HEADERS[4]; // "Montant"
 */
export const LINE_HEADERS = ["Composante", "Base", "Quantité", "Tarif unitaire", "Montant"];

function lineRow(line: ContributionLine): Row {
  return [
    text(line.component),
    text(line.basisLabel),
    num(line.quantity),
    money(line.unitRateCents),
    money(line.amountCents),
  ];
}

/**
 * The lines of a statement: a header row, one row per component (component, basis, quantity,
 * unit rate, amount), then, when there are deductions, the gross total and the deductions, and
 * the total to pay in bold. A statement of the sharing of net charges has its own lines
 * (sharingLineRows: the base by heading, FEDER, pupils, share). Labels may come from a workbook schedule, so they are text cells.
 *
 * @param contribution - from computeContribution
 * @returns the rows, columns A to E
 * @example
 * statementLineRows(hem2024).length; // 3: header, base, total
 */
export function statementLineRows(contribution: Contribution): Row[] {
  // The sharing of net charges (RULES.md §5) prints its base line by line instead.
  if (contribution.sharing) return sharingLineRows(contribution.sharing);
  const isDeduction = (line: ContributionLine): boolean => line.amountCents < 0;
  const components = contribution.lines.filter((line) => !isDeduction(line));
  const deductions = contribution.lines.filter(isDeduction);
  const total = (label: string, cents: number): Row => [
    text(label, true),
    EMPTY,
    EMPTY,
    EMPTY,
    money(cents, true),
  ];
  return [
    LINE_HEADERS.map((header) => text(header, true)),
    ...components.map(lineRow),
    ...(deductions.length > 0
      ? [total("Total brut", contribution.grossCents), ...deductions.map(lineRow)]
      : []),
    total("Total à payer", contribution.totalCents),
  ];
}

/**
 * What the statement rests on: the schedule and each distinct source cited by its lines
 * (document, article, deliberation and its date).
 *
 * @param contribution - from computeContribution
 * @returns one text per row: the schedule first, then the sources
 * @example
 * statementSources(hem2024);
 * // ["Barème ctaf-2023-06-15", "CTAF version du 15/06/2023, art. 5 ; délibération du comité syndical du 15/06/2023"]
 */
export function statementSources(contribution: Contribution): string[] {
  if (contribution.sharing) return sharingSources(contribution.sharing);
  const schedule = contribution.schedule;
  const origin = schedule.fromWorkbook ? " (table du classeur)" : "";
  const sources = [...new Set(contribution.lines.map((line) => line.source))];
  return [`Barème ${schedule.id}${origin}`, ...sources];
}
