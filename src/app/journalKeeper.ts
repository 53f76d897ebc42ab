import type { NumberSeries } from "../domain/statements/keptJournal";
import type { NewJournalEntry } from "../domain/statements/types";

/**
 * Where the journal of each series of numbers is kept outside the workbook, so that a number once
 * issued is never given to another statement, even when the workbook that holds the journal is
 * lost, not saved, or replaced by the original register: the browser's own storage in the pane,
 * a journal file for `npm run statements`. prepareStatements puts back what it holds before any
 * new number; generation records the exercise's whole journal before writing it in the workbook.
 *
 * @example
 * const run = await prepareStatements(workbook, 2025, "2025-03-01", { keeper });
 * await generateStatements(workbook, run, { keep: (entries) => keeper.record(run.series!, entries) });
 */
export interface JournalKeeper {
  /** Where the journal is kept, in French, for messages: "ce navigateur", a file's path. */
  readonly place: string;
  /**
   * The kept journal of a series, every status, any order; empty when none is kept.
   *
   * @throws Error with a French message when the kept journal exists but cannot be read
   */
  load(series: NumberSeries): Promise<readonly NewJournalEntry[]>;
  /**
   * Records the series' whole journal, replacing what was kept. The entries it is given always
   * include those load returned (generation only adds numbers and cancels some).
   *
   * @throws Error with a French message when it cannot be recorded: generation then stops
   */
  record(series: NumberSeries, entries: readonly NewJournalEntry[]): Promise<void>;
}
