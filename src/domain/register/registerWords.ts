import type { JournalStatus, MemberType } from "./types";

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
  autre: "other",
};

/**
 * Any type starting with this is an intercommunality: "Communauté de communes", "… d'agglomération".
 *
 * @example
 * normalizeKey("Communauté de communes").startsWith(EPCI_PREFIX); // true
 */
export const EPCI_PREFIX = "communaute-";

/**
 * Values accepted in the "Statut" column of the journal, normalized (see normalizeKey).
 *
 * @example
 * JOURNAL_STATUS_WORDS["annule"]; // "cancelled"
 */
export const JOURNAL_STATUS_WORDS: Readonly<Record<string, JournalStatus>> = {
  emis: "issued",
  emise: "issued",
  annule: "cancelled",
  annulee: "cancelled",
};
