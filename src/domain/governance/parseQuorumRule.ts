import { DomainError } from "../errors/DomainError";
import { quoteEcho } from "../text/echoValue";
import { STATUTES_QUORUM } from "./quorumRules";
import type { QuorumBasis, QuorumRule } from "./types";

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** presents | presents ou representes, then an optional "> " or "plus de ", then p/q. */
const FORCED =
  /^(presents?|presents? ou representes?)(?: (?:(>|plus de) ?)?(\d{1,4}) ?\/ ?(\d{1,4}))?$/;

const SYNTAX =
  "« statuts », « presents 1/3 », « presents_ou_representes 1/3 » (au moins la fraction) ou « presents >1/2 » (strictement plus)";

function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(/[_-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Reads a quorum rule forced by the user instead of the one in force: `statuts`, or what counts
 * (`presents`, `presents_ou_representes`) with a fraction of the members in office, reached at
 * least (`presents 1/3`) or strictly exceeded (`presents >1/2`, as CGCT L2121-17's "la
 * majorité"). Case, accents, underscores and hyphens do not matter. A forced count keeps the proxy
 * limit of the rule it replaces, since the law or statutes in force still say how many proxies a
 * member may carry.
 *
 * @param text - the rule as typed
 * @param replaced - the rule in force on the day, whose proxy limit a forced count keeps
 * @returns the rule
 * @throws DomainError (unknown-rule) for any other text, a missing fraction, or a fraction not in ]0, 1]
 * @example
 * parseQuorumRule("présents_ou_représentés 1/3", ruleInForce("2022-06-16")).basis; // "present-or-represented"
 * parseQuorumRule("statuts", ruleInForce("2022-06-16")).id; // "statuts-2018"
 */
export function parseQuorumRule(text: string, replaced: QuorumRule): QuorumRule {
  const key = normalize(text);
  if (key === "statuts") return STATUTES_QUORUM;
  const match = FORCED.exec(key);
  if (!match) {
    throw new DomainError(
      "unknown-rule",
      `Règle de quorum ${quoteEcho(text.trim())} inconnue : écrivez ${SYNTAX}.`
    );
  }
  const [, counted = "", strict, numerator, denominator] = match;
  if (numerator === undefined || denominator === undefined) {
    throw new DomainError(
      "unknown-rule",
      `Règle de quorum ${quoteEcho(text.trim())} : précisez la fraction des membres en exercice, par exemple « ${counted.includes(" ou ") ? "presents_ou_representes" : "presents"} 1/3 ».`
    );
  }
  const fraction = { numerator: Number(numerator), denominator: Number(denominator) };
  if (fraction.numerator < 1 || fraction.numerator > fraction.denominator) {
    throw new DomainError(
      "unknown-rule",
      `Règle de quorum ${quoteEcho(text.trim())} : la fraction ${numerator}/${denominator} doit être comprise entre 0 (exclu) et 1 (inclus).`
    );
  }
  const basis: QuorumBasis = counted.includes(" ou ") ? "present-or-represented" : "present";
  return {
    id: "regle-imposee",
    source: `Règle imposée (regle = ${quoteEcho(text.trim())})`,
    fraction,
    comparison: strict ? "more-than" : "at-least",
    basis,
    maxProxiesPerHolder: replaced.maxProxiesPerHolder,
  };
}
