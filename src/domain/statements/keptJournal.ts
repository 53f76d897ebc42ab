import { formatEuros } from "../money/formatEuros";
import { memberKey } from "../membership/memberKey";
import type { IssuerSettings, JournalEntry } from "../register/types";
import { normalizeKey } from "../text/normalizeKey";
import { parseStatementNumber } from "./statementNumber";
import type { JournalChanges, NewJournalEntry, NumberingResult } from "./types";

/**
 * A series of statement numbers: one issuer, one exercise (RULES.md §9: unique within the
 * exercise, never reused). A kept journal is stored under this key, in the browser or in a file,
 * so that the same register, reopened without the journal a generation wrote, gets its numbers
 * back.
 *
 * @example
 * const series: NumberSeries = { issuer: "20003038600020", year: 2025 };
 */
export interface NumberSeries {
  /** The issuer's SIRET when it has 14 digits, else its name as a key (case, accents ignored). */
  readonly issuer: string;
  readonly year: number;
}

/**
 * The series a register's statements are numbered in: its issuer (SIRET, else name) and the
 * exercise.
 *
 * @param settings - the issuer's settings, from the Paramètres table
 * @param year - the exercise
 * @returns the series
 * @example
 * numberSeries({ ...settings, siret: "20003038600020" }, 2025); // { issuer: "20003038600020", year: 2025 }
 * numberSeries({ ...settings, siret: "", name: "Syndicat Mixte" }, 2025).issuer; // "syndicat-mixte"
 */
export function numberSeries(settings: IssuerSettings, year: number): NumberSeries {
  const siret = settings.siret.replace(/\s/g, "");
  return { issuer: /^\d{14}$/.test(siret) ? siret : normalizeKey(settings.name), year };
}

/**
 * What the workbook's journal and a kept journal of the same series say together.
 *
 * @example
 * reconcileJournal(journalWithoutLastRow, kept, 2025).restored.map((e) => e.number); // ["2025-0005"]
 */
export interface JournalReconciliation {
  /**
   * Entries of the exercise the kept journal has and the workbook's journal lacks (a register
   * reopened without the journal a generation wrote, rows deleted by hand): they are put back,
   * in number order, before any new number is issued.
   */
  readonly restored: readonly NewJournalEntry[];
  /** Entries issued in the workbook's journal that the kept journal says were cancelled. */
  readonly cancelled: readonly JournalEntry[];
  /**
   * Numbers the two journals give to different statements (another member, amount or exercise):
   * French messages; numbering must not go on while any remain.
   */
  readonly conflicts: readonly string[];
  /**
   * The journal to number against: the workbook's entries, those cancelled marked so, then the
   * restored ones on rows after the last (as they will be written).
   */
  readonly journal: readonly JournalEntry[];
}

function sameStatement(a: NewJournalEntry, b: NewJournalEntry): boolean {
  return (
    a.year === b.year &&
    memberKey(a.member) === memberKey(b.member) &&
    a.amountCents === b.amountCents
  );
}

function described(entry: NewJournalEntry): string {
  return `« ${entry.member} », exercice ${entry.year}, ${formatEuros(entry.amountCents)}`;
}

/**
 * Compares the workbook's journal with a kept journal of the same series, so that a number once
 * issued always denotes the same statement. Entries are matched by number:
 * - a kept entry of the exercise absent from the workbook is restored (status as kept);
 * - a number in both with the same exercise, member and amount is the same statement; when the
 *   kept one is cancelled and the workbook's is not, the workbook's is cancelled too (a status
 *   only ever goes from émis to annulé);
 * - a number in both that denotes another statement is a conflict.
 * Kept entries of other exercises are ignored.
 *
 * @param workbookJournal - the journal table of the workbook, all exercises
 * @param kept - the kept journal of the series (any order)
 * @param year - the exercise
 * @returns what to restore, what to cancel, the conflicts, and the journal to number against
 * @example
 * reconcileJournal([], keptAfterFirstRun, 2025).restored.length; // every number the first run issued
 */
