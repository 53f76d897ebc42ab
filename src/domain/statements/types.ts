import type { Contribution } from "../contribution/types";
import type { Cents } from "../money/cents";
import type { JournalEntry, Member } from "../register/types";
import type { PupilsBilledWithPhasing } from "./pupilsBilledWithPhasing";

/**
 * What a member owes for the exercise, before it gets a number: one line of the preview.
 *
 * @example
 * previewStatements(register, 2024).drafts[0]?.contribution.totalCents; // 157170 for Hem
 */
export interface StatementDraft {
  readonly member: Member;
  readonly year: number;
  /** Pupils billed and where the count comes from. */
  readonly pupils: PupilsBilledWithPhasing;
  /** Lines, gross and total, from computeContribution. */
  readonly contribution: Contribution;
  /** True below 15 €: not put into recovery (CGCT D1611-1). */
  readonly belowThreshold: boolean;
  /** French warnings for the preview and the summary, possibly none. */
  readonly warnings: readonly string[];
}

/**
 * A member left out of the preview because its line cannot be worked out.
 *
 * @example
 * { member: "Faute", row: 7, message: "Option inconnue « acompagnement ». …" }
 */
export interface PreviewProblem {
  /** Member name, or null for a problem with the register as a whole (settings). */
  readonly member: string | null;
  /** Row in the Members table, or null. */
  readonly row: number | null;
  /** French message saying what to fix. */
  readonly message: string;
}

/**
 * Counts and sums shown under the preview.
 *
 * @example
 * { count: 3, totalCents: 223470, belowThresholdCount: 1, belowThresholdCents: 1300, recoverableCents: 222170 }
 */
export interface PreviewTotals {
  /** Statements in the preview. */
  readonly count: number;
  /** Grand total of the statements, in cents. */
  readonly totalCents: Cents;
  /** Statements below 15 €. */
  readonly belowThresholdCount: number;
  /** Their sum, in cents: not put into recovery. */
  readonly belowThresholdCents: Cents;
  /** Grand total put into recovery: totalCents − belowThresholdCents. */
  readonly recoverableCents: Cents;
}

/**
 * The preview of an exercise: what Generate would write.
 *
 * @example
 * previewStatements(register, 2024).totals.totalCents; // 157170 for Hem alone
 */
export interface StatementPreview {
  readonly year: number;
  /** One draft per member owing the year, in the Members table's order. */
  readonly drafts: readonly StatementDraft[];
  /** What blocks generation: the pane shows them and generates nothing while any remain. */
  readonly problems: readonly PreviewProblem[];
  /** Warnings about the register as a whole, not blocking (issuer SIRET failing its check). */
  readonly warnings: readonly string[];
  readonly totals: PreviewTotals;
}

/**
 * What generating again does with a member's statement, decided against the journal:
 * - `new`: no statement issued yet for this member and year: it gets the next number;
 * - `already-issued`: a statement was issued with the same amount: it keeps its number and date;
 * - `amount-changed`: a statement was issued with another amount: that one is cancelled
 *   (status annulé, its number never reused) and this one gets the next number.
 *
 * @example
 * assignNumbers(drafts, journalAfterFirstGeneration, 2025, "2025-04-01").statements[0]?.outcome; // "already-issued"
 */
export type NumberingOutcome = "new" | "already-issued" | "amount-changed";

/**
 * A draft with its number: a statement ready to be written.
 *
 * @example
 * assignNumbers(drafts, [], 2025, "2025-03-01").statements[0]?.number; // "2025-0001"
 */
export interface NumberedStatement {
  readonly draft: StatementDraft;
  /** Statement number, e.g. "2025-0001". */
  readonly number: string;
  /** Date of issue, ISO: the original date for `already-issued`, the generation's date otherwise. */
  readonly issueDate: string;
  readonly outcome: NumberingOutcome;
  /** The issued journal entry it keeps (`already-issued`) or replaces (`amount-changed`), else null. */
  readonly previous: JournalEntry | null;
  /** French text for the outcome: "nouveau", "déjà émis", "montant modifié : … → …". */
  readonly outcomeText: string;
}

/**
 * A journal entry to add: a JournalEntry before it has a row in the table.
 *
 * @example
 * { number: "2025-0001", year: 2025, member: "Hem", amountCents: 157170, pupils: 1209, date: "2025-03-01", schedule: "ctaf-2023-06-15", status: "issued" }
 */
export type NewJournalEntry = Omit<JournalEntry, "row">;

/**
 * What a generation changes in the journal. Nothing is ever deleted or renumbered.
 *
 * @example
 * assignNumbers(drafts, [], 2025, "2025-03-01").changes; // { added: [3 entries], cancelled: [] }
 */
export interface JournalChanges {
  /** Entries to append, status émis, in number order. */
  readonly added: readonly NewJournalEntry[];
  /** Existing entries (with their rows) whose status becomes annulé. */
  readonly cancelled: readonly JournalEntry[];
}

/**
 * Result of numbering an exercise's drafts against the journal.
 *
 * @example
 * assignNumbers(drafts, [], 2025, "2025-03-01").notInPreview; // []
 */
export interface NumberingResult {
  /** One per draft, in the drafts' order. */
  readonly statements: readonly NumberedStatement[];
  readonly changes: JournalChanges;
  /**
   * Statements issued for the year to members not in the drafts (withdrawn, renamed, removed):
   * reported, never cancelled automatically.
   */
  readonly notInPreview: readonly JournalEntry[];
  /** French warnings about the journal (two issued statements for one member and year). */
  readonly warnings: readonly string[];
}
