import { DomainError } from "../errors/DomainError";
import type { JournalEntry } from "../register/types";
import { checkYear } from "../dates/checkYear";
import { checkIsoDate } from "../dates/isoDate";
import { checkIssueDate } from "./checkIssueDate";
import { readJournalYear } from "./journalYear";
import { memberKey } from "../membership/memberKey";
import { amountChangedText } from "./messages";
import { formatStatementNumber } from "./statementNumber";
import type { NewJournalEntry, NumberedStatement, NumberingResult, StatementDraft } from "./types";

/**
 * Gives each draft of an exercise its number, against the journal (RULES.md §9: unique within the
 * exercise, one continuous chronological series, never reused). For each draft, in order:
 * - an issued entry (status émis) for the member and year with the SAME amount: the statement
 *   keeps that number and its date (`already-issued`);
 * - an issued entry with a DIFFERENT amount: it is cancelled (status annulé, number kept in the
 *   journal, never reused) and the draft gets the next number (`amount-changed`);
 * - no issued entry: the draft gets the next number (`new`).
 * The next sequence is 1 + the highest sequence of the year in the journal, any status, and new
 * numbers follow the drafts' order (the Members table's), e.g. 2025-0001, 2025-0002…
 *
 * @param drafts - the exercise's drafts, from previewStatements
 * @param journal - the journal table
 * @param year - the exercise
 * @param issueDate - date of issue of new numbers, ISO: from 1 January of the year, not before the
 *   year's latest journal date, not after a later exercise's first journal date (checkIssueDate);
 *   whether each member had joined by then is transferDateProblems's to say
 * @returns the numbered statements, the journal changes, issued entries of members not in the
 *   drafts (reported, untouched) and warnings
 * @throws DomainError for a bad year or date, a draft of another year, a member twice, a broken
 *   journal, or a date of issue of new numbers that checkIssueDate refuses
 * @example
 * assignNumbers(previewStatements(register, 2025).drafts, [], 2025, "2025-03-01")
 *   .statements.map((s) => s.number); // ["2025-0001", "2025-0002", "2025-0003"]
 */
export function assignNumbers(
  drafts: readonly StatementDraft[],
  journal: readonly JournalEntry[],
  year: number,
  issueDate: string
): NumberingResult {
  checkYear(year);
  checkIsoDate(issueDate, "date d'émission");
  const journalYear = readJournalYear(journal, year);
  const issued = issuedByMember(journalYear.entries);
  const warnings = journalYear.missingNumbers.map(
    (number) => `numéro ${number} absent du journal : il ne sera pas réutilisé`
  );
  const statements: NumberedStatement[] = [];
  const added: NewJournalEntry[] = [];
  const cancelled: JournalEntry[] = [];
  const draftKeys = new Set<string>();
  let next = journalYear.maxSeq + 1;
  for (const draft of drafts) {
    const key = checkDraft(draft, year, draftKeys);
    const own = issued.get(key) ?? [];
    const current = own[own.length - 1];
    if (own.length > 1) warnings.push(severalIssued(draft, own));
    const amount = draft.contribution.totalCents;
    if (current !== undefined && current.amountCents === amount) {
      statements.push({
        draft,
        number: current.number,
        issueDate: current.date,
        outcome: "already-issued",
        previous: current,
        outcomeText: "déjà émis",
      });
      continue;
    }
    const entry = newEntry(draft, formatStatementNumber(year, next), issueDate);
    next += 1;
    added.push(entry);
    const fresh = { draft, number: entry.number, issueDate };
    if (current === undefined) {
      statements.push({ ...fresh, outcome: "new", previous: null, outcomeText: "nouveau" });
    } else {
      // Every issued entry of the member and year is superseded, so one stays issued.
      cancelled.push(...own);
      statements.push({
        ...fresh,
        outcome: "amount-changed",
        previous: current,
        outcomeText: amountChangedText(current.number, current.amountCents, amount),
      });
    }
  }
  // Only new numbers take this date: statements already issued keep theirs.
  if (added.length > 0) checkIssueDate(issueDate, year, journal);
  const notInPreview = [...issued.entries()]
    .filter(([key]) => !draftKeys.has(key))
    .flatMap(([, entries]) => entries);
  return { statements, changes: { added, cancelled }, notInPreview, warnings };
}

/** Issued entries per member key, in journal order of their numbers (lowest first). */
function issuedByMember(entries: readonly JournalEntry[]): Map<string, JournalEntry[]> {
  const byMember = new Map<string, JournalEntry[]>();
  const sorted = entries
    .filter((entry) => entry.status === "issued")
    .sort((a, b) => a.number.localeCompare(b.number, "en", { numeric: true }));
  for (const entry of sorted) {
    const key = memberKey(entry.member);
    byMember.set(key, [...(byMember.get(key) ?? []), entry]);
  }
  return byMember;
}

function checkDraft(draft: StatementDraft, year: number, keys: Set<string>): string {
  if (draft.year !== year || draft.contribution.year !== year) {
    throw new DomainError(
      "invalid-year",
      `L'appel de « ${draft.member.name} » porte sur l'exercice ${draft.year}, pas ${year}.`
    );
  }
  const key = memberKey(draft.member.name);
  if (keys.has(key)) {
    throw new DomainError(
      "invalid-number",
      `Membre « ${draft.member.name} » présent deux fois dans les appels ${year} : un seul numéro par membre et par exercice.`
    );
  }
  keys.add(key);
  return key;
}

function newEntry(draft: StatementDraft, number: string, date: string): NewJournalEntry {
  return {
    number,
    year: draft.year,
    member: draft.member.name,
    amountCents: draft.contribution.totalCents,
    pupils: draft.contribution.pupils,
    date,
    schedule: draft.contribution.schedule.id,
    status: "issued",
  };
}

function severalIssued(draft: StatementDraft, own: readonly JournalEntry[]): string {
  const numbers = own.map((entry) => entry.number).join(", ");
  return `plusieurs appels émis pour « ${draft.member.name} » en ${draft.year} (${numbers}) : seul le dernier est comparé`;
}
