import { DomainError } from "../errors/DomainError";
import type { IsoDate } from "../dates/isoDate";
import { countOf } from "../text/frenchText";
import type { AttendanceProblem, AttendanceRow } from "./attendance";
import { countVotes, type VoteCount } from "./countVotes";
import { evaluateMajority } from "./evaluateMajority";
import { evaluateQuorum } from "./evaluateQuorum";
import { MAJORITY_RULES } from "./majorityRules";
import { STATUTES_QUORUM } from "./quorumRules";
import { resolveProxies } from "./resolveProxies";
import { ruleInForce } from "./ruleInForce";
import type {
  Departement,
  MajorityResult,
  PresidentVote,
  QuorumResult,
  QuorumRule,
  Subject,
} from "./types";

/** What the sitting decides and under which rules. */
export interface SittingOptions {
  readonly subject: Subject;
  /** The day of the sitting: it chooses the quorum rule (ruleInForce); the statutes when omitted. */
  readonly date?: IsoDate;
  /** A quorum rule imposed instead of the one in force (parseQuorumRule). */
  readonly quorumRule?: QuorumRule;
  /** For an adhesion: the Département where the applicant lies. */
  readonly applicantDepartement?: Departement;
  /** Members in office; by default the rows of the table, which lists every member in office. */
  readonly membersInOffice?: number;
  /** The president's vote, which decides a tie under the absolute majority. */
  readonly presidentVote?: PresidentVote;
}

/** Everything the sitting view shows: proxies, quorum and outcome, each with its rule. */
export interface SittingReport {
  readonly proxyProblems: readonly AttendanceProblem[];
  readonly quorum: QuorumResult;
  readonly votes: VoteCount;
  readonly majority: MajorityResult;
}

/**
 * Judges a sitting from its attendance table: the quorum rule (imposed, or in force on the date,
 * or the statutes), the proxies under that rule's limit, the quorum counting only valid proxies,
 * the votes (weighted for an adhesion) and the outcome under the subject's majority rule.
 *
 * @param rows - the attendance table, one row per member in office
 * @param options - subject, date or imposed rule, applicant's Département, members, president's vote
 * @returns the proxy problems, the quorum, the votes and the majority, each with its rule and source
 * @throws DomainError when the members in office are fewer than the rows, the date is invalid, or
 *   an adhesion lacks the applicant's Département
 * @example
 * const report = evaluateSitting(sitting2022_14, { subject: "ordinary", date: "2022-06-16" });
 * report.quorum.reached; // false: 7 present, a third of 22 needs 8 (loi 2021-1465)
 * report.majority.outcome; // "adopted": 13 for, 0 against
 */
export function evaluateSitting(
  rows: readonly AttendanceRow[],
  options: SittingOptions
): SittingReport {
  const rule =
    options.quorumRule ??
    (options.date === undefined ? STATUTES_QUORUM : ruleInForce(options.date));
  const inOffice = options.membersInOffice ?? rows.length;
  if (inOffice < rows.length) {
    throw new DomainError(
      "inconsistent-counts",
      `Séance : ${countOf(rows.length, "membre")} dans la table de présence, mais ${countOf(inOffice, "membre")} en exercice.`
    );
  }
  const { holders, problems } = resolveProxies(rows, rule);
  const quorum = evaluateQuorum(
    {
      inOffice,
      present: rows.filter((row) => row.status === "present").length,
      represented: holders.filter((holder) => holder !== null).length,
    },
    rule
  );
  const votes = countVotes(rows, {
    subject: options.subject,
    applicantDepartement: options.applicantDepartement,
    proxyLimit: rule,
  });
  const majority = evaluateMajority(
    {
      votesFor: votes.votesFor,
      votesAgainst: votes.votesAgainst,
      members: inOffice,
      presidentVote: options.presidentVote,
    },
    MAJORITY_RULES[options.subject]
  );
  return { proxyProblems: problems, quorum, votes, majority };
}
