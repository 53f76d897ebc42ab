import { DomainError } from "../errors/DomainError";
import { countOf } from "../text/frenchText";
import { assertCount } from "./assertCount";
import { membersInOfficeText } from "./membersInOfficeText";
import { quorumThreshold } from "./quorumThreshold";
import type { MajorityResult, MajorityRule, VoteTally } from "./types";

const voices = (count: number): string => `${count} voix`;
const twoThirdsOf = (members: number): string =>
  members === 1 ? "deux tiers du seul membre" : `deux tiers des ${members} membres`;

function membersOf(tally: VoteTally): number {
  if (tally.members === undefined) {
    throw new DomainError(
      "missing-value",
      "Majorité des deux tiers des membres : le nombre de membres en exercice est manquant."
    );
  }
  const members = assertCount(tally.members, "membres en exercice", 1);
  if (members < 1) {
    throw new DomainError(
      "inconsistent-counts",
      "Majorité des deux tiers des membres : aucun membre en exercice ; il en faut au moins 1."
    );
  }
  if (tally.votesFor + tally.votesAgainst > members) {
    throw new DomainError(
      "inconsistent-counts",
      `Majorité : ${voices(tally.votesFor)} pour et ${tally.votesAgainst} contre font plus que ${membersInOfficeText(members)}.`
    );
  }
  return members;
}

const HALF = { numerator: 1, denominator: 2 };
const TWO_THIRDS = { numerator: 2, denominator: 3 };

/** The smallest number of votes for that adopts, in exact integer arithmetic (quorumThreshold). */
function requiredVotes(rule: MajorityRule, cast: number, members: number): number {
  switch (rule.kind) {
    case "absolute":
      // strictly more than half of the votes cast
      return quorumThreshold(cast, HALF, "more-than");
    case "two-thirds-cast":
      // at least two thirds of the votes cast, and at least one vote: nothing cast adopts nothing
      return Math.max(1, quorumThreshold(cast, TWO_THIRDS, "at-least"));
    case "two-thirds-members":
      return quorumThreshold(members, TWO_THIRDS, "at-least");
  }
}

function tieResult(
  base: Omit<MajorityResult, "outcome" | "castingVoteUsed" | "explanation">,
  tally: VoteTally
): MajorityResult {
  const tie = `Partage des voix (${tally.votesFor} pour, ${tally.votesAgainst} contre)`;
  switch (tally.presidentVote) {
    case "for":
      return {
        ...base,
        outcome: "adopted",
        castingVoteUsed: true,
        explanation: `${tie} : la voix du président, pour, est prépondérante ; la délibération est adoptée.`,
      };
    case "against":
      return {
        ...base,
        outcome: "rejected",
        castingVoteUsed: true,
        explanation: `${tie} : la voix du président, contre, est prépondérante ; la délibération est rejetée.`,
      };
    case "none":
      return {
        ...base,
        outcome: "rejected",
        castingVoteUsed: false,
        explanation: `${tie} sans voix du président : la majorité absolue n'est pas atteinte.`,
      };
    case undefined:
      return {
        ...base,
        outcome: "undecided",
        castingVoteUsed: false,
        explanation: `${tie} : la voix du président est prépondérante ; indiquez son vote.`,
      };
  }
}

/**
 * Judges a decision under a majority rule (statutes art. 8.3, 15, 16, 17), in integer arithmetic:
 * - absolute: more votes for than half the votes cast (for + against; abstentions are not votes
 *   cast); on a tie, the president's vote decides;
 * - two thirds of votes cast: for ≥ ⌈2 × cast / 3⌉, so exactly two thirds adopts;
 * - two thirds of members: for ≥ ⌈2 × members / 3⌉.
 * No vote cast adopts nothing.
 *
 * @param tally - votes for and against, members in office (two thirds of members), the president's vote (ties)
 * @param rule - the rule (MAJORITY_RULES, parseMajorityRule)
 * @returns the outcome, the votes required and a French explanation; `undecided` for a tie
 *   under the absolute majority when the president's vote is not given
 * @throws DomainError when a count is not a whole number ≥ 0, or, for the two-thirds-of-members
 *   rule, the members are missing or fewer than the votes
 * @example
 * evaluateMajority({ votesFor: 13, votesAgainst: 0 }, MAJORITY_RULES.ordinary).outcome; // "adopted"
 * evaluateMajority({ votesFor: 10, votesAgainst: 5 }, MAJORITY_RULES.withdrawal).outcome; // "adopted" (exactly 2/3)
 */
export function evaluateMajority(tally: VoteTally, rule: MajorityRule): MajorityResult {
  const votesFor = assertCount(tally.votesFor, "voix pour");
  const votesAgainst = assertCount(tally.votesAgainst, "voix contre");
  const members = rule.kind === "two-thirds-members" ? membersOf(tally) : null;
  const cast = votesFor + votesAgainst;
  const required = requiredVotes(rule, cast, members ?? 0);
  const base = { rule, votesFor, votesAgainst, cast, members, required };
  if (rule.kind === "absolute" && cast > 0 && votesFor === votesAgainst) {
    return tieResult(base, tally);
  }
  const adopted = votesFor >= required;
  const verdict = adopted ? "la délibération est adoptée" : "la délibération est rejetée";
  const out =
    cast === 0 && rule.kind !== "two-thirds-members"
      ? "Aucun suffrage exprimé : rien n'est adopté."
      : members === null
        ? `${voices(votesFor)} pour sur ${countOf(cast, "suffrage exprimé", "suffrages exprimés")}, il en faut ${required} : ${verdict}.`
        : `${voices(votesFor)} pour, il en faut ${required} (${twoThirdsOf(members)}) : ${verdict}.`;
  return {
    ...base,
    outcome: adopted ? "adopted" : "rejected",
    castingVoteUsed: false,
    explanation: out,
  };
}
