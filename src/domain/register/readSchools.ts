import { normalizeUai } from "../identifiers/uai";
import type { TableRead } from "../tables/readTable";
import { readRequiredText, readText } from "../tables/readText";
import { readYear } from "../tables/readYear";
import { readPupils } from "./pupilBounds";
import { REGISTER_TABLES, type RegisterProblem } from "./RegisterProblem";
import { readRegisterTable } from "./readRegisterTable";
import { SCHOOL_COLUMNS, type SchoolField } from "./schoolColumns";
import type { School } from "./types";

/**
 * Reads a UAI cell: required, normalized (upper case, leading zero restored). Whether the check
 * letter is right is validation's business.
 *
 * @param cell - the cell
 * @returns the normalized UAI
 * @throws CellProblem when empty
 * @example
 * readUai("951099d"); // "0951099D"
 */
export function readUai(cell: unknown): string {
  return normalizeUai(readRequiredText(cell));
}

/**
 * Reads the Écoles table: one school per non-blank row, its UAI normalized (upper case, a
 * leading zero eaten by the spreadsheet restored). Unreadable cells are reported and replaced by
 * neutral values.
 *
 * @param rows - the table's values, header row first
 * @returns the schools, the headers as typed and the problems
 * @example
 * readSchools([["UAI", "Membre", "Élèves", "Première année"], ["591001t", "Hem", 142, 2024]]).items[0]?.uai; // "0591001T"
 */
export function readSchools(
  rows: readonly (readonly unknown[])[]
): TableRead<SchoolField, School, RegisterProblem> {
  return readRegisterTable(REGISTER_TABLES.schools, rows, SCHOOL_COLUMNS, (r): School => ({
    row: r.row,
    uai: r.read("uai", readUai, ""),
    name: r.read("name", readText, ""),
    member: r.read("member", readRequiredText, ""),
    pupils: r.read("pupils", readPupils, 0),
    firstYear: r.read("firstYear", readYear, 0),
  }));
}
