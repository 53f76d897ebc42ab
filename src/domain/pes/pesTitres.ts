import { statementsForAccounting } from "../statements/statementsForAccounting";
import type { NumberedStatement } from "../statements/types";

/**
 * The titres a generation puts into the PES file: its new statements (outcome `new` or
 * `amount-changed`), as the accounting CSV's default scope; a statement below 15 € is not put
 * into recovery (CGCT D1611-1) and is left out; one already issued (`already-issued`) was in an
 * earlier file.
 *
 * @param statements - the numbered statements of a generation
 * @returns the titres, in order
 * @example
 * pesTitres(numbered).every((s) => s.outcome !== "already-issued"); // true
 */
export function pesTitres(statements: readonly NumberedStatement[]): NumberedStatement[] {
  return statementsForAccounting(statements, "new");
}
