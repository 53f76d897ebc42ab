import type { SharingTables } from "../domain/sharing/checkSharingRegister";
import { REGISTER_TABLES } from "../domain/register/RegisterProblem";
import { normalizeKey } from "../domain/text/normalizeKey";
import { type TableRole, type TablesByRole } from "../workbook/tablesByRole";

export { tablesByRole, type TableRole, type TablesByRole } from "../workbook/tablesByRole";

/** Role of each register table, by the name users see in problems ("Membres", "Écoles"…). */
const ROLE_OF_PROBLEM_TABLE: Readonly<Record<string, TableRole>> = {
  [REGISTER_TABLES.members]: "members",
  [REGISTER_TABLES.schools]: "schools",
  [REGISTER_TABLES.settings]: "settings",
  [REGISTER_TABLES.journal]: "journal",
  [REGISTER_TABLES.exerciseOptions]: "options",
  [REGISTER_TABLES.charges]: "charges",
  [REGISTER_TABLES.middleSchools]: "middleSchools",
};

/**
 * The values the register reader takes, from the tables found. Its keys are the roles: every
 * role but the schedule (parsed on its own by parseScheduleTable) is given, checked by
 * `satisfies`, and the reader knows every key, checked by the return type; so a role added to
 * TableRole without its table in SharingTables does not compile.
 *
 * @param tables - the tables by role
 * @returns their values, header row first
 * @example
 * registerTablesOf(tablesByRole(snapshots)).members?.length; // rows of the members table
 */
export function registerTablesOf(tables: TablesByRole): SharingTables {
  return {
    members: tables.members?.values,
    schools: tables.schools?.values,
    settings: tables.settings?.values,
    journal: tables.journal?.values,
    options: tables.options?.values,
    charges: tables.charges?.values,
    middleSchools: tables.middleSchools?.values,
  } satisfies Record<Exclude<TableRole, "schedule">, SharingTables[keyof SharingTables]>;
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
