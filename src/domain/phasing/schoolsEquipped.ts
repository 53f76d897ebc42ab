import { DomainError } from "../errors/DomainError";
import { frenchNumber } from "../text/echoValue";
import { isTooLargeWholeNumber, TOO_LARGE_WHOLE_NUMBER } from "../text/wholeNumberText";

/** Length of a deployment, in years (CTAF v4 art. 4; convention art. 3). */
export const DEPLOYMENT_YEARS = 4;

/**
 * Number of a member's schools equipped by a given year of a four-year deployment, a quarter
 * each year (RULES.md §4): ceil(n × k / 4) in year k = year − first year + 1, all from year 4 on,
 * none before the first year. Integer arithmetic only.
 *
 * @param schools - number of schools to equip, a whole number ≥ 0
 * @param firstYear - first year of the deployment
 * @param year - the year asked about
 * @returns schools equipped that year
 * @throws DomainError when the number of schools is not a whole number ≥ 0, or beyond 2^53 − 1
 * @example
 * [2024, 2025, 2026, 2027].map((y) => schoolsEquipped(11, 2024, y)); // [3, 6, 9, 11]
 */
export function schoolsEquipped(schools: number, firstYear: number, year: number): number {
  if (isTooLargeWholeNumber(schools)) {
    throw new DomainError(
      "invalid-number",
      `Phasage : le nombre d'écoles est trop grand (reçu ${frenchNumber(schools)}) : ${TOO_LARGE_WHOLE_NUMBER}.`
    );
  }
  if (!Number.isSafeInteger(schools) || schools < 0) {
    throw new DomainError(
      "invalid-number",
      `Phasage : le nombre d'écoles doit être un entier positif ou nul (reçu ${frenchNumber(schools)}).`
    );
  }
  const deploymentYear = year - firstYear + 1;
  if (deploymentYear < 1) return 0;
  if (deploymentYear >= DEPLOYMENT_YEARS) return schools;
  // ceil(n × k / 4) computed on whole quarters and the rest, so that no product leaves the safe
  // integers: n × k itself passes 2^53 for n above 3 002 399 751 580 330 and would round.
  const quarters = Math.floor(schools / DEPLOYMENT_YEARS);
  const rest = schools - quarters * DEPLOYMENT_YEARS;
  return (
    quarters * deploymentYear +
    Math.floor((rest * deploymentYear + DEPLOYMENT_YEARS - 1) / DEPLOYMENT_YEARS)
  );
}
