import { DomainError } from "../errors/DomainError";
import { rowNumber, type AttendanceRow, type Vote } from "./attendance";
import { departementOfBody } from "./departementOfBody";
import { resolveProxies, type ProxyLimit } from "./resolveProxies";
import type { Departement, Subject } from "./types";

/**
 * Votes of each delegate of the applicant's Département on an adhesion (statutes art. 15: "chaque
 * délégué désigné par le Département d'implantation … dispose de (3) voix").
 *
 * @example
 * ADHESION_WEIGHT; // 3
 */
export const ADHESION_WEIGHT = 3;

/** What a vote is about, and the proxy limit in force. */
export interface VoteOptions {
  readonly subject: Subject;
  /** For an adhesion: the Département where the applicant lies; ignored otherwise. */
  readonly applicantDepartement?: Departement;
  /** Proxies beyond this limit (in table order) are not counted; none: no limit. */
  readonly proxyLimit?: ProxyLimit;
}

/** A vote counted: whose it is, its weight, and who cast it (the member, or its proxy holder). */
export interface Ballot {
  readonly row: number;
  readonly delegate: string;
  readonly vote: Vote;
  readonly weight: number;
  readonly castBy: string;
}

/** A vote written in the table but not counted, and why (French). */
export interface IgnoredVote {
  readonly row: number;
  readonly delegate: string;
  readonly vote: Vote;
  readonly reason: string;
}

/** The votes of a sitting, weighted where the subject requires it. */
export interface VoteCount {
  readonly votesFor: number;
  readonly votesAgainst: number;
  readonly abstentions: number;
  /** Votes cast (suffrages exprimés): for + against. */
  readonly cast: number;
  readonly ballots: readonly Ballot[];
  readonly ignored: readonly IgnoredVote[];
  /** The Département whose delegates weigh 3 (adhesion), or null. */
  readonly weightedDepartement: Departement | null;
}

function weightedDepartement(options: VoteOptions): Departement | null {
  if (options.subject !== "adhesion") return null;
  if (options.applicantDepartement === undefined) {
    throw new DomainError(
      "missing-value",
      "Adhésion : indiquez le Département de la collectivité qui demande son adhésion (Nord ou Pas-de-Calais) ; ses délégués ont 3 voix chacun (statuts, art. 15)."
    );
  }
  return options.applicantDepartement;
}

/**
 * Counts the votes of a sitting. A member present votes itself; a member represented votes
 * through its proxy holder (its row's vote, cast by the holder), when the proxy holds
 * (resolveProxies); any other vote written is listed as ignored. On an adhesion each delegate of
 * the applicant's Département has 3 votes (art. 15): the row's body tells it (departementOfBody).
 *
 * @param rows - the attendance table
 * @param options - the subject, the applicant's Département for an adhesion, the proxy limit
 * @returns votes for, against, abstentions (weighted), votes cast, each ballot and the ignored votes
 * @throws DomainError for an adhesion without the applicant's Département
 * @example
 * // deliberation 2022-14: 7 present and 6 represented vote for
 * countVotes(sitting2022_14, { subject: "ordinary" }).votesFor; // 13
 * countVotes(sitting2022_14, { subject: "adhesion", applicantDepartement: "nord" }).votesFor; // 19
 */
export function countVotes(rows: readonly AttendanceRow[], options: VoteOptions): VoteCount {
  const weighted = weightedDepartement(options);
  const { holders } = resolveProxies(rows, options.proxyLimit);
  const ballots: Ballot[] = [];
  const ignored: IgnoredVote[] = [];
  rows.forEach((row, index) => {
    if (row.vote === null) return;
    const line = rowNumber(rows, index);
    const holder = holders[index];
    const castBy =
      row.status === "present" ? row.delegate : holder != null ? rows[holder]?.delegate : undefined;
    if (castBy === undefined) {
      const reason =
        row.proxyTo === null || row.proxyTo.trim() === ""
          ? "membre non présent et sans pouvoir : son vote n'est pas compté."
          : "son pouvoir n'est pas valable : son vote n'est pas compté.";
      ignored.push({ row: line, delegate: row.delegate, vote: row.vote, reason });
      return;
    }
    const weight =
      weighted !== null && departementOfBody(row.body) === weighted ? ADHESION_WEIGHT : 1;
    ballots.push({ row: line, delegate: row.delegate, vote: row.vote, weight, castBy });
  });
  const total = (vote: Vote): number =>
    ballots.reduce((sum, ballot) => sum + (ballot.vote === vote ? ballot.weight : 0), 0);
  const votesFor = total("for");
  const votesAgainst = total("against");
  return {
    votesFor,
    votesAgainst,
    abstentions: total("abstention"),
    cast: votesFor + votesAgainst,
    ballots,
    ignored,
    weightedDepartement: weighted,
  };
}
