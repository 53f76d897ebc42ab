import type { ColumnSpec } from "../tables/matchHeaders";
import type { Basis, ComponentKind } from "./types";

/** Fields of a schedule table in the workbook (RULES.md §2.3). */
export type ScheduleField =
  | "schedule"
  | "component"
  | "keyword"
  | "aliases"
  | "basis"
  | "rate"
  | "kind"
  | "firstYear"
  | "lastYear"
  | "document"
  | "article"
  | "deliberation"
  | "date";

/**
 * The columns of a schedule table. The first header of each is the documented one (README);
 * the others are accepted too. Matching ignores case and accents.
 */
export const SCHEDULE_COLUMNS: readonly ColumnSpec<ScheduleField>[] = [
  { field: "schedule", headers: ["bareme", "nom-du-bareme"], required: false },
  { field: "component", headers: ["composante", "libelle"], required: true },
  { field: "keyword", headers: ["mot-cle", "cle"], required: true },
  { field: "aliases", headers: ["alias"], required: false },
  { field: "basis", headers: ["base", "assiette"], required: true },
  { field: "rate", headers: ["tarif", "tarif-unitaire", "taux"], required: true },
  { field: "kind", headers: ["type", "nature"], required: true },
  { field: "firstYear", headers: ["premier-exercice", "debut", "exercice-debut"], required: true },
  { field: "lastYear", headers: ["dernier-exercice", "fin", "exercice-fin"], required: false },
  { field: "document", headers: ["document", "source"], required: true },
  { field: "article", headers: ["article"], required: false },
  { field: "deliberation", headers: ["deliberation"], required: true },
  {
    field: "date",
    headers: ["date", "date-deliberation", "date-de-la-deliberation"],
    required: true,
  },
];

/** Values accepted in the "base" column, normalized, and the basis each means. */
export const BASIS_WORDS: Readonly<Record<string, Basis>> = {
  "eleve/an": "perPupilPerYear",
  "eleve-an": "perPupilPerYear",
  "par-eleve-et-par-an": "perPupilPerYear",
  eleve: "perPupil",
  "par-eleve": "perPupil",
  ecole: "perSchool",
  "par-ecole": "perSchool",
  "demi-journee": "perHalfDay",
  "par-demi-journee": "perHalfDay",
  montant: "amount",
};

/** Values accepted in the "type" column, normalized, and the kind each means. */
export const KIND_WORDS: Readonly<Record<string, ComponentKind>> = {
  toujours: "always",
  obligatoire: "always",
  option: "option",
  optionnel: "option",
  optionnelle: "option",
};

/** Name given to a workbook schedule whose table has no "barème" column. */
export const DEFAULT_WORKBOOK_SCHEDULE = "bareme-classeur";
