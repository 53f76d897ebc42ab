import type { MemberType } from "../register/types";

/**
 * Category (CatTiers) and legal nature (NatJur) of a debtor in the PES, by member type. The
 * couple must be one of DGFiP's grid "catégorie de tiers / nature juridique": 23 Communes and 24
 * Groupements de collectivités, both with 09 Collectivité territoriale / EPL / EPS. A member of
 * type "other" (typed "Autre") is taken as 29 "Autres établissements publics" with 09: an
 * assumption (the register does not say what it is), to check with the comptable.
 *
 * @param type - the member's type
 * @returns the two codes
 * @example
 * tiersCategory("epci"); // { catTiers: "24", natJur: "09" }
 */
export function tiersCategory(type: MemberType): { catTiers: string; natJur: string } {
  if (type === "commune") return { catTiers: "23", natJur: "09" };
  if (type === "epci") return { catTiers: "24", natJur: "09" };
  return { catTiers: "29", natJur: "09" };
}

/**
 * Whether a member is a public body that DGFiP bills through Chorus Pro (the "ASAP CPP" route):
 * every commune and every EPCI.
 *
 * @param type - the member's type
 * @returns true for a commune or an EPCI
 * @example
 * isChorusProDebtor("commune"); // true
 */
export function isChorusProDebtor(type: MemberType): boolean {
  return type === "commune" || type === "epci";
}