export function reconcileJournal(
  workbookJournal: readonly JournalEntry[],
  kept: readonly NewJournalEntry[],
  year: number
): JournalReconciliation {
  const inWorkbook = new Map<string, JournalEntry>();
  for (const entry of workbookJournal) {
    const number = entry.number.trim();
    if (!inWorkbook.has(number)) inWorkbook.set(number, entry);
  }
  const restored: NewJournalEntry[] = [];
  const cancelled: JournalEntry[] = [];
  const conflicts: string[] = [];
  const keptOfYear = kept
    .filter((entry) => parseStatementNumber(entry.number)?.year === year || entry.year === year)
    .sort((a, b) => a.number.localeCompare(b.number, "en", { numeric: true }));
  const seenKept = new Set<string>();
  for (const entry of keptOfYear) {
    const number = entry.number.trim();
    if (seenKept.has(number)) continue;
    seenKept.add(number);
    const there = inWorkbook.get(number);
    if (there === undefined) {
      restored.push({ ...entry, number });
    } else if (!sameStatement(there, entry)) {
      conflicts.push(
        `Le numéro ${number} désigne ${described(entry)} dans le journal conservé, mais ${described(there)} ` +
          `dans le journal de ce classeur (ligne ${there.row}) : un numéro émis ne peut pas changer d'appel. ` +
          "Rouvrez le classeur écrit par la génération qui a émis ce numéro, ou remettez la ligne du journal telle qu'elle a été émise."
      );
    } else if (entry.status === "cancelled" && there.status === "issued") {
      cancelled.push(there);
    }
  }
  const toCancel = new Set(cancelled.map((entry) => entry.number));
  const lastRow = workbookJournal.reduce((max, entry) => Math.max(max, entry.row), 1);
  const journal: JournalEntry[] = [
    ...workbookJournal.map((entry) =>
      toCancel.has(entry.number) ? { ...entry, status: "cancelled" as const } : entry
    ),
    ...restored.map((entry, index) => ({ ...entry, row: lastRow + 1 + index })),
  ];
  return { restored, cancelled, conflicts, journal };
}

/**
 * The journal writes of a generation after a reconciliation: the entries put back (marked
 * annulé when this numbering cancels them) then the new numbers, appended; the workbook's issued
 * entries that the kept journal or this numbering cancels, marked annulé.
 *
 * @param workbookJournal - the workbook's journal before the generation
 * @param reconciliation - from reconcileJournal
 * @param numbering - from assignNumbers, against reconciliation.journal
 * @returns the changes to write into the workbook's journal
 * @example
 * journalWritesOf([], reconcileJournal([], kept, 2025), numbering).added; // kept entries, then new ones
 */
export function journalWritesOf(
  workbookJournal: readonly JournalEntry[],
  reconciliation: JournalReconciliation,
  numbering: NumberingResult
): JournalChanges {
  const cancelledNumbers = new Set(
    [...reconciliation.cancelled, ...numbering.changes.cancelled].map((entry) => entry.number)
  );
  const restored = reconciliation.restored.map((entry): NewJournalEntry =>
    cancelledNumbers.has(entry.number) ? { ...entry, status: "cancelled" } : entry
  );
  return {
    added: [...restored, ...numbering.changes.added],
    cancelled: workbookJournal.filter(
      (entry) => entry.status === "issued" && cancelledNumbers.has(entry.number)
    ),
  };
}

/**
 * The entries of an exercise without their rows, in number order: what a kept journal records.
 *
 * @param journal - a journal, all exercises
 * @param year - the exercise
 * @returns the exercise's entries
 * @example
 * journalOfYear(applyJournalChanges(journal, writes), 2025).map((e) => e.number); // ["2025-0001", …]
 */
export function journalOfYear(journal: readonly JournalEntry[], year: number): NewJournalEntry[] {
  return journal
    .filter((entry) => entry.year === year)
    .map(({ row: _row, ...entry }) => entry)
    .sort((a, b) => a.number.localeCompare(b.number, "en", { numeric: true }));
}
