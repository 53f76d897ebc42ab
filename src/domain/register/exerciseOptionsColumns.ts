import { column, columnLabels, type RegisterColumn } from "./headerKeys";

/**
 * Fields of the "Options par exercice" table.
 *
 * @example
 * const field: ExerciseOptionsField = "year";
 */
export type ExerciseOptionsField = "member" | "year" | "options";

/**
 * The columns of the "Options par exercice" table: what holds for one member in one exercise
 * only (a part year, half-days, an audit, a subsidy…), in the syntax of the Membres "Options"
 * column. The first header of each is the documented one (README); the others are accepted too.
 *
 * @example
 * EXERCISE_OPTIONS_COLUMNS.map((c) => c.label); // ["Membre", "Exercice", "Options"]
 */
export const EXERCISE_OPTIONS_COLUMNS: readonly RegisterColumn<ExerciseOptionsField>[] = [
  column("member", true, "Membre", "Nom", "Nom du membre", "Adhérent", "Collectivité"),
  column("year", true, "Exercice", "Année"),
  column("options", true, "Options", "Option", "Options de l'exercice"),
];

/**
 * Documented header of each "Options par exercice" column, by field.
 *
 * @example
 * EXERCISE_OPTIONS_LABELS.year; // "Exercice"
 */
export const EXERCISE_OPTIONS_LABELS = columnLabels(EXERCISE_OPTIONS_COLUMNS);
