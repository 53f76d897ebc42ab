import { column, columnLabels, type RegisterColumn } from "./headerKeys";

/**
 * Fields of the Journal table (statements already issued).
 *
 * @example
 * const field: JournalField = "amount";
 */
export type JournalField =
  "number" | "year" | "member" | "amount" | "pupils" | "date" | "schedule" | "status";

/**
 * The columns of the Journal table, which the add-in writes and reads back for numbering and
 * for the comparison with last year. "Barème" and "Statut" may be absent (status: émis).
 *
 * @example
 * JOURNAL_COLUMNS.map((c) => c.label); // ["Numéro", "Exercice", "Membre", "Montant", …]
 */
export const JOURNAL_COLUMNS: readonly RegisterColumn<JournalField>[] = [
  column("number", true, "Numéro", "N°", "Nº", "No", "Numéro d'avis", "Numéro de titre"),
  column("year", true, "Exercice", "Année"),
  column("member", true, "Membre", "Débiteur", "Adhérent"),
  column("amount", true, "Montant", "Montant (€)", "Montant TTC", "Total"),
  column("pupils", true, "Élèves", "Nombre d'élèves", "Nb élèves", "Effectif"),
  column("date", true, "Date", "Date d'émission"),
  column("schedule", false, "Barème", "CTAF"),
  column("status", false, "Statut", "État"),
];

/**
 * Documented header of each Journal column, by field.
 *
 * @example
 * JOURNAL_LABELS.status; // "Statut"
 */
export const JOURNAL_LABELS = columnLabels(JOURNAL_COLUMNS);
