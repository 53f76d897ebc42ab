import { journalColumn } from "./columnName";
import { MESSAGES } from "./registerMessages";
import { REGISTER_TABLES, registerError, type RegisterProblem } from "./RegisterProblem";
import type { JournalEntry, Register } from "./types";

/**
 * Checks the journal of statements issued: a number is unique within its exercise, cancelled
 * statements included, since a number is never reused (RULES.md §9). Numbers are compared as
 * typed, ignoring case and spaces.
 *
 * @param register - the register read
 * @returns one error per repeated number, on the later row
 * @example
 * checkJournal(register)[0]?.message; // "numéro d'avis en double pour l'exercice 2024 (déjà ligne 2) : …"
 */
export function checkJournal(register: Register): RegisterProblem[] {
  const seen = new Map<string, JournalEntry>();
  const column = journalColumn(register, "number");
  const problems: RegisterProblem[] = [];
  for (const entry of register.journal) {
    if (entry.number === "") continue;
    const key = `${entry.year}|${entry.number.replace(/\s+/g, "").toUpperCase()}`;
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, entry);
      continue;
    }
    problems.push(
      registerError({
        table: REGISTER_TABLES.journal,
        row: entry.row,
        column,
        value: entry.number,
        message: MESSAGES.duplicateNumber(earlier.row, entry.year),
      })
    );
  }
  return problems;
}
