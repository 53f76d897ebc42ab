import type { NumberedStatement } from "./types";

/**
 * Which statements go to the accounting export:
 * - `new`: those numbered by this generation (`new`, `amount-changed`), so that a
 *   statement already exported is not imported twice;
 * - `all`: every statement of the generation, including those already issued.
 *
 * @example
 * statementsForAccounting(numbered, "all"); // every statement ≥ 15 €
 */
export type AccountingScope = "new" | "all";

/**
 * Selects the statements to export to the accounting software. Statements below 15 € are never
 * exported: they are not put into recovery (CGCT D1611-1). A statement whose amount changed is
 * exported under its new number; cancelling the old revenue order in the accounting software is
 * left to the accountant (the summary shows which).
 *
 * @param statements - the numbered statements of a generation
 * @param scope - "new" (default) or "all"
 * @returns the statements to export, in order
 * @example
 * statementsForAccounting(numbered).every((s) => s.outcome !== "already-issued"); // true
 */
export function statementsForAccounting(
  statements: readonly NumberedStatement[],
  scope: AccountingScope = "new"
): NumberedStatement[] {
  return statements.filter(
    (statement) =>
      !statement.draft.belowThreshold && (scope === "all" || statement.outcome !== "already-issued")
  );
}
