import { REGISTER_DATES } from "../register/dateCells";
import { column, columnLabels, type RegisterColumn } from "../register/headerKeys";
import { REGISTER_TABLES, type RegisterProblem } from "../register/RegisterProblem";
import { readRegisterTable } from "../register/readRegisterTable";
import { readAmount } from "../tables/readAmount";
import { readDate } from "../tables/readDate";
import type { TableRead } from "../tables/readTable";
import { readRequiredText, readText } from "../tables/readText";
import { readHeading } from "./chargeHeadings";
import type { Charge } from "./types";

/**
 * Fields of the Charges table.
 *
 * @example
 * const field: ChargeField = "amount";
 */
export type ChargeField = "heading" | "supplier" | "reference" | "date" | "amount";

/**
 * The columns of the Charges table: one row per payment the syndicate made to a supplier for
 * the ENT service (RULES.md §5, charter art. 4.2 and 4.4).
 *
 * @example
 * CHARGE_COLUMNS.map((c) => c.label); // ["Rubrique", "Fournisseur", "Référence du paiement", "Date de paiement", "Montant"]
 */
export const CHARGE_COLUMNS: readonly RegisterColumn<ChargeField>[] = [
  column("heading", true, "Rubrique", "Poste", "Nature de la charge"),
  column("supplier", true, "Fournisseur", "Prestataire", "Tiers"),
  column(
    "reference",
    false,
    "Référence du paiement",
    "Référence",
    "N° de mandat",
    "Mandat",
    "Facture"
  ),
  column("date", true, "Date de paiement", "Date", "Date du mandat"),
  column("amount", true, "Montant", "Montant (€)", "Montant TTC", "Montant payé"),
];

/**
 * Documented header of each Charges column, by field.
 *
 * @example
 * CHARGE_LABELS.date; // "Date de paiement"
 */
export const CHARGE_LABELS = columnLabels(CHARGE_COLUMNS);

/**
 * Reads the Charges table: heading (one of the seven of art. 4.2), supplier, payment reference,
 * date and amount (≥ 0, at most two decimals) of each payment. A heading that is none of the
 * seven, a date or an amount that does not read is an error at its cell. Whether a date falls in
 * the school year is checkSharing's question, since it depends on the exercise.
 *
 * @param rows - the table's values, header row first
 * @returns the charges, the headers as typed and the problems
 * @example
 * readCharges([["Rubrique", "Fournisseur", "Date", "Montant"], ["Plateforme", "Éditeur", "15/10/2024", 1000]]).items[0]?.amountCents; // 100000
 */
export function readCharges(
  rows: readonly (readonly unknown[])[]
): TableRead<ChargeField, Charge, RegisterProblem> {
  return readRegisterTable(REGISTER_TABLES.charges, rows, CHARGE_COLUMNS, (r) => ({
    row: r.row,
    heading: r.read("heading", readHeading, ""),
    supplier: r.read("supplier", readRequiredText, ""),
    reference: r.read("reference", readText, ""),
    date: r.read("date", (cell) => readDate(cell, REGISTER_DATES), ""),
    amountCents: r.read("amount", readAmount, 0),
  }));
}
