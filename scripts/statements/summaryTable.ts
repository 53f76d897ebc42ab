import { formatEuros } from "../../src/domain/money/formatEuros";
import { BELOW_THRESHOLD_WARNING } from "../../src/domain/statements/messages";
import { previewTotals } from "../../src/domain/statements/previewTotals";
import type { NumberedStatement } from "../../src/domain/statements/types";

const NO_BREAK_SPACE = "\u00a0";
/** Longest member name shown before it is cut with "…": the table stays readable in a terminal. */
const MEMBER_WIDTH = 40;

/**
 * A count the French way, thousands separated by a no-break space.
 *
 * @param value - a whole number
 * @returns e.g. "1 209"
 * @example
 * formatCount(1209); // "1 209"
 */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, NO_BREAK_SPACE);
}

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
    statement.outcome === "nouveau" ? "" : statement.outcomeText,
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
    formatCount(statement.draft.contribution.pupils),
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
    `Total : ${formatCount(totals.count)} appel${plural(totals.count)}, ${formatEuros(totals.totalCents)}`,
  ];
  if (totals.belowThresholdCount > 0)
    lines.push(
      `  dont ${formatCount(totals.belowThresholdCount)} sous 15 € non mis en recouvrement ` +
        `(${formatEuros(totals.belowThresholdCents)}) ; à recouvrer : ${formatEuros(totals.recoverableCents)}`
    );
  return lines;
}
