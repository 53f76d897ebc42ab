import { hasIsoDateShape } from "../dates/isoDate";
import { DomainError } from "../errors/DomainError";
import { memberColumn } from "../register/columnName";
import { REGISTER_TABLES, registerError, type RegisterProblem } from "../register/RegisterProblem";
import type { JournalEntry, Register } from "../register/types";
import { chronologyMessage } from "./journalYear";
import { frenchDate } from "../text/frenchText";
import type { NumberedStatement } from "./types";

/**
 * The rules on the date of issue of NEW numbers (RULES.md §6 and §9; decision 0006). Only the
 * statements numbered by a generation (`new`, `amount-changed`) are dated by it; an
 * `already-issued` statement keeps the date it was issued on, and is never checked again.
 *
 * For the whole exercise (checkIssueDate, called by assignNumbers when it gives new numbers):
 * 1. not before 1 January of the exercise;
 * 2. not before the exercise's latest date in the journal (the series stays chronological);
 * 3. not after the earliest date of issue of a LATER exercise in the journal (the journal holds
 *    every exercise: 2025 statements may not be dated after 2026 ones).
 *
 * For each member (transferDateProblems, called by prepareStatements): not before the date its
 * transfer took effect (RULES.md §6): a member is called only once it has joined.
 */

/**
 * Message when the date of issue comes before 1 January of the exercise.
 *
 * @param issueDate - the date of issue, ISO
 * @param year - the exercise
 * @returns the message
 * @example
 * beforeExerciseMessage("2019-01-01", 2025);
 * // "Date d'émission 01/01/2019 antérieure à l'exercice 2025 : les appels de l'exercice 2025 ne peuvent pas être émis avant le 01/01/2025. Choisissez une date d'émission à partir du 01/01/2025."
 */
export function beforeExerciseMessage(issueDate: string, year: number): string {
  const first = frenchDate(`${year}-01-01`);
  return `Date d'émission ${frenchDate(issueDate)} antérieure à l'exercice ${year} : les appels de l'exercice ${year} ne peuvent pas être émis avant le ${first}. Choisissez une date d'émission à partir du ${first}.`;
}

/**
 * Message when the date of issue comes after a statement of a later exercise in the journal.
 *
 * @param issueDate - the date of issue, ISO
 * @param year - the exercise being issued
 * @param later - the earliest-dated journal entry of a later exercise
 * @returns the message
 * @example
 * afterLaterExerciseMessage("2026-04-01", 2025, { number: "2026-0001", year: 2026, date: "2026-03-01" });
 * // "Date d'émission 01/04/2026 postérieure à l'appel 2026-0001 de l'exercice 2026, émis le 01/03/2026 : les appels de l'exercice 2025 ne peuvent pas être datés après ceux d'un exercice suivant. Choisissez une date d'émission au plus tard le 01/03/2026."
 */
export function afterLaterExerciseMessage(
  issueDate: string,
  year: number,
  later: Pick<JournalEntry, "number" | "year" | "date">
): string {
  const limit = frenchDate(later.date);
  return `Date d'émission ${frenchDate(issueDate)} postérieure à l'appel ${later.number.trim()} de l'exercice ${later.year}, émis le ${limit} : les appels de l'exercice ${year} ne peuvent pas être datés après ceux d'un exercice suivant. Choisissez une date d'émission au plus tard le ${limit}.`;
}

/**
 * Message when a member's new statement would be dated before its transfer took effect. It
 * starts in lower case: it is shown after the member's cell ("Membres, ligne 5, colonne « Date
 * d'effet » (« 01/09/2025 ») : …").
 *
 * @param statement - the member's new statement
 * @returns the message, naming the member, its statement and both dates
 * @example
 * beforeTransferMessage(valDExemple2025);
 * // "date d'émission 01/03/2025 antérieure à la date d'effet du transfert de « Val d'Exemple » (01/09/2025). Son appel 2025-0004 ne peut pas être émis avant que ce membre ait rejoint le syndicat : choisissez une date d'émission à partir du 01/09/2025, ou corrigez la date d'effet si elle est fausse."
 */
