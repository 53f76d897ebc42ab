import type { MajorityKind, MajorityRule, Subject } from "./types";

/**
 * The majority rules of the statutes (seed 001), each with its article:
 * - art. 8.3: "Les délibérations sont adoptées à la majorité absolue des suffrages exprimés. En
 *   cas de partage, la voix du Président est prépondérante."
 * - art. 15 (adhesion): "à la majorité des deux tiers (2/3) des suffrages exprimés", the
 *   delegates of the applicant's Département having 3 votes each;
 * - art. 16 (withdrawal): "à la majorité des deux tiers (2/3) des suffrages exprimés";
 * - art. 17 (other statute changes): "à la majorité des deux tiers de ses membres".
 *
 * @example
 * MAJORITY_RULES.adhesion.kind; // "two-thirds-cast"
 */
export const MAJORITY_RULES: Readonly<Record<Subject, MajorityRule>> = {
  ordinary: {
    kind: "absolute",
    text: "majorité absolue des suffrages exprimés ; en cas de partage, la voix du président est prépondérante",
    source: "Statuts du syndicat mixte (2018), art. 8.3",
  },
  adhesion: {
    kind: "two-thirds-cast",
    text: "deux tiers au moins des suffrages exprimés, 3 voix par délégué du Département de la collectivité qui adhère",
    source: "Statuts du syndicat mixte (2018), art. 15",
  },
  withdrawal: {
    kind: "two-thirds-cast",
    text: "deux tiers au moins des suffrages exprimés",
    source: "Statuts du syndicat mixte (2018), art. 16",
  },
  statutes: {
    kind: "two-thirds-members",
    text: "deux tiers au moins des membres du comité",
    source: "Statuts du syndicat mixte (2018), art. 17",
  },
};

/**
 * The rule of each kind, as ENT.MAJORITE names it without a subject: the two-thirds of votes cast
 * is cited from both articles that use it.
 *
 * @example
 * MAJORITY_RULE_BY_KIND["two-thirds-members"].source; // "Statuts du syndicat mixte (2018), art. 17"
 */
export const MAJORITY_RULE_BY_KIND: Readonly<Record<MajorityKind, MajorityRule>> = {
  absolute: MAJORITY_RULES.ordinary,
  "two-thirds-cast": {
    kind: "two-thirds-cast",
    text: "deux tiers au moins des suffrages exprimés",
    source: "Statuts du syndicat mixte (2018), art. 15 (adhésion) et 16 (retrait)",
  },
  "two-thirds-members": MAJORITY_RULES.statutes,
};
