import { DomainError } from "../errors/DomainError";
import type { JournalEntry } from "../register/types";
import { frenchDate } from "../text/frenchText";
import { formatStatementNumber, parseStatementNumber } from "./statementNumber";

/**
 * The journal's entries for one exercise, checked, with what numbering needs.
 *
 * @example
 * readJournalYear(journal, 2025); // { entries, maxSeq: 3, lastDate: "2025-03-01", missingNumbers: [] }
 */
export interface JournalYear {
  /** Entries of the year, any status, in journal order. */
  readonly entries: readonly JournalEntry[];
  /** Highest sequence used in the year (any status), 0 when none. */
  readonly maxSeq: number;
  /** Latest date of issue in the year, ISO, or null when none. */
  readonly lastDate: string | null;
  /** Numbers missing from 1..maxSeq (a row deleted by hand): reported, never reused. */
  readonly missingNumbers: readonly string[];
}

/**
 * Reads and checks the journal for an exercise. Numbering relies on it, so an entry of that year
 * with an unreadable number, a number of another year, or a number used twice fails loudly: a new
 * number worked out from a broken journal could repeat an issued one.
 *
 * @param journal - the journal table, as read from the workbook
 * @param year - the exercise
 * @returns the year's entries, its highest sequence, its latest date, the gaps
 * @throws DomainError ("invalid-number") for a malformed, misplaced or repeated number
 * @example
 * readJournalYear([], 2025).maxSeq; // 0
 */
export function readJournalYear(journal: readonly JournalEntry[], year: number): JournalYear {
  const entries: JournalEntry[] = [];
  const seen = new Map<string, JournalEntry>();
  let maxSeq = 0;
  let lastDate: string | null = null;
  for (const entry of journal) {
    const parsed = parseStatementNumber(entry.number);
    if (entry.year !== year && parsed?.year !== year) continue;
    if (parsed === null || parsed.year !== entry.year) {
      throw journalError(
        entry,
        `numéro « ${entry.number} » illisible ou d'un autre exercice que ${entry.year} (attendu ${entry.year}-0001, ${entry.year}-0002…)`
      );
    }
    const twin = seen.get(entry.number.trim());
    if (twin !== undefined) {
      throw journalError(entry, `numéro ${entry.number} déjà utilisé ligne ${twin.row}`);
    }
    seen.set(entry.number.trim(), entry);
    entries.push(entry);
    maxSeq = Math.max(maxSeq, parsed.seq);
    if (lastDate === null || entry.date > lastDate) lastDate = entry.date;
  }
  const missingNumbers: string[] = [];
  for (let seq = 1; seq <= maxSeq; seq += 1) {
    const number = formatStatementNumber(year, seq);
    if (!seen.has(number)) missingNumbers.push(number);
  }
  return { entries, maxSeq, lastDate, missingNumbers };
}

function journalError(entry: JournalEntry, detail: string): DomainError {
  return new DomainError(
    "invalid-number",
    `Journal des appels, ligne ${entry.row} : ${detail}. Corrigez le journal avant de générer : la numérotation en dépend.`
  );
}

/**
 * Message when a generation would date new numbers before statements already issued that year,
 * which would break the chronological series (RULES.md §9).
 *
 * @param issueDate - the generation's date of issue, ISO
 * @param lastDate - the latest date in the year's journal, ISO
 * @returns the message
 * @example
 * chronologyMessage("2025-01-10", "2025-03-01").startsWith("Date d'émission 10/01/2025"); // true
 */
export function chronologyMessage(issueDate: string, lastDate: string): string {
  return `Date d'émission ${frenchDate(issueDate)} antérieure au dernier appel du journal (${frenchDate(lastDate)}) : la série des numéros doit rester chronologique.`;
}
