import { parseQuorumRule } from "../../domain/governance/parseQuorumRule";
import { STATUTES_QUORUM } from "../../domain/governance/quorumRules";
import { ruleInForce } from "../../domain/governance/ruleInForce";
import type { QuorumRule, SittingCounts } from "../../domain/governance/types";
import { readOptionalDate } from "./readDate";
import { readOptionalText } from "./readOptionalText";
import { readWholeNumber } from "./readWholeNumber";

const RULE_EXPECTED = "écrivez « statuts », « presents 1/3 » ou « presents_ou_representes 1/3 »";

/**
 * Reads the arguments of ENT.QUORUM and ENT.QUORUM.DETAIL: the counts, and the rule (the one
 * forced by `regle`, else the one in force on `date`, else the statutes). Members represented
 * default to 0 when omitted.
 *
 * @param inOffice - en_exercice
 * @param present - presents
 * @param represented - representes (optional)
 * @param date - date (optional)
 * @param rule - regle (optional)
 * @returns the counts and the rule
 * @throws DomainError for a missing or invalid count, date or rule
 * @example
 * readQuorumArguments(22, 7, 6, "16/06/2022", null).rule.id; // "loi-2021-1465"
 */
export function readQuorumArguments(
  inOffice: unknown,
  present: unknown,
  represented: unknown,
  date: unknown,
  rule: unknown
): { counts: SittingCounts; rule: QuorumRule } {
  const counts = {
    inOffice: readWholeNumber(inOffice, "Le nombre de membres en exercice (en_exercice)", 1),
    present: readWholeNumber(present, "Le nombre de membres présents (presents)"),
    represented:
      represented === null || represented === undefined || represented === ""
        ? 0
        : readWholeNumber(represented, "Le nombre de membres représentés (representes)"),
  };
  const day = readOptionalDate(date, "date");
  const inForce = day === null ? STATUTES_QUORUM : ruleInForce(day);
  const forced = readOptionalText(rule, "regle", RULE_EXPECTED);
  return { counts, rule: forced === null ? inForce : parseQuorumRule(forced, inForce) };
}
