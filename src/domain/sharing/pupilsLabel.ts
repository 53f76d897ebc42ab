import type { Contribution } from "../contribution/types";

/**
 * The label of the pupils row of a statement: "Élèves facturés" for the tariff schedule,
 * "Élèves bénéficiaires" for a member's share of net charges (RULES.md §5), and none for a
 * Département's collèges, invoiced at the market's prices and not by pupil.
 *
 * @param contribution - the statement's contribution
 * @returns the label, or null when the statement has no pupils row
 * @example
 * pupilsLabel(hem2025.contribution); // "Élèves facturés"
 */
export function pupilsLabel(contribution: Pick<Contribution, "sharing">): string | null {
  const kind = contribution.sharing?.kind;
  if (kind === "middleSchools") return null;
  return kind === "member" ? "Élèves bénéficiaires" : "Élèves facturés";
}
