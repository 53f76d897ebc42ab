import { csvDecimal, csvField } from "./csvFields";
import type { NumberedStatement } from "./types";

/**
 * Headers of the accounting export, in order.
 *
 * @example
 * ACCOUNTING_CSV_HEADERS.join(";"); // "Numéro;Débiteur;SIRET;Objet;Montant;Code service;N° d'engagement"
 */
export const ACCOUNTING_CSV_HEADERS = [
  "Numéro",
  "Débiteur",
  "SIRET",
  "Objet",
  "Montant",
  "Code service",
  "N° d'engagement",
] as const;

const BOM = "\uFEFF";
const CRLF = "\r\n";

/**
 * Object of a statement in the export.
 *
 * @param statement - the statement
 * @returns e.g. "Contribution ENT 2025 - Hem"
 * @example
 * accountingObject(numbered); // "Contribution ENT 2025 - Hem"
 */
export function accountingObject(statement: NumberedStatement): string {
  return `Contribution ENT ${statement.draft.year} - ${statement.draft.member.name}`;
}

/**
 * Writes the export of statements for the accounting software.
 *
 * Format of the file:
 * - encoding UTF-8, starting with a byte-order mark (U+FEFF) so that accents read right;
 * - fields separated by `;`, each line ended by CR LF, the last one included;
 * - first line, the headers: `Numéro;Débiteur;SIRET;Objet;Montant;Code service;N° d'engagement`;
 * - then one line per statement, in the order given:
 *   - Numéro: the statement number, e.g. `2025-0001`;
 *   - Débiteur: the member's name as in the Members table;
 *   - SIRET: 14 digits, empty when not given;
 *   - Objet: `Contribution ENT <exercice> - <membre>`, e.g. `Contribution ENT 2025 - Hem`;
 *   - Montant: euros with a decimal comma, two decimals, no thousands separator and no currency
 *     sign, e.g. `1571,70`;
 *   - Code service and N° d'engagement (Chorus Pro): empty when not given;
 * - a field containing `;`, `"`, a CR or a LF is enclosed in double quotes, its quotes doubled
 *   (`"Hem; ""centre"""`); other fields are written as they are.
 *
 * Texts are never altered, even when they start with =, + , - or @: the file is meant to be
 * imported by the accounting software, where changing a debtor's name would be an error. Opened
 * in Excel, it should be imported (Données > À partir d'un fichier texte/CSV) rather than
 * double-clicked. Which statements to export is chosen by statementsForAccounting.
 *
 * @param statements - the statements to export
 * @returns the file's content, BOM included
 * @example
 * accountingCsv([hem2025]);
 * // "\uFEFFNuméro;Débiteur;SIRET;Objet;Montant;Code service;N° d'engagement\r\n2025-0001;Hem;21590299500012;Contribution ENT 2025 - Hem;1571,70;;\r\n"
 */
export function accountingCsv(statements: readonly NumberedStatement[]): string {
  const lines = [
    ACCOUNTING_CSV_HEADERS.map(csvField).join(";"),
    ...statements.map((statement) => {
      const { member, contribution } = statement.draft;
      return [
        statement.number,
        member.name,
        member.siret,
        accountingObject(statement),
        csvDecimal(contribution.totalCents),
        member.serviceCode,
        member.engagementNumber,
      ]
        .map(csvField)
        .join(";");
    }),
  ];
  return BOM + lines.map((line) => line + CRLF).join("");
}
