import { DomainError } from "../errors/DomainError";
import { MAJORITY_RULE_BY_KIND } from "./majorityRules";
import { quoteEcho } from "../text/echoValue";
import type { MajorityKind, MajorityRule } from "./types";

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Accepted spellings, normalized (no accents, lower case, single spaces). A Map, not an object:
 * a rule typed "constructor" or "__proto__" must not find Object.prototype's.
 */
const SPELLINGS: ReadonlyMap<string, MajorityKind> = new Map<string, MajorityKind>([
  ["absolue", "absolute"],
  ["majorite absolue", "absolute"],
  ["2/3", "two-thirds-cast"],
  ["deux tiers", "two-thirds-cast"],
  ["2/3 exprimes", "two-thirds-cast"],
  ["2/3 suffrages exprimes", "two-thirds-cast"],
  ["2/3 des suffrages exprimes", "two-thirds-cast"],
  ["2/3 membres", "two-thirds-members"],
  ["2/3 des membres", "two-thirds-members"],
  ["deux tiers membres", "two-thirds-members"],
  ["deux tiers des membres", "two-thirds-members"],
]);

/**
 * Reads a majority rule as ENT.MAJORITE takes it: `absolue`, `2/3` (two thirds of the votes cast)
 * or `2/3 membres` (two thirds of the members in office). Case, accents, underscores and hyphens
 * do not matter.
 *
 * @param text - the rule as typed
 * @returns the rule
 * @throws DomainError (unknown-rule) for any other text
 * @example
 * parseMajorityRule("2/3 membres").kind; // "two-thirds-members"
 */
export function parseMajorityRule(text: string): MajorityRule {
  const key = text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(/[_-]+/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .replace(/\s+/g, " ")
    .trim();
  const kind = SPELLINGS.get(key);
  if (kind === undefined) {
    throw new DomainError(
      "unknown-rule",
      `Règle de majorité ${quoteEcho(text.trim())} inconnue : écrivez « absolue », « 2/3 » (deux tiers des suffrages exprimés) ou « 2/3 membres » (deux tiers des membres en exercice).`
    );
  }
  return MAJORITY_RULE_BY_KIND[kind];
}
