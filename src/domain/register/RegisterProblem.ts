import type { ProblemKinds } from "../tables/readTable";
import type { TableProblem } from "../tables/TableProblem";
import { MESSAGES } from "./registerMessages";

/**
 * Whether a problem blocks generation (error) or is only shown (warning).
 *
 * @example
 * const severity: Severity = "warning";
 */
export type Severity = "error" | "warning";

/**
 * A problem found in the register tables: where it is, what is wrong, and whether it blocks.
 *
 * @example
 * { severity: "error", table: "Écoles", row: 4, column: "UAI", value: "0591015J", message: "UAI invalide : …" }
 */
export type RegisterProblem = TableProblem & { readonly severity: Severity };

/**
 * Names of the register tables, as shown to users in problems.
 *
 * @example
 * REGISTER_TABLES.schools; // "Écoles"
 */
export const REGISTER_TABLES = {
  members: "Membres",
  schools: "Écoles",
  settings: "Paramètres",
  journal: "Journal",
  // What holds for one exercise only (decision 0014).
  exerciseOptions: "Options par exercice",
  // The sharing of net charges (RULES.md §5, src/domain/sharing).
  charges: "Charges",
  middleSchools: "Collèges",
} as const;

/**
 * A register table name, as shown to users.
 *
 * @example
 * const table: RegisterTableName = "Paramètres";
 */
export type RegisterTableName = (typeof REGISTER_TABLES)[keyof typeof REGISTER_TABLES];

const TABLE_ORDER: readonly string[] = Object.values(REGISTER_TABLES);

/**
 * Makes a blocking problem.
 *
 * @param problem - where and what
 * @returns the problem with severity "error"
 * @example
 * registerError({ table: "Membres", row: 3, column: "Élèves", value: "abc", message: "…" }).severity; // "error"
 */
export function registerError(problem: TableProblem): RegisterProblem {
  return { ...problem, severity: "error" };
}

/**
 * Makes a problem that is shown but does not block generation.
 *
 * @param problem - where and what
 * @returns the problem with severity "warning"
 * @example
 * registerWarning({ table: "Membres", row: 3, column: "SIRET", value: "…", message: "…" }).severity; // "warning"
 */
export function registerWarning(problem: TableProblem): RegisterProblem {
  return { ...problem, severity: "warning" };
}

/**
 * How the register tells the problems of its tables (readTable): a cell or header problem blocks
 * generation; an Excel error value in a column the register does not read is a warning, since
 * the formula that broke may feed other cells.
 *
 * @example
 * readTable("Journal", rows, JOURNAL_COLUMNS, readRow, REGISTER_PROBLEMS);
 */
export const REGISTER_PROBLEMS: ProblemKinds<RegisterProblem> = {
  found: registerError,
  ignoredErrorValue: (problem) =>
    registerWarning({ ...problem, message: `${problem.message} ${MESSAGES.ignoredColumn}` }),
};

/**
 * Tells whether any problem blocks generation.
 *
 * @param problems - problems from reading and validation
 * @returns true when at least one is an error
 * @example
 * hasBlockingProblems([registerWarning(p)]); // false
 */
export function hasBlockingProblems(problems: readonly RegisterProblem[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}

/**
 * Orders problems as a user reads the workbook: by table (Membres, Écoles, Paramètres, Journal),
 * then by row; problems of the same row keep their order.
 *
 * @param problems - problems in any order
 * @returns a new sorted array
 * @example
 * sortProblems([journalProblem, memberProblem])[0]?.table; // "Membres"
 */
export function sortProblems(problems: readonly RegisterProblem[]): RegisterProblem[] {
  const rank = (table: string) => {
    const index = TABLE_ORDER.indexOf(table);
    return index < 0 ? TABLE_ORDER.length : index;
  };
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        rank(a.problem.table) - rank(b.problem.table) ||
        a.problem.row - b.problem.row ||
        a.index - b.index
    )
    .map(({ problem }) => problem);
}