export function beforeTransferMessage(statement: NumberedStatement): string {
  const { member } = statement.draft;
  const transfer = frenchDate(member.transferDate);
  return `date d'émission ${frenchDate(statement.issueDate)} antérieure à la date d'effet du transfert de « ${member.name} » (${transfer}). Son appel ${statement.number} ne peut pas être émis avant que ce membre ait rejoint le syndicat : choisissez une date d'émission à partir du ${transfer}, ou corrigez la date d'effet si elle est fausse.`;
}

/**
 * Checks the date of issue of an exercise's new numbers against the exercise and the journal:
 * not before 1 January of the exercise, not before the exercise's latest journal date, not after
 * the earliest journal date of a later exercise (any status: a cancelled statement was issued
 * on its date too). A date equal to a limit is accepted. Call it only when the generation gives
 * new numbers: statements already issued keep their own dates.
 *
 * @param issueDate - the date of issue of the new numbers, ISO, already checked
 * @param year - the exercise
 * @param journal - the whole journal (every exercise), as read from the workbook
 * @returns nothing when the date fits
 * @throws DomainError ("invalid-date") naming the date, the limit and what to choose instead
 * @example
 * checkIssueDate("2025-03-01", 2025, []); // fine
 * checkIssueDate("2019-01-01", 2025, []); // throws: "Date d'émission 01/01/2019 antérieure à l'exercice 2025 : …"
 */
export function checkIssueDate(
  issueDate: string,
  year: number,
  journal: readonly JournalEntry[]
): void {
  if (issueDate < `${year}-01-01`) {
    throw new DomainError("invalid-date", beforeExerciseMessage(issueDate, year));
  }
  let lastOfYear: string | null = null;
  let firstLater: JournalEntry | null = null;
  for (const entry of journal) {
    // A date that does not read is reported by the register checks; it cannot be compared.
    if (!hasIsoDateShape(entry.date)) continue;
    if (entry.year === year) {
      if (lastOfYear === null || entry.date > lastOfYear) lastOfYear = entry.date;
    } else if (entry.year > year && (firstLater === null || entry.date < firstLater.date)) {
      firstLater = entry;
    }
  }
  if (lastOfYear !== null && issueDate < lastOfYear) {
    throw new DomainError("invalid-date", chronologyMessage(issueDate, lastOfYear));
  }
  if (firstLater !== null && issueDate > firstLater.date) {
    throw new DomainError("invalid-date", afterLaterExerciseMessage(issueDate, year, firstLater));
  }
}

/**
 * Finds the new statements dated before their member's transfer took effect (RULES.md §6), one
 * blocking problem per member, on its "Date d'effet" cell of the Membres table: the task pane
 * lists it with the row and a button that selects the cell, the command line prints
 * "Membres, ligne 5, colonne « Date d'effet » (« 01/09/2025 ») : …". A date of issue equal to
 * the transfer date is accepted; statements already issued (`already-issued`) are not checked.
 *
 * @param statements - the numbered statements, from assignNumbers
 * @param register - the register, to name the column as the workbook does
 * @returns the problems, in the statements' order (none when every date fits)
 * @example
 * transferDateProblems(assignNumbers(drafts, [], 2025, "2025-03-01").statements, register);
 * // [{ severity: "error", table: "Membres", row: 5, column: "Date d'effet", value: "01/09/2025", message: "date d'émission 01/03/2025 antérieure à la date d'effet du transfert de « … » …" }]
 */
export function transferDateProblems(
  statements: readonly NumberedStatement[],
  register: Register
): RegisterProblem[] {
  return statements
    .filter(
      (statement) =>
        statement.outcome !== "already-issued" &&
        statement.issueDate < statement.draft.member.transferDate
    )
    .map((statement) =>
      registerError({
        table: REGISTER_TABLES.members,
        row: statement.draft.member.row,
        column: memberColumn(register, "transferDate"),
        value: frenchDate(statement.draft.member.transferDate),
        message: beforeTransferMessage(statement),
      })
    );
}
