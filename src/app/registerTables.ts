import type { RegisterTables } from "../domain/register/readRegister";
import { REGISTER_TABLES } from "../domain/register/RegisterProblem";
import { normalizeKey } from "../domain/text/normalizeKey";
import type { TableSnapshot } from "../workbook/WorkbookGateway";

/** The role a workbook table plays for the statements. */
export type TableRole = "membres" | "ecoles" | "parametres" | "journal" | "bareme";

/** Words that, found in a table's name, give its role; the first match wins. */
const ROLE_WORDS: readonly (readonly [string, TableRole])[] = [
  ["journal", "journal"],
  ["membre", "membres"],
  ["adherent", "membres"],
  ["ecole", "ecoles"],
  ["parametre", "parametres"],
  ["bareme", "bareme"],
];

/** Role of each register table, by the name users see in problems ("Membres", "Écoles"…). */
const ROLE_OF_PROBLEM_TABLE: Readonly<Record<string, TableRole>> = {
  [REGISTER_TABLES.members]: "membres",
  [REGISTER_TABLES.schools]: "ecoles",
  [REGISTER_TABLES.settings]: "parametres",
  [REGISTER_TABLES.journal]: "journal",
};

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
 * tablesByRole([{ name: "tblMembres", … }]).membres?.name; // "tblMembres"
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

/**
 * The values the register reader takes, from the tables found.
 *
 * @param tables - the tables by role
 * @returns their values, header row first
 * @example
 * registerTablesOf(tablesByRole(snapshots)).membres?.length; // rows of the members table
 */
export function registerTablesOf(tables: TablesByRole): RegisterTables {
  return {
    membres: tables.membres?.values,
    ecoles: tables.ecoles?.values,
    parametres: tables.parametres?.values,
    journal: tables.journal?.values,
  };
}

/**
 * Where a problem reported on a register table is in the workbook: the table's name and the
 * zero-based column of the header the problem names (the first column when it names none).
 *
 * @param tables - the tables by role
 * @param problemTable - the table named in the problem ("Membres")
 * @param column - the header named in the problem, as typed
 * @returns the table name and column, or null when the table is not in the workbook
 * @example
 * problemCell(tables, "Membres", "Élèves"); // { table: "tblMembres", column: 7 }
 */
export function problemCell(
  tables: TablesByRole,
  problemTable: string,
  column: string
): { table: string; column: number } | null {
  const role = ROLE_OF_PROBLEM_TABLE[problemTable];
  const snapshot = role ? tables[role] : undefined;
  if (!snapshot) return null;
  const headers = (snapshot.values[0] ?? []).map((cell) => normalizeKey(String(cell ?? "")));
  const index = headers.indexOf(normalizeKey(column));
  return { table: snapshot.name, column: Math.max(0, index) };
}
