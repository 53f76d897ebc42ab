import { column, columnLabels, type RegisterColumn } from "../register/headerKeys";
import { REGISTER_TABLES, type RegisterProblem } from "../register/RegisterProblem";
import { readRegisterTable } from "../register/readRegisterTable";
import { readAmount } from "../tables/readAmount";
import type { TableRead } from "../tables/readTable";
import { readRequiredText, readText } from "../tables/readText";
import { readWholeNumber } from "../tables/readWholeNumber";
import type { CollegeService } from "./types";

/**
 * Fields of the Collèges table.
 *
 * @example
 * const field: CollegeField = "unitPrice";
 */
export type CollegeField = "departement" | "service" | "quantity" | "unitPrice" | "market";

/**
 * The columns of the Collèges table: the service deployed in the collèges, re-invoiced to each
 * Département at the price of the syndicate's market (RULES.md §5, charter art. 4.3).
 *
 * @example
 * COLLEGE_COLUMNS.map((c) => c.label); // ["Département", "Prestation", "Quantité", "Prix unitaire", "Marché"]
 */
export const COLLEGE_COLUMNS: readonly RegisterColumn<CollegeField>[] = [
  column("departement", true, "Département", "Debiteur", "Membre"),
  column("service", true, "Prestation", "Désignation", "Composante"),
  column("quantity", true, "Quantité", "Nombre", "Qté"),
  column("unitPrice", true, "Prix unitaire", "Prix unitaire (€)", "Prix du marché", "Tarif"),
  column("market", false, "Marché", "Référence du marché", "Lot"),
];

/**
 * Documented header of each Collèges column, by field.
 *
 * @example
 * COLLEGE_LABELS.departement; // "Département"
 */
export const COLLEGE_LABELS = columnLabels(COLLEGE_COLUMNS);

/**
 * Reads the Collèges table: for each line, the Département (named as in the Membres table),
 * the service, the quantity (a whole number) and the market's unit price (at most two decimals).
 *
 * @param rows - the table's values, header row first
 * @returns the services, the headers as typed and the problems
 * @example
 * readColleges([["Département", "Prestation", "Quantité", "Prix unitaire"], ["Département de la Somme", "Comptes", 100, "1,50"]]).items[0]?.unitPriceCents; // 150
 */
export function readColleges(
  rows: readonly (readonly unknown[])[]
): TableRead<CollegeField, CollegeService, RegisterProblem> {
  return readRegisterTable(REGISTER_TABLES.colleges, rows, COLLEGE_COLUMNS, (r) => ({
    row: r.row,
    departement: r.read("departement", readRequiredText, ""),
    service: r.read("service", readRequiredText, ""),
    quantity: r.read("quantity", readWholeNumber, 0),
    unitPriceCents: r.read("unitPrice", readAmount, 0),
    market: r.read("market", readText, ""),
  }));
}
