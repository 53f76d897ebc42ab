import type { IssuerSettings } from "../domain/register/types";
import { accountingCsv } from "../domain/statements/accountingCsv";
import { statementsForAccounting } from "../domain/statements/statementsForAccounting";
import type { NumberedStatement } from "../domain/statements/types";

/**
 * Name of the statements workbook of an exercise (the register with the statements, the summary
 * and the journal), the same whether the pane downloads it or the command line writes it.
 *
 * @param year - the exercise
 * @returns e.g. "appels-2025.xlsx"
 * @example
 * statementsWorkbookName(2025); // "appels-2025.xlsx"
 */
export function statementsWorkbookName(year: number): string {
  return `appels-${year}.xlsx`;
}

/**
 * Name of the accounting export of an exercise (newStatementsCsv).
 *
 * @param year - the exercise
 * @returns e.g. "appels-2025.csv"
 * @example
 * accountingCsvName(2025); // "appels-2025.csv"
 */
export function accountingCsvName(year: number): string {
  return `appels-${year}.csv`;
}

/** The accounting export of a generation: its text, and how many statements it holds. */
export interface NewStatementsCsv {
  readonly text: string;
  readonly count: number;
}

/**
 * The accounting export of a generation: the statements it numbered newly, 15 € and more
 * (statementsForAccounting "new"), so that none already exported is imported twice.
 *
 * @param statements - the numbered statements of the generation
 * @param settings - the issuer, for the accounting columns it fills; null when the register has
 *   no Paramètres table
 * @returns the CSV text and the number of statements in it
 * @example
 * newStatementsCsv(run.numbering.statements, run.settings).count; // 3
 */
export function newStatementsCsv(
  statements: readonly NumberedStatement[],
  settings: IssuerSettings | null
): NewStatementsCsv {
  const exported = statementsForAccounting(statements, "new");
  return { text: accountingCsv(exported, settings), count: exported.length };
}
