import type { Cents } from "../money/cents";
import type { Basis, Schedule } from "../schedules/types";
import type { SharingBasis } from "../sharing/types";

/** One line of a contribution: a component billed or a deduction. */
export interface ContributionLine {
  /** Label of the component or deduction, in French. */
  readonly component: string;
  /** Option keyword, or "subvention" / "feder" for deductions. */
  readonly keyword: string;
  /** What the rate applies to; deductions use "amount". */
  readonly basis: Basis;
  /** French label of the basis, with the proration when there is one ("par élève et par an × 7/12"). */
  readonly basisLabel: string;
  /** Pupils, schools or half-days; 1 for an amount. */
  readonly quantity: number;
  /** Unit rate in cents (the amount itself for an amount line). */
  readonly unitRateCents: Cents;
  /** Amount in cents: negative for a deduction. */
  readonly amountCents: Cents;
  /** Citation of the legal source. */
  readonly source: string;
}

/** What a member owes for a year, with its breakdown. */
export interface Contribution {
  readonly year: number;
  readonly schedule: Schedule;
  readonly pupils: number;
  /** Components billed, then deductions. */
  readonly lines: readonly ContributionLine[];
  /** Sum of the component lines. */
  readonly grossCents: Cents;
  /** Amount owed: gross less deductions, never negative. */
  readonly totalCents: Cents;
  /**
   * For a statement of the sharing of net charges (RULES.md §5), the base line by line: the
   * statement prints it instead of schedule lines. Absent for the tariff schedule.
   */
  readonly sharing?: SharingBasis;
}
