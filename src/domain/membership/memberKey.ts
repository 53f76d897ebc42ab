import { normalizeKey } from "../text/normalizeKey";

const JOINERS = /[-'’.]/g;

/**
 * The key that identifies a member by name, ignoring case, accents, spacing, hyphens,
 * apostrophes and dots: how a school, a journal entry or a second row refers to a member.
 *
 * @param name - a member name as typed
 * @returns the key
 * @example
 * memberKey("Saint-Amand-les-Eaux") === memberKey(" SAINT AMAND LES  EAUX"); // true
 * memberKey("Liévin"); // "lievin"
 */
export function memberKey(name: string): string {
  return normalizeKey(name).replace(JOINERS, "");
}
