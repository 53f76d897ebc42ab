import { EXERCISE_OPTIONS_LABELS, type ExerciseOptionsField } from "./exerciseOptionsColumns";
import { JOURNAL_LABELS, type JournalField } from "./journalColumns";
import { MEMBER_LABELS, type MemberField } from "./memberColumns";
import { SCHOOL_LABELS, type SchoolField } from "./schoolColumns";
import type { Register } from "./types";

/**
 * The header of a Membres column as the user typed it, or its documented header.
 *
 * @param register - the register read
 * @param field - the column
 * @returns e.g. "Élèves", or "NB ELEVES" if that is what the workbook says
 * @example
 * memberColumn(register, "pupils"); // "Élèves"
 */
export function memberColumn(register: Register, field: MemberField): string {
  return register.columns?.members[field] ?? MEMBER_LABELS[field];
}

/**
 * The header of an Écoles column as the user typed it, or its documented header.
 *
 * @param register - the register read
 * @param field - the column
 * @returns e.g. "UAI"
 * @example
 * schoolColumn(register, "member"); // "Membre"
 */
export function schoolColumn(register: Register, field: SchoolField): string {
  return register.columns?.schools[field] ?? SCHOOL_LABELS[field];
}

/**
 * The header of a Journal column as the user typed it, or its documented header.
 *
 * @param register - the register read
 * @param field - the column
 * @returns e.g. "Numéro"
 * @example
 * journalColumn(register, "number"); // "Numéro"
 */
export function journalColumn(register: Register, field: JournalField): string {
  return register.columns?.journal[field] ?? JOURNAL_LABELS[field];
}

/**
 * The header of an "Options par exercice" column as the user typed it, or its documented header.
 *
 * @param register - the register read
 * @param field - the column
 * @returns e.g. "Exercice"
 * @example
 * exerciseOptionsColumn(register, "options"); // "Options"
 */
export function exerciseOptionsColumn(register: Register, field: ExerciseOptionsField): string {
  return register.columns?.exerciseOptions?.[field] ?? EXERCISE_OPTIONS_LABELS[field];
}
