import { column, columnLabels, type RegisterColumn } from "../register/headerKeys";
import { REGISTER_TABLES, type RegisterProblem } from "../register/RegisterProblem";
import { readRegisterTable } from "../register/readRegisterTable";
import { readAmount } from "../tables/readAmount";
import type { TableRead } from "../tables/readTable";
import { readRequiredText, readText } from "../tables/readText";
import { readWholeNumber } from "../tables/readWholeNumber";
import type { MiddleSchoolService } from "./types";

/**
 * Fields of the Collèges table.
 *
 * @example
 * const field: MiddleSchoolField = "unitPrice";
 */
export type MiddleSchoolField = "departement" | "service" | "quantity" | "unitPrice" | "market";

/**
 * The columns of the Collèges table: the service deployed in the collèges, re-invoiced to each
 * Département at the price of the syndicate's market (RULES.md §5, charter art. 4.3).
 *
 * @example
 * MIDDLE_SCHOOL_COLUMNS.map((c) => c.label); // ["Département", "Prestation", "Quantité", "Prix unitaire", "Marché"]
 */
export const MIDDLE_SCHOOL_COLUMNS: readonly RegisterColumn<MiddleSchoolField>[] = [
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
 * MIDDLE_SCHOOL_LABELS.departement; // "Département"
 */
export const MIDDLE_SCHOOL_LABELS = columnLabels(MIDDLE_SCHOOL_COLUMNS);

/**
 * Reads the Collèges table: for each line, the Département (named as in the Membres table),
 * the service, the quantity (a whole number) and the market's unit price (at most two decimals).
 *
 * @param rows - the table's values, header row first
 * @returns the services, the headers as typed and the problems
 * @example
 * readMiddleSchools([["Département", "Prestation", "Quantité", "Prix unitaire"], ["Département de la Somme", "Comptes", 100, "1,50"]]).items[0]?.unitPriceCents; // 150
 */
export function readMiddleSchools(
  rows: readonly (readonly unknown[])[]
): TableRead<MiddleSchoolField, MiddleSchoolService, RegisterProblem> {
  return readRegisterTable(REGISTER_TABLES.middleSchools, rows, MIDDLE_SCHOOL_COLUMNS, (r) => ({
    row: r.row,
    departement: r.read("departement", readRequiredText, ""),
    service: r.read("service", readRequiredText, ""),
    quantity: r.read("quantity", readWholeNumber, 0),
    unitPriceCents: r.read("unitPrice", readAmount, 0),
    market: r.read("market", readText, ""),
  }));
}
