/**
 * The member register: reading the Membres, Écoles, Paramètres, Journal and Options par exercice
 * tables of the workbook, and validating them for an exercise before statements are generated.
 */
export type {
  ExerciseOptions,
  IssuerSettings,
  JournalEntry,
  Member,
  MemberType,
  Register,
  RegisterColumns,
  School,
} from "./types";
export {
  hasBlockingProblems,
  REGISTER_TABLES,
  sortProblems,
  type RegisterProblem,
  type RegisterTableName,
  type Severity,
} from "./RegisterProblem";
export { MEMBER_COLUMNS, MEMBER_LABELS, memberColumns, type MemberField } from "./memberColumns";
export { SCHOOL_COLUMNS, SCHOOL_LABELS, type SchoolField } from "./schoolColumns";
export {
  DEFAULT_SETTINGS,
  SETTING_SPECS,
  SETTINGS_COLUMNS,
  type SettingKey,
} from "./settingsColumns";
export { JOURNAL_COLUMNS, JOURNAL_LABELS, type JournalField } from "./journalColumns";
export {
  readRegister,
  type RegisterRead,
  type RegisterTables,
  type TableValues,
} from "./readRegister";
export { validateRegister } from "./validateRegister";
export { checkRegister } from "./checkRegister";
export { memberKey } from "../membership/memberKey";
export { owesYear } from "../membership/owesYear";
export { pupilsBilled, schoolsOf, type BilledPupils } from "../membership/pupilsBilled";
export { partYearMonths } from "./partYearMonths";
export {
  EXERCISE_OPTIONS_COLUMNS,
  EXERCISE_OPTIONS_LABELS,
  type ExerciseOptionsField,
} from "./exerciseOptionsColumns";
export { PUPIL_BOUNDS } from "./pupilBounds";
export { FIRST_DATE_SERIAL } from "./dateCells";
export {
  exerciseRowOf,
  memberOptionsForYear,
  type OptionsForYear,
} from "../membership/optionsForYear";
