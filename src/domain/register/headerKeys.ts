import type { ColumnSpec } from "../tables/matchHeaders";
import { normalizeKey } from "../text/normalizeKey";

/**
 * A register column: a ColumnSpec plus the header documented for users, as they type it.
 *
 * @example
 * column("transferDate", true, "Date d'effet", "Date du transfert").label; // "Date d'effet"
 */
export interface RegisterColumn<Field extends string> extends ColumnSpec<Field> {
  /** Documented header, e.g. "Date d'effet": used in messages when the column is absent. */
  readonly label: string;
}

const APOSTROPHES = /['’]/g;

/**
 * Normalizes headers for matching (see normalizeKey), each with its straight and typographic
 * apostrophe forms, since Excel's autocorrect turns ' into ’ and normalizeKey keeps both.
 *
 * @param headers - headers as a user may type them; the first is the documented one
 * @returns the normalized keys, documented first, without duplicates
 * @example
 * headerKeys("Date d'effet"); // ["date-d'effet", "date-d’effet"]
 */
export function headerKeys(...headers: readonly string[]): string[] {
  const keys = headers.flatMap((header) => {
    const key = normalizeKey(header);
    return [key, key.replace(APOSTROPHES, "'"), key.replace(APOSTROPHES, "’")];
  });
  return [...new Set(keys)];
}

/**
 * Declares a register column from its documented header and its accepted synonyms.
 *
 * @param field - field name in code
 * @param required - whether the header row must have it
 * @param label - documented header, as typed by users
 * @param synonyms - other headers accepted, as typed by users
 * @returns the column
 * @example
 * column("pupils", false, "Élèves", "Effectif").headers; // ["eleves", "effectif"]
 */
export function column<Field extends string>(
  field: Field,
  required: boolean,
  label: string,
  ...synonyms: readonly string[]
): RegisterColumn<Field> {
  return { field, required, label, headers: headerKeys(label, ...synonyms) };
}

/**
 * The documented headers of a table, by field, for messages about absent columns.
 *
 * @param columns - the table's columns
 * @returns label by field
 * @example
 * columnLabels(MEMBER_COLUMNS).transferDate; // "Date d'effet"
 */
export function columnLabels<Field extends string>(
  columns: readonly RegisterColumn<Field>[]
): Record<Field, string> {
  return Object.fromEntries(columns.map((c) => [c.field, c.label])) as Record<Field, string>;
}
