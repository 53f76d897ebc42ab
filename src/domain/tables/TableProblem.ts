import { quoteEcho } from "../text/echoValue";
import { countOf } from "../text/frenchText";

/** A problem found in a table read from the workbook, with where it is. */
export interface TableProblem {
  /** Name of the table, in French ("Barème", "Membres"…). */
  readonly table: string;
  /** Row within the range, 1 for the header row. */
  readonly row: number;
  /** Column header as the user wrote it (or as expected, when missing). */
  readonly column: string;
  /** The value found, as text ("" when empty). */
  readonly value: string;
  /** What is wrong and what is expected, in French. */
  readonly message: string;
}

/**
 * Writes a problem as one French sentence that says where it is.
 *
 * @param problem - the problem
 * @returns e.g. "Barème, ligne 3, colonne « tarif » (« abc ») : …"
 * @example
 * describeProblem({ table: "Barème", row: 3, column: "tarif", value: "abc", message: "montant attendu" });
 * // "Barème, ligne 3, colonne « tarif » (« abc ») : montant attendu"
 */
export function describeProblem(problem: TableProblem): string {
  // A cell may hold 32 000 characters: the sentence repeats its beginning (quoteEcho).
  const value = problem.value === "" ? "" : ` (${quoteEcho(problem.value)})`;
  const column = problem.column === "" ? "" : `, colonne ${quoteEcho(problem.column)}`;
  return `${problem.table}, ligne ${problem.row}${column}${value} : ${problem.message}`;
}

/**
 * Summarizes a list of problems for a one-cell error: the first few, then how many more.
 *
 * @param problems - at least one problem
 * @param shown - how many to write out
 * @returns the summary
 * @example
 * summarizeProblems([p1, p2, p3, p4], 2); // "… ; … (et 2 autres problèmes)"
 */
export function summarizeProblems(problems: readonly TableProblem[], shown = 3): string {
  const listed = problems.slice(0, shown).map(describeProblem).join(" ; ");
  const more = problems.length - shown;
  return more > 0
    ? `${listed} (et ${countOf(more, "autre problème", "autres problèmes")})`
    : listed;
}
