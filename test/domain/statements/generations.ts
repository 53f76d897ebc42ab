import type { JournalEntry, Register } from "../../../src/domain/register/types";
import { applyJournalChanges } from "../../../src/domain/statements/applyJournalChanges";
import { assignNumbers } from "../../../src/domain/statements/assignNumbers";
import { previewStatements } from "../../../src/domain/statements/previewStatements";
import type { NumberingResult } from "../../../src/domain/statements/types";

/** One generation as the pane runs it: preview, number, then write the journal changes. */
export interface Generation {
  readonly result: NumberingResult;
  /** The journal after the generation. */
  readonly journal: JournalEntry[];
}

/**
 * Runs a generation for an exercise against the register's journal.
 *
 * @param reg - the register (its journal is the one before the generation)
 * @param year - the exercise
 * @param issueDate - ISO date of issue
 * @returns the numbering and the journal after it
 */
export function generate(reg: Register, year: number, issueDate: string): Generation {
  const preview = previewStatements(reg, year);
  const result = assignNumbers(preview.drafts, reg.journal, year, issueDate);
  return { result, journal: applyJournalChanges(reg.journal, result.changes) };
}
