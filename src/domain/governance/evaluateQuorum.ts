import { DomainError } from "../errors/DomainError";
import { countOf } from "../text/frenchText";
import { assertCount } from "./assertCount";
import { membersInOfficeText } from "./membersInOfficeText";
import { quorumText } from "./quorumText";
import { quorumThreshold } from "./quorumThreshold";
import type { QuorumResult, QuorumRule, SittingCounts } from "./types";

function assertConsistent(counts: SittingCounts, rule: QuorumRule): void {
  const { inOffice, present, represented } = counts;
  if (inOffice < 1) {
    throw new DomainError(
      "inconsistent-counts",
      "Quorum : aucun membre en exercice ; le nombre de membres en exercice doit être au moins 1."
    );
  }
  if (present + represented > inOffice) {
    throw new DomainError(
      "inconsistent-counts",
      `Quorum : ${countOf(present, "présent")} et ${countOf(represented, "représenté")} font plus que ${membersInOfficeText(inOffice)}.`
    );
  }
  // Each member represented needs a present member to carry the proxy, within the rule's limit.
  const carried = present * rule.maxProxiesPerHolder;
  if (represented > carried) {
    throw new DomainError(
      "inconsistent-counts",
      `Quorum : ${countOf(represented, "membre représenté", "membres représentés")}, mais ${countOf(present, "présent ne peut", "présents ne peuvent")} porter que ${countOf(carried, "pouvoir")} (${rule.maxProxiesPerHolder} chacun au plus, ${rule.source}).`
    );
  }
}

/**
 * Judges the quorum of a sitting under a rule: counts the members the rule counts (present, or
 * present and represented), computes the threshold exactly (quorumThreshold) and compares.
 *
 * @param counts - members in office, present and represented
 * @param rule - the rule (see ruleInForce)
 * @returns the rule and its text, the count, the threshold and whether the quorum is reached
 * @throws DomainError when a count is not a whole number ≥ 0, there is no member in office, the
 *   present and represented outnumber the members in office, or the represented outnumber the
 *   proxies the present may carry
 * @example
 * // deliberation 2022-14: 22 in office, 7 present, 6 represented, under the statutes
 * evaluateQuorum({ inOffice: 22, present: 7, represented: 6 }, STATUTES_QUORUM).reached; // false (7 < 11)
 */
export function evaluateQuorum(counts: SittingCounts, rule: QuorumRule): QuorumResult {
  assertCount(counts.inOffice, "membres en exercice", 1);
  assertCount(counts.present, "membres présents");
  assertCount(counts.represented, "membres représentés");
  assertConsistent(counts, rule);
  const counted = rule.basis === "present" ? counts.present : counts.present + counts.represented;
  const threshold = quorumThreshold(counts.inOffice, rule.fraction, rule.comparison);
  return {
    inOffice: counts.inOffice,
    present: counts.present,
    represented: counts.represented,
    rule,
    text: quorumText(rule),
    counted,
    threshold,
    reached: counted >= threshold,
  };
}
