/*
 * Types of the comité syndical's governance (RULES.md §7, statutes art. 8, 15, 16, 17): quorum
 * rules, majority rules and their results.
 */

import type { IsoDate } from "../dates/isoDate";

/** A fraction of the members in office: whole terms, 0 < numerator ≤ denominator. */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

/** Who counts towards a quorum: the members present, or present and represented by a proxy. */
export type QuorumBasis = "present" | "present-or-represented";

/**
 * How the count compares with the fraction of the members in office: `at-least` when the text
 * says "la moitié", "le tiers" (the fraction itself reaches it), `more-than` when it says "plus
 * de la moitié" or "la majorité" (strictly more).
 */
export type QuorumComparison = "at-least" | "more-than";

/** A quorum rule and where it comes from. Data, not code: see quorumRules.ts. */
export interface QuorumRule {
  /** Stable identifier ("statuts-2018", "loi-2021-1465", "regle-imposee"). */
  readonly id: string;
  /** The text the rule comes from, in French ("Statuts du syndicat mixte (2018), art. 8.3"). */
  readonly source: string;
  readonly fraction: Fraction;
  readonly comparison: QuorumComparison;
  readonly basis: QuorumBasis;
  /** How many proxies one present member may carry. */
  readonly maxProxiesPerHolder: number;
}

/** A temporary legal regime and the days it applied, both included. */
export interface QuorumPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly rule: QuorumRule;
}

/** The counts of a sitting that a quorum is judged on. */
export interface SittingCounts {
  /** Members in office (membres en exercice), at least 1. */
  readonly inOffice: number;
  /** Members physically present. */
  readonly present: number;
  /** Members absent who gave a proxy to a present member. */
  readonly represented: number;
}

/** A quorum judged: the rule, its text, the threshold, the count and the result. */
export interface QuorumResult extends SittingCounts {
  readonly rule: QuorumRule;
  /** The rule in French ("au moins le tiers des membres en exercice présents"). */
  readonly text: string;
  /** The members counted under the rule's basis. */
  readonly counted: number;
  /** The smallest count that reaches the quorum. */
  readonly threshold: number;
  readonly reached: boolean;
}

/** The kinds of majority the statutes use. */
export type MajorityKind = "absolute" | "two-thirds-cast" | "two-thirds-members";

/** A majority rule and where it comes from. */
export interface MajorityRule {
  readonly kind: MajorityKind;
  /** The rule in French, as shown with the result. */
  readonly text: string;
  /** The article it comes from. */
  readonly source: string;
}

/**
 * The president's vote, which decides a tie under the absolute majority (statutes art. 8.3):
 * `none` when the president did not vote (absent, or not taking part).
 */
export type PresidentVote = "for" | "against" | "none";

/** The votes a decision is judged on. */
export interface VoteTally {
  /** Votes for (weighted for an adhesion, statutes art. 15). */
  readonly votesFor: number;
  readonly votesAgainst: number;
  /** Members in office: required by the two-thirds-of-members rule, ignored by the others. */
  readonly members?: number;
  /** Needed only to break a tie under the absolute majority. */
  readonly presidentVote?: PresidentVote;
}

/** A decision judged. `undecided` is a tie under the absolute majority whose casting vote is unknown. */
export interface MajorityResult {
  readonly rule: MajorityRule;
  readonly votesFor: number;
  readonly votesAgainst: number;
  /** Votes cast (suffrages exprimés): for + against; abstentions are not votes cast. */
  readonly cast: number;
  /** Members in office, for the two-thirds-of-members rule; null otherwise. */
  readonly members: number | null;
  /** The smallest number of votes for that adopts (a tie aside). */
  readonly required: number;
  readonly outcome: "adopted" | "rejected" | "undecided";
  /** True when the president's vote decided a tie. */
  readonly castingVoteUsed: boolean;
  /** One French sentence saying why. */
  readonly explanation: string;
}

/** What a decision is about: it chooses the majority rule and the weighting of votes. */
export type Subject = "ordinary" | "adhesion" | "withdrawal" | "statutes";

/** The two départements of the syndicate. */
export type Departement = "nord" | "pas-de-calais";
