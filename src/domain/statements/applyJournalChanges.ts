import { DomainError } from "../errors/DomainError";
import type { JournalEntry } from "../register/types";
import type { JournalChanges } from "./types";

/**
 * Applies a generation's changes to a journal, as the workbook will once written: cancelled
 * entries get the status annulé (they stay, with their numbers), new entries are appended after
 * the last row. Nothing is deleted or renumbered. Used to preview the journal after a generation
 * and by the tests that run many generations in a row.
 *
 * @param journal - the journal before the generation
 * @param changes - from assignNumbers
 * @returns the journal after it
 * @throws DomainError when an entry to cancel is not in the journal
 * @example
 * applyJournalChanges([], { added: [entry], cancelled: [] })[0]?.row; // 2 (row 1 is the header)
 */
export function applyJournalChanges(
  journal: readonly JournalEntry[],
  changes: JournalChanges
): JournalEntry[] {
  const toCancel = new Set(changes.cancelled.map((entry) => entry.number));
  const updated = journal.map((entry): JournalEntry => {
    if (!toCancel.has(entry.number)) return entry;
    toCancel.delete(entry.number);
    return { ...entry, status: "cancelled" };
  });
  const [missing] = toCancel;
  if (missing !== undefined) {
    throw new DomainError(
      "invalid-number",
      `Journal des appels : l'appel ${missing} à annuler n'y figure pas.`
    );
  }
  // Row 1 holds the table's headers; entries start on row 2.
  const lastRow = journal.reduce((max, entry) => Math.max(max, entry.row), 1);
  return [
    ...updated,
    ...changes.added.map((entry, index) => ({ ...entry, row: lastRow + 1 + index })),
  ];
}
