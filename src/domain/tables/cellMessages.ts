/**
 * What a cell reader says by default when a cell cannot be read: the register's wording, which
 * every register table shares. A table that needs other words passes its own (the schedule table,
 * a function argument).
 *
 * @example
 * CELL_MESSAGES.required; // "valeur obligatoire."
 */
export const CELL_MESSAGES = {
  required: "valeur obligatoire.",
  wholeNumber: "nombre entier d'élèves attendu, positif ou nul (par exemple 1209).",
  year: "année attendue (par exemple 2025).",
  date: "date attendue (JJ/MM/AAAA, par exemple 01/01/2024).",
  amount: "montant en euros attendu, positif ou nul, au plus deux décimales (par exemple 1571,70).",
  yesNo: "oui ou non attendu (oui, non, VRAI, FAUX, x, ou vide pour non).",
} as const;

/**
 * The two things a reader may say: the cell is empty where a value is required, or its value is
 * not what is expected.
 *
 * @example
 * const messages: CellMessages = { missing: "valeur obligatoire.", invalid: "année attendue." };
 */
export interface CellMessages {
  readonly missing: string;
  readonly invalid: string;
}
