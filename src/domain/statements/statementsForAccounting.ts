import type { NumberedStatement } from "./types";

/**
 * Which statements go to the accounting export:
 * - `nouveaux`: those numbered by this generation (`nouveau`, `montant-modifie`), so that a
 *   statement already exported is not imported twice;
 * - `tous`: every statement of the generation, including those already issued.
 *
 * @example
 * statementsForAccounting(numbered, "tous"); // every statement ≥ 15 €
 */
export type AccountingScope = "nouveaux" | "tous";

/**
 * Selects the statements to export to the accounting software. Statements below 15 € are never
 * exported: they are not put into recovery (CGCT D1611-1). A statement whose amount changed is
 * exported under its new number; cancelling the old revenue order in the accounting software is
 * left to the accountant (the summary shows which).
 *
 * @param statements - the numbered statements of a generation
 * @param scope - "nouveaux" (default) or "tous"
 * @returns the statements to export, in order
 * @example
 * statementsForAccounting(numbered).every((s) => s.outcome !== "deja-emis"); // true
 */
export function statementsForAccounting(
  statements: readonly NumberedStatement[],
  scope: AccountingScope = "nouveaux"
): NumberedStatement[] {
  return statements.filter(
    (statement) =>
      !statement.draft.belowThreshold && (scope === "tous" || statement.outcome !== "deja-emis")
  );
}
