import { countOf } from "../text/frenchText";
import type { Fraction, QuorumRule } from "./types";

/** Words for the fractions the texts use; any other is written n/d. */
const FRACTION_WORDS: Readonly<Record<string, string>> = {
  "1/2": "la moitié",
  "1/3": "le tiers",
  "2/3": "les deux tiers",
  "1/4": "le quart",
  "3/4": "les trois quarts",
};

/**
 * Writes a fraction as the legal texts do.
 *
 * @param fraction - the fraction
 * @returns "la moitié", "le tiers", … or "2/5"
 * @example
 * fractionWords({ numerator: 1, denominator: 3 }); // "le tiers"
 */
export function fractionWords(fraction: Fraction): string {
  const key = `${fraction.numerator}/${fraction.denominator}`;
  return FRACTION_WORDS[key] ?? key;
}

/** "de" before a fraction, contracted as French requires: du tiers, des deux tiers, de la moitié. */
function withDe(words: string): string {
  if (words.startsWith("le ")) return `du ${words.slice(3)}`;
  if (words.startsWith("les ")) return `des ${words.slice(4)}`;
  return `de ${words}`;
}

/**
 * Writes a quorum rule in French, with what counts and how many proxies a member may carry, so
 * that a result always shows the rule it was judged by.
 *
 * @param rule - the rule
 * @returns e.g. "au moins la moitié des membres en exercice présents ; 1 pouvoir par membre au plus"
 * @example
 * quorumText(STATUTES_QUORUM);
 * // "au moins la moitié des membres en exercice présents ; 1 pouvoir par membre au plus"
 */
export function quorumText(rule: QuorumRule): string {
  const words = fractionWords(rule.fraction);
  const share = rule.comparison === "at-least" ? `au moins ${words}` : `plus ${withDe(words)}`;
  const counted = rule.basis === "present" ? "présents" : "présents ou représentés";
  const proxies = `${countOf(rule.maxProxiesPerHolder, "pouvoir")} par membre au plus`;
  return `${share} des membres en exercice ${counted} ; ${proxies}`;
}
