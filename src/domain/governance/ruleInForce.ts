import { assertIsoDate, type IsoDate } from "../dates/isoDate";
import { QUORUM_PERIODS, STATUTES_QUORUM } from "./quorumRules";
import type { QuorumPeriod, QuorumRule } from "./types";

/**
 * The quorum rule in force on a day: the temporary legal regime of that day (RULES.md §7), or
 * else the statutes (art. 8.3). ISO dates compare as text, so the bounds are plain comparisons.
 *
 * @param date - the day of the sitting
 * @param periods - the regimes to look in (the built-in table by default)
 * @returns the rule that applies
 * @throws DomainError (invalid-date) when the date is not an existing yyyy-mm-dd date
 * @example
 * ruleInForce("2022-06-16").id; // "loi-2021-1465"
 * ruleInForce("2023-12-07").id; // "statuts-2018"
 */
export function ruleInForce(
  date: IsoDate,
  periods: readonly QuorumPeriod[] = QUORUM_PERIODS
): QuorumRule {
  const day = assertIsoDate(date);
  const period = periods.find(({ from, to }) => from <= day && day <= to);
  return period ? period.rule : STATUTES_QUORUM;
}
