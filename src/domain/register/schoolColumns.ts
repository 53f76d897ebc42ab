import { column, columnLabels, type RegisterColumn } from "./headerKeys";

/**
 * Fields of the Écoles table.
 *
 * @example
 * const field: SchoolField = "firstYear";
 */
export type SchoolField = "uai" | "name" | "member" | "pupils" | "firstYear";

/**
 * The columns of the Écoles table (documented header first, then accepted synonyms). The school
 * name is optional; the UAI, the member, the pupils and the first year are needed to bill.
 *
 * @example
 * SCHOOL_COLUMNS.map((c) => c.label); // ["UAI", "Nom", "Membre", "Élèves", "Première année"]
 */
export const SCHOOL_COLUMNS: readonly RegisterColumn<SchoolField>[] = [
  column("uai", true, "UAI", "Code UAI", "RNE", "Code RNE"),
  column("name", false, "Nom", "Nom de l'école", "École"),
  column("member", true, "Membre", "Adhérent", "Collectivité"),
  column("pupils", true, "Élèves", "Nombre d'élèves", "Nb élèves", "Effectif", "Effectifs"),
  column(
    "firstYear",
    true,
    "Première année",
    "Première année de déploiement",
    "Année de déploiement",
    "Déploiement"
  ),
];

/**
 * Documented header of each Écoles column, by field.
 *
 * @example
 * SCHOOL_LABELS.firstYear; // "Première année"
 */
export const SCHOOL_LABELS = columnLabels(SCHOOL_COLUMNS);
