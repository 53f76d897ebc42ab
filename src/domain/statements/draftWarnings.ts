import { isValidSiretWithSiren } from "../identifiers/siren";
import type { Member } from "../register/types";
import {
  BELOW_THRESHOLD_WARNING,
  INVALID_DEBTOR_SIRET,
  MISSING_DEBTOR_SIRET,
  MISSING_ENGAGEMENT,
  MISSING_SERVICE_CODE,
  transferWarning,
  withdrawalWarning,
} from "./messages";

/**
 * What the warnings of a draft depend on.
 *
 * @example
 * draftWarnings({ member: hem, year: 2025, months: 12, belowThreshold: false, pupilWarnings: [] }); // []
 */
export interface DraftFacts {
  readonly member: Member;
  readonly year: number;
  /** Months billed: 12, or N from mois=N. */
  readonly months: number;
  readonly belowThreshold: boolean;
  /** Warnings from the pupil count (phasing). */
  readonly pupilWarnings: readonly string[];
}

/**
 * Lists the French warnings of a draft, in a fixed order: below 15 €, part year (transfer or
 * withdrawal during the exercise), phasing, then what the debtor's Chorus Pro details lack.
 * Warnings never block: they are shown in the preview and the summary.
 *
 * @param facts - the member, the year and what the computation found
 * @returns the warnings, possibly none
 * @example
 * draftWarnings({ member: hem, year: 2024, months: 12, belowThreshold: true, pupilWarnings: [] })[0];
 * // "inférieur à 15 € : non mis en recouvrement (CGCT D1611-1)"
 */
export function draftWarnings(facts: DraftFacts): string[] {
  const { member, year, months } = facts;
  const warnings: string[] = [];
  if (facts.belowThreshold) warnings.push(BELOW_THRESHOLD_WARNING);
  // A transfer on 1 January is a full year; any later date in the year is a part year.
  if (member.transferDate > `${year}-01-01` && member.transferDate <= `${year}-12-31`) {
    warnings.push(transferWarning(member.transferDate, months));
  }
  if (member.withdrawalDate !== null && member.withdrawalDate.startsWith(`${year}-`)) {
    warnings.push(withdrawalWarning(member.withdrawalDate, months));
  }
  warnings.push(...facts.pupilWarnings);
  if (member.siret.trim() === "") warnings.push(MISSING_DEBTOR_SIRET);
  else if (!isValidSiretWithSiren(member.siret)) warnings.push(INVALID_DEBTOR_SIRET);
  if (member.serviceCodeRequired && member.serviceCode.trim() === "") {
    warnings.push(MISSING_SERVICE_CODE);
  }
  if (member.engagementRequired && member.engagementNumber.trim() === "") {
    warnings.push(MISSING_ENGAGEMENT);
  }
  return warnings;
}
