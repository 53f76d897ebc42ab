import { DomainError } from "../../domain/errors/DomainError";
import type { PresidentVote } from "../../domain/governance/types";
import { CellProblem } from "../../domain/tables/CellProblem";
import { readWord } from "../../domain/tables/readWord";
import { echoValue } from "../../domain/text/echoValue";

/** The words of a vote, normalized; VRAI and FAUX, as text or as booleans, read as "vrai", "faux". */
const readVote = readWord<PresidentVote>(
  {
    pour: "for",
    vrai: "for",
    contre: "against",
    faux: "against",
    aucune: "none",
    aucun: "none",
    absent: "none",
  },
  "pour, contre ou aucune attendu."
);

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
  try {
    return readVote(value);
  } catch (error) {
    if (!(error instanceof CellProblem)) throw error;
    throw new DomainError(
      "invalid-vote",
      `voix_president : ${echoValue(value)} ; écrivez « pour », « contre » (ou VRAI, FAUX), ou « aucune » si le président n'a pas voté.`
    );
  }
}
