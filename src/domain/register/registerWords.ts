import type { JournalEntry, MemberType } from "./types";

/**
 * Values accepted in the "Type" column of Membres, normalized (see normalizeKey).
 *
 * @example
 * MEMBER_TYPE_WORDS["intercommunalite"]; // "epci"
 */
export const MEMBER_TYPE_WORDS: Readonly<Record<string, MemberType>> = {
  commune: "commune",
  epci: "epci",
  intercommunalite: "epci",
  communaute: "epci",
  autre: "autre",
};

/**
 * Any type starting with this is an intercommunality: "Communauté de communes", "… d'agglomération".
 *
 * @example
 * normalizeKey("Communauté de communes").startsWith(EPCI_PREFIX); // true
 */
export const EPCI_PREFIX = "communaute-";

/**
 * Values accepted in the "Statut" column of the journal, normalized.
 *
 * @example
 * STATUS_WORDS["annule"]; // "annule"
 */
export const STATUS_WORDS: Readonly<Record<string, JournalEntry["status"]>> = {
  emis: "emis",
  emise: "emis",
  annule: "annule",
  annulee: "annule",
};
