import { DomainError } from "../errors/DomainError";
import { allocateLargestRemainder } from "../money/allocateLargestRemainder";
import { assertCents, type Cents } from "../money/cents";
import { formatEuros } from "../money/formatEuros";
import { roundHalfAwayFromZero } from "../money/roundHalfAwayFromZero";

/**
 * The net base and each member's share of it.
 *
 * @example
 * { chargesCents: 10000000, federCents: 3000000, netCents: 7000000, totalPupils: 2000, sharesCents: [3500000, 2100000, 1400000] }
 */
export interface NetChargeShares {
  readonly chargesCents: Cents;
  readonly federCents: Cents;
  /** chargesCents − federCents. */
  readonly netCents: Cents;
  readonly totalPupils: number;
  /** One per member, in whole cents, summing exactly to netCents. */
  readonly sharesCents: readonly Cents[];
}

/**
 * The net base of the charges: the charges actually paid less the FEDER obtained (RULES.md §5,
 * charter art. 4.4; decision: FEDER is deducted before sharing, and a FEDER above the charges is
 * an error, never a negative base).
 *
 * @param chargesCents - the charges of the school year, in cents
 * @param federCents - the FEDER obtained for it, in cents
 * @returns the net base, in cents
 * @throws DomainError when an amount is negative or not whole cents, or the FEDER exceeds the charges
 * @example
 * netBase(10000000, 3000000); // 7000000
 */
export function netBase(chargesCents: Cents, federCents: Cents): Cents {
  assertCents(chargesCents, "charges");
  assertCents(federCents, "FEDER");
  if (chargesCents < 0 || federCents < 0) {
    throw new DomainError(
      "invalid-number",
      "Les charges et le FEDER sont des montants positifs ou nuls."
    );
  }
  if (federCents > chargesCents) {
    throw new DomainError(
      "deductions-exceed-gross",
      `Le FEDER obtenu (${formatEuros(federCents)}) dépasse les charges (${formatEuros(chargesCents)}) : l'assiette nette ne peut pas être négative.`
    );
  }
  return chargesCents - federCents;
}

function checkPupils(pupils: number, what: string): void {
  if (!Number.isSafeInteger(pupils) || pupils < 0) {
    throw new DomainError(
      "invalid-number",
      `${what} doit être un nombre entier positif ou nul (reçu ${pupils}).`
    );
  }
}

/**
 * Shares the net charges of a school year among the members in proportion to their beneficiary
 * pupils (RULES.md §5, charter art. 4.1): the net base (charges less FEDER) split in whole cents
 * by the largest remainder (§3), so that the shares sum exactly to the net base and each is
 * within one cent of its exact proportion; ties go to the earlier member.
 *
 * @param chargesCents - the charges actually paid in the school year, in cents
 * @param federCents - the FEDER obtained for it, in cents
 * @param pupils - each member's beneficiary pupils, whole numbers ≥ 0, at least one positive
 * @returns the base and the shares, in the members' order
 * @throws DomainError for a FEDER above the charges, a pupil count that is not a whole number,
 *   or no pupils at all
 * @example
 * shareNetCharges(10000000, 3000000, [1000, 600, 400]).sharesCents; // [3500000, 2100000, 1400000]
 */
export function shareNetCharges(
  chargesCents: Cents,
  federCents: Cents,
  pupils: readonly number[]
): NetChargeShares {
  const netCents = netBase(chargesCents, federCents);
  pupils.forEach((count) => checkPupils(count, "Le nombre d'élèves bénéficiaires"));
  const totalPupils = pupils.reduce((sum, count) => sum + count, 0);
  if (totalPupils === 0) {
    throw new DomainError(
      "invalid-allocation",
      "Aucun élève bénéficiaire : l'assiette ne peut pas être partagée."
    );
  }
  const sharesCents = allocateLargestRemainder(
    netCents,
    pupils.map((count) => BigInt(count))
  );
  return { chargesCents, federCents, netCents, totalPupils, sharesCents };
}

/**
 * One member's share, for a budget: the net base (charges less FEDER) × the member's pupils /
 * the pupils of all members, rounded to the cent half away from zero (§3). The share called
 * may differ by one cent, since the call gives the leftover cents to the largest remainders.
 *
 * @param chargesCents - the charges of the school year, in cents
 * @param federCents - the FEDER obtained, in cents
 * @param memberPupils - the member's beneficiary pupils
 * @param totalPupils - the beneficiary pupils of all members, at least memberPupils and above 0
 * @returns the share, in cents
 * @throws DomainError for a FEDER above the charges, pupil counts that are not whole numbers,
 *   a total of 0 or below the member's pupils
 * @example
 * quotePart(10000000, 3000000, 600, 2000); // 2100000
 */
export function quotePart(
  chargesCents: Cents,
  federCents: Cents,
  memberPupils: number,
  totalPupils: number
): Cents {
  const netCents = netBase(chargesCents, federCents);
  checkPupils(memberPupils, "Le nombre d'élèves du membre (eleves_membre)");
  checkPupils(totalPupils, "Le nombre total d'élèves (eleves_total)");
  if (totalPupils === 0) {
    throw new DomainError(
      "invalid-allocation",
      "Le nombre total d'élèves (eleves_total) est 0 : l'assiette ne peut pas être partagée."
    );
  }
  if (memberPupils > totalPupils) {
    throw new DomainError(
      "inconsistent-counts",
      `Les élèves du membre (${memberPupils}) dépassent le total des élèves de tous les membres (${totalPupils}).`
    );
  }
  return Number(
    roundHalfAwayFromZero(BigInt(netCents) * BigInt(memberPupils), BigInt(totalPupils))
  );
}
