import { column, columnLabels, type RegisterColumn } from "./headerKeys";

/**
 * Fields of the Membres table.
 *
 * @example
 * const field: MemberField = "transferDate";
 */
export type MemberField =
  | "name"
  | "type"
  | "siret"
  | "address"
  | "departement"
  | "transferDate"
  | "withdrawalDate"
  | "pupils"
  | "options"
  | "serviceCode"
  | "serviceCodeRequired"
  | "engagementNumber"
  | "engagementRequired";

/**
 * The columns of the Membres table. The first header of each is the documented one (README);
 * the others are accepted too, ignoring case, accents and spacing. "Élèves" is optional here:
 * it becomes required when the workbook has no Écoles table (see {@link memberColumns}).
 *
 * @example
 * MEMBER_COLUMNS.find((c) => c.field === "engagementNumber")?.headers.includes("numero-d'engagement"); // true
 */
export const MEMBER_COLUMNS: readonly RegisterColumn<MemberField>[] = [
  column("name", true, "Nom", "Nom du membre", "Membre", "Adhérent", "Collectivité"),
  column("type", true, "Type", "Type de membre", "Nature", "Catégorie"),
  column("siret", true, "SIRET", "N° SIRET", "Numéro SIRET", "SIRET du membre"),
  column("address", false, "Adresse", "Adresse postale"),
  column("departement", false, "Département", "Dépt", "Dép"),
  column(
    "transferDate",
    true,
    "Date d'effet",
    "Date d'effet du transfert",
    "Date du transfert",
    "Date de transfert",
    "Transfert",
    "Date d'adhésion",
    "Adhésion"
  ),
  column("withdrawalDate", false, "Date de retrait", "Retrait", "Date retrait"),
  column("pupils", false, "Élèves", "Nombre d'élèves", "Nb élèves", "Effectif", "Effectifs"),
  column("options", false, "Options", "Option"),
  column("serviceCode", false, "Code service", "Code service Chorus", "Code service Chorus Pro"),
  column(
    "serviceCodeRequired",
    false,
    "Code service obligatoire",
    "Code service requis",
    "Service obligatoire"
  ),
  column(
    "engagementNumber",
    false,
    "N° d'engagement",
    "Nº d'engagement",
    "No d'engagement",
    "Numéro d'engagement",
    "N° engagement",
    "Numéro engagement",
    "Engagement",
    "Engagement juridique"
  ),
  column(
    "engagementRequired",
    false,
    "Engagement obligatoire",
    "N° d'engagement obligatoire",
    "Engagement requis"
  ),
];

/**
 * Documented header of each Membres column, by field.
 *
 * @example
 * MEMBER_LABELS.pupils; // "Élèves"
 */
export const MEMBER_LABELS = columnLabels(MEMBER_COLUMNS);

/**
 * The Membres columns for a workbook: "Élèves" is required when there is no Écoles table, since
 * the pupils can then come from nowhere else.
 *
 * @param schoolsGiven - whether the workbook has an Écoles table
 * @returns the columns
 * @example
 * memberColumns(false).find((c) => c.field === "pupils")?.required; // true
 */
export function memberColumns(schoolsGiven: boolean): readonly RegisterColumn<MemberField>[] {
  return MEMBER_COLUMNS.map((spec) =>
    spec.field === "pupils" ? { ...spec, required: !schoolsGiven } : spec
  );
}
