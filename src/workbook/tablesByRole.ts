import { normalizeKey } from "../domain/text/normalizeKey";
import type { TableSnapshot } from "./WorkbookGateway";

/** The role a workbook table plays for the statements. */
export type TableRole =
  | "members"
  | "schools"
  | "settings"
  | "journal"
  | "schedule"
  // What holds for one member in one exercise only (decision 0014).
  | "options"
  // The sharing of net charges (RULES.md §5).
  | "charges"
  | "middleSchools";

/**
 * Words that, found in a table's name, give its role; the first match wins. The words are
 * French: they are what users name their tables.
 */
const ROLE_WORDS: readonly (readonly [string, TableRole])[] = [
  ["journal", "journal"],
  ["membre", "members"],
  ["adherent", "members"],
  ["ecole", "schools"],
  ["parametre", "settings"],
  ["bareme", "schedule"],
  // "exercice", not "option": a table of options given as a range to ENT.CONTRIB is no register table.
  ["exercice", "options"],
  ["charge", "charges"],
  ["college", "middleSchools"],
];

/** The workbook tables the statements read, by role. */
export type TablesByRole = Partial<Record<TableRole, TableSnapshot>>;

/**
 * Finds the register's tables among the workbook's Excel tables by their names, ignoring case
 * and accents: a name containing "membre" (tblMembres, Membres_2025) is the members table, and
 * likewise "ecole", "parametre", "journal" and "bareme" (a schedule voted after the release).
 * The first table found for a role is used.
 *
 * @param snapshots - every table of the workbook
 * @returns the tables by role
 * @example
 * tablesByRole([{ name: "tblMembres", … }]).members?.name; // "tblMembres"
 */
export function tablesByRole(snapshots: readonly TableSnapshot[]): TablesByRole {
  const found: TablesByRole = {};
  for (const snapshot of snapshots) {
    const key = normalizeKey(snapshot.name);
    const role = ROLE_WORDS.find(([word]) => key.includes(word))?.[1];
    if (role && !found[role]) found[role] = snapshot;
  }
  return found;
}
