import { DomainError } from "../../domain/errors/DomainError";
import type { PresidentVote } from "../../domain/governance/types";
import { echoValue } from "../../domain/text/echoValue";
import { normalizeKey } from "../../domain/text/normalizeKey";

/** A Map, not an object: a vote typed "constructor" must not find Object.prototype's. */
const WORDS: ReadonlyMap<string, PresidentVote> = new Map<string, PresidentVote>([
  ["pour", "for"],
  ["vrai", "for"],
  ["contre", "against"],
  ["faux", "against"],
  ["aucune", "none"],
  ["aucun", "none"],
  ["absent", "none"],
]);

/**
 * Reads the president's vote, which breaks a tie under the absolute majority: "pour" or VRAI,
 * "contre" or FAUX, "aucune" when the president did not vote.
 *
 * @param value - the argument as Excel passes it
 * @returns the vote, or undefined when omitted
 * @throws DomainError (invalid-vote) for anything else
 * @example
 * readPresidentVote(true); // "for"
 * readPresidentVote("Contre"); // "against"
 */
export function readPresidentVote(value: unknown): PresidentVote | undefined {
  // Some hosts pass an empty cell as 0: read as not given, so a tie still asks for the vote.
  if (value === null || value === undefined || value === "" || value === 0) return undefined;
  if (typeof value === "boolean") return value ? "for" : "against";
  const vote = typeof value === "string" ? WORDS.get(normalizeKey(value)) : undefined;
  if (vote === undefined) {
    throw new DomainError(
      "invalid-vote",
      `voix_president : ${echoValue(value)} ; écrivez « pour », « contre » (ou VRAI, FAUX), ou « aucune » si le président n'a pas voté.`
    );
  }
  return vote;
}
