import type { TableRead } from "../tables/readTable";
import { readRequiredText, readText } from "../tables/readText";
import { readYear } from "../tables/readYear";
import { EXERCISE_OPTIONS_COLUMNS, type ExerciseOptionsField } from "./exerciseOptionsColumns";
import { REGISTER_TABLES, type RegisterProblem } from "./RegisterProblem";
import { readRegisterTable } from "./readRegisterTable";
import type { ExerciseOptions } from "./types";

/**
 * Reads the "Options par exercice" table: one row per member and exercise, its options in the
 * syntax of the Membres "Options" column. Whether the member exists, a row is given twice, or the
 * options suit the year's schedule is validation's business (checkExerciseOptions,
 * checkMemberOptions).
 *
 * @param rows - the table's values, header row first
 * @returns the rows, the headers as typed and the problems
 * @example
 * readExerciseOptions([["Membre", "Exercice", "Options"], ["Val d'Exemple", 2025, "mois=4"]]).items[0]?.year; // 2025
 */
export function readExerciseOptions(
  rows: readonly (readonly unknown[])[]
): TableRead<ExerciseOptionsField, ExerciseOptions, RegisterProblem> {
  return readRegisterTable(
    REGISTER_TABLES.exerciseOptions,
    rows,
    EXERCISE_OPTIONS_COLUMNS,
    (r): ExerciseOptions => ({
      row: r.row,
      member: r.read("member", readRequiredText, ""),
      year: r.read("year", readYear, 0),
      options: r.read("options", readText, ""),
    })
  );
}
