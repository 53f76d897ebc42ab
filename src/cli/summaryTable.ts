import { groupDigits } from "../domain/text/frenchText";
import { formatEuros } from "../domain/money/formatEuros";
import { BELOW_THRESHOLD_WARNING } from "../domain/statements/messages";
import { previewTotals } from "../domain/statements/previewTotals";
import type { NumberedStatement } from "../domain/statements/types";

/** Longest member name shown before it is cut with "…": the table stays readable in a terminal. */
const MEMBER_WIDTH = 40;

/** Width of a text as a terminal shows it: one column per code point (names are precomposed). */
function width(value: string): number {
  return [...value].length;
}

function cut(value: string, max: number): string {
  const oneLine = value.replace(/\s+/g, " ");
  return width(oneLine) <= max ? oneLine : `${[...oneLine].slice(0, max - 1).join("")}…`;
}

/**
 * What the summary flags on a statement: below 15 €, its numbering when not new, its warnings.
 *
 * @param statement - a numbered statement
 * @returns the flags joined by " ; ", "" when none
 * @example
 * statementFlag(hem); // "" for a new statement of 15 € or more without warning
 */
export function statementFlag(statement: NumberedStatement): string {
  const { draft } = statement;
  const flags = [
    draft.belowThreshold ? "sous 15 € : non mis en recouvrement" : "",
    statement.outcome === "new" ? "" : statement.outcomeText,
    ...draft.warnings.filter((warning) => warning !== BELOW_THRESHOLD_WARNING),
  ];
  return flags.filter((flag) => flag !== "").join(" ; ");
}

/**
 * The summary of a generation as a text table for the terminal: number, member, pupils, amount
 * (French format, right-aligned) and flag, one line per statement, then the totals.
 *
 * @param statements - the statements of the run, in order
 * @returns the lines, without line ends
 * @example
 * summaryTable(run.numbering.statements).join("\n");
 * // "Numéro     Membre        Élèves     Montant  Signalement\n…"
 */
export function summaryTable(statements: readonly NumberedStatement[]): string[] {
  const headers = ["Numéro", "Membre", "Élèves", "Montant", "Signalement"] as const;
  const rows = statements.map((statement) => [
    statement.number,
    cut(statement.draft.member.name, MEMBER_WIDTH),
    groupDigits(statement.draft.contribution.pupils),
    formatEuros(statement.draft.contribution.totalCents),
    statementFlag(statement),
  ]);
  const widths = headers.map((header, column) =>
    Math.max(width(header), ...rows.map((row) => width(row[column] ?? "")))
  );
  const rightAligned = new Set([2, 3]);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const pad = " ".repeat((widths[column] ?? 0) - width(cell));
        if (column === cells.length - 1) return cell;
        return rightAligned.has(column) ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(headers), rule, ...rows.map(line), rule, ...totalLines(statements)];
}

/**
 * The totals under the summary: count and grand total, and when some statements are below 15 €,
 * their part (not put into recovery) and the total put into recovery.
 *
 * @param statements - the statements of the run
 * @returns one or two lines
 * @example
 * totalLines(statements); // ["Total : 4 appels, 12 345,67 €"]
 */
export function totalLines(statements: readonly NumberedStatement[]): string[] {
  const totals = previewTotals(statements.map((statement) => statement.draft));
  const plural = (count: number) => (count > 1 ? "s" : "");
  const lines = [
    `Total : ${groupDigits(totals.count)} appel${plural(totals.count)}, ${formatEuros(totals.totalCents)}`,
  ];
  if (totals.belowThresholdCount > 0)
    lines.push(
      `  dont ${groupDigits(totals.belowThresholdCount)} sous 15 € non mis en recouvrement ` +
        `(${formatEuros(totals.belowThresholdCents)}) ; à recouvrer : ${formatEuros(totals.recoverableCents)}`
    );
  return lines;
}
