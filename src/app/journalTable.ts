import {
  JOURNAL_COLUMNS,
  JOURNAL_LABELS,
  type JournalField,
} from "../domain/register/journalColumns";
import type { JournalEntry } from "../domain/register/types";
import { EMPTY, type SheetCell } from "../domain/sheets/SheetSpec";
import { journalRows } from "../domain/statements/journalSheet";
import type { NewJournalEntry } from "../domain/statements/types";
import { matchHeaders, type HeaderMatch } from "../domain/tables/matchHeaders";

/** Fields of a journal row, in the order journalRows writes them. */
const FIELDS: readonly JournalField[] = JOURNAL_COLUMNS.map((column) => column.field);

/**
 * Where each field is in a journal table the user may have made or rearranged: columns are
 * found by their headers (synonyms accepted, case and accents ignored), as the register reader
 * finds them.
 *
 * @param headerRow - the journal table's header row
 * @returns the column of each field found, and the labels of the required fields not found
 * @example
 * journalColumnsOf(["Numéro", "Exercice", …]).missing; // []
 */
export function journalColumnsOf(headerRow: readonly unknown[]): {
  columns: HeaderMatch<JournalField>;
  missing: string[];
} {
  const { match } = matchHeaders("Journal", headerRow, JOURNAL_COLUMNS);
  const missing = JOURNAL_COLUMNS.filter((column) => column.required && !match[column.field]).map(
    (column) => JOURNAL_LABELS[column.field]
  );
  return { columns: match, missing };
}

/**
 * New journal entries as rows of an existing journal table: each value in the column whose
 * header names it, whatever the table's column order; columns the add-in does not know stay
 * empty.
 *
 * @param headerRow - the journal table's header row
 * @param entries - the entries to add
 * @returns one row per entry, as wide as the table
 * @example
 * journalRowsFor(["Membre", "Numéro", …], added)[0]?.[1]; // the number cell
 */
export function journalRowsFor(
  headerRow: readonly unknown[],
  entries: readonly (JournalEntry | NewJournalEntry)[]
): SheetCell[][] {
  const { columns } = journalColumnsOf(headerRow);
  return journalRows(entries).map((cells) => {
    const row: SheetCell[] = headerRow.map(() => EMPTY);
    FIELDS.forEach((field, index) => {
      const column = columns[field];
      const cell = cells[index];
      if (column && cell) row[column.index] = cell;
    });
    return row;
  });
}
