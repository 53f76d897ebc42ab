import type { CommitteeComposition } from "../domain/governance/committeeComposition";
import type { FounderShare } from "../domain/governance/foundersKey";
import type { QuorumResult } from "../domain/governance/types";
import { centsToEuros } from "../domain/money/cents";

/** Header of ENT.QUORUM.DETAIL's spill. */
export const QUORUM_DETAIL_HEADER = [
  "Règle",
  "Source",
  "Membres en exercice",
  "Décompte",
  "Seuil",
  "Quorum atteint",
];

/** Header of ENT.SIEGES's spill. */
export const SEATS_HEADER = ["Représentation", "Sièges", "Désignation"];

/** Header of ENT.CLE's spill. */
export const KEY_HEADER = ["Membre fondateur", "Clé", "Montant (€)"];

/**
 * Rows spilled by ENT.QUORUM.DETAIL: the header, then the rule applied (text and source), the
 * members in office, the count under the rule, the threshold and the result.
 *
 * @param result - the quorum judged
 * @returns two rows of six cells
 * @example
 * quorumDetailRows(result)[1]?.[5]; // true when the quorum is reached
 */
export function quorumDetailRows(result: QuorumResult): (string | number | boolean)[][] {
  return [
    QUORUM_DETAIL_HEADER,
    [
      result.text,
      result.rule.source,
      result.inOffice,
      result.counted,
      result.threshold,
      result.reached,
    ],
  ];
}

/**
 * Rows spilled by ENT.SIEGES: the header, one row per body or college, then the total.
 *
 * @param composition - the comité's composition
 * @returns rows of three cells
 * @example
 * seatRows(committeeComposition(0, 0)).at(-1); // ["Total", 20, ""]
 */
export function seatRows(composition: CommitteeComposition): (string | number)[][] {
  return [
    SEATS_HEADER,
    ...composition.groups.map((group) => [group.body, group.seats, group.designation]),
    ["Total", composition.total, ""],
  ];
}

/**
 * Rows spilled by ENT.CLE: the header, then each founder with its share of the key and its
 * amount in euros.
 *
 * @param shares - the founders' shares
 * @returns four rows of three cells
 * @example
 * keyRows(splitFoundersKey(100000))[1]; // ["Région Hauts-de-France", "50 %", 500]
 */
export function keyRows(shares: readonly FounderShare[]): (string | number)[][] {
  return [
    KEY_HEADER,
    ...shares.map((share) => [share.member, `${share.percent}\u00a0%`, centsToEuros(share.cents)]),
  ];
}
