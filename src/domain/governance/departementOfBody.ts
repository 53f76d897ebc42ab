import type { Departement } from "./types";

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** A Département's own body: its name alone, its number, or "Département / Conseil départemental (du|de) …". */
const DEPARTEMENT_BODY =
  /^(?:(?:departement|conseil departemental|cd)(?: du| de la| de| d)? )?(nord|pas de calais|59|62)$/;

const BY_NAME: Readonly<Record<string, Departement>> = {
  nord: "nord",
  "59": "nord",
  "pas de calais": "pas-de-calais",
  "62": "pas-de-calais",
};

/**
 * Tells which Département a row's body is, for the adhesion weighting of art. 15 ("chaque délégué
 * désigné par le Département d'implantation … dispose de (3) voix"): only the delegates the
 * Département itself designated weigh 3, not the communes or EPCI that lie in it. So a body
 * counts when it names the Département itself: "Département du Nord", "Conseil départemental du
 * Pas-de-Calais", "CD59", or just "Nord", "Pas-de-Calais", "59", "62" (case, accents, hyphens and
 * spaces do not matter). Anything else (the Région, a commune, a college) is no Département.
 *
 * @param body - the body represented, as written in the table
 * @returns the Département, or null
 * @example
 * departementOfBody("Département du Pas-de-Calais"); // "pas-de-calais"
 * departementOfBody("Communauté de communes du Nord"); // null
 */
export function departementOfBody(body: string): Departement | null {
  const key = body
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/^(cd) ?(59|62)$/, "$1 $2")
    .trim();
  const match = DEPARTEMENT_BODY.exec(key);
  return match?.[1] === undefined ? null : (BY_NAME[match[1]] ?? null);
}
