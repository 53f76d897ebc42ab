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
 * Words read as yes in the "… obligatoire" columns, normalized.
 *
 * @example
 * YES_WORDS.has("vrai"); // true
 */
export const YES_WORDS: ReadonlySet<string> = new Set([
  "oui",
  "vrai",
  "true",
  "x",
  "1",
  "obligatoire",
]);

/**
 * Words read as no in the "… obligatoire" columns, normalized; an empty cell is no too.
 *
 * @example
 * NO_WORDS.has("non"); // true
 */
export const NO_WORDS: ReadonlySet<string> = new Set(["non", "faux", "false", "0"]);

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
