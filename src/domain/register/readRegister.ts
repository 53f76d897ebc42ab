import { MESSAGES } from "./registerMessages";
import { REGISTER_TABLES, registerError, type RegisterProblem } from "./RegisterProblem";
import { readExerciseOptions } from "./readExerciseOptions";
import { readJournal } from "./readJournal";
import { readMembers } from "./readMembers";
import { readSchools } from "./readSchools";
import { readSettings } from "./readSettings";
import type { Register } from "./types";

/**
 * A table's values as Excel's Table.getRange().values gives them: header row first.
 *
 * @example
 * [["Nom", "Type", "SIRET", "Date d'effet", "Élèves"], ["Hem", "commune", "21590299000013", "01/01/2024", 1209]]
 */
export type TableValues = readonly (readonly unknown[])[];

/**
 * The register tables of a workbook; only Membres is required. The keys are the tables' roles
 * (TableRole in src/workbook/tablesByRole.ts), not the names users give their tables.
 *
 * @example
 * { members: await membersTable.getRange().values, schools: schoolsValues }
 */
export interface RegisterTables {
  /** The "Membres" table. */
  readonly members?: TableValues;
  /** The "Écoles" table. */
  readonly schools?: TableValues;
  /** The "Paramètres" table: the issuer's settings. */
  readonly settings?: TableValues;
  /** The "Journal" table: the statements already issued. */
  readonly journal?: TableValues;
  /** The "Options par exercice" table: what holds for one member in one exercise only. */
  readonly options?: TableValues;
}

/**
 * What readRegister gives back.
 *
 * @example
 * const { register, problems, readable } = readRegister(tables);
 */
export interface RegisterRead {
  readonly register: Register;
  /** Every problem found while reading, each with table, row, column, value and severity. */
  readonly problems: RegisterProblem[];
  /**
   * False when the Membres table is missing or empty, or a header row has problems: rows were not
   * read, so checks across tables would only add noise; fix the headers first.
   */
  readonly readable: boolean;
}

const NO_MEMBERS_TABLE: RegisterProblem = registerError({
  table: REGISTER_TABLES.members,
  row: 1,
  column: "",
  value: "",
  message: MESSAGES.noMembersTable,
});

/**
 * Reads the register tables of the workbook (members, and optionally schools, issuer settings,
 * the journal of statements already issued and the options of one exercise). Headers are matched ignoring case and accents;
 * blank rows are skipped; every problem is collected with its table, row (1 for the header),
 * column as typed and value. Nothing here depends on the exercise: see validateRegister.
 *
 * @param tables - each table's values, header row first
 * @returns the register (usable for generation only when no problem is an error) and the problems
 * @example
 * readRegister({}).problems[0]?.message; // "tableau « Membres » introuvable : …"
 */
export function readRegister(tables: RegisterTables): RegisterRead {
  const schools = tables.schools ? readSchools(tables.schools) : null;
  const members = tables.members ? readMembers(tables.members, schools !== null) : null;
  const settings = tables.settings ? readSettings(tables.settings) : null;
  const journal = tables.journal ? readJournal(tables.journal) : null;
  const exerciseOptions = tables.options ? readExerciseOptions(tables.options) : null;
  const problems: RegisterProblem[] = [
    ...(members ? members.problems : [NO_MEMBERS_TABLE]),
    ...(schools?.problems ?? []),
    ...(settings?.problems ?? []),
    ...(journal?.problems ?? []),
    ...(exerciseOptions?.problems ?? []),
  ];
  if (members?.readable && members.items.length === 0) {
    problems.push(
      registerError({
        table: REGISTER_TABLES.members,
        row: 2,
        column: "",
        value: "",
        message: MESSAGES.noMembers,
      })
    );
  }
  const register: Register = {
    members: members?.items ?? [],
    schools: schools?.items ?? [],
    settings: settings?.settings ?? null,
    journal: journal?.items ?? [],
    exerciseOptions: exerciseOptions?.items ?? [],
    columns: {
      members: members?.headers ?? {},
      schools: schools?.headers ?? {},
      journal: journal?.headers ?? {},
      exerciseOptions: exerciseOptions?.headers ?? {},
    },
  };
  const readable = [members, schools, settings, journal, exerciseOptions].every(
    (t) => t === null || t.readable
  );
  const anyMember = members !== null && members.items.length > 0;
  return { register, problems, readable: readable && anyMember };
}
