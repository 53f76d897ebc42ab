import type { IssuerSettings } from "../register/types";
import { csvDecimal, csvFile, csvInteger, csvText } from "./csvFields";
import { dueDate } from "./legalMentions";
import { frenchDate } from "../text/frenchText";
import { parseStatementNumber } from "./statementNumber";
import type { NumberedStatement } from "./types";

/**
 * Headers of the accounting export, in order.
 *
 * @example
 * ACCOUNTING_CSV_HEADERS.join(";");
 * // "Numéro;Débiteur;SIRET;Objet;Montant;Code service;N° d'engagement;Date d'émission;Échéance;Exercice;Imputation nature;Imputation fonction;N° de pièce PES"
 */
export const ACCOUNTING_CSV_HEADERS = [
  "Numéro",
  "Débiteur",
  "SIRET",
  "Objet",
  "Montant",
  "Code service",
  "N° d'engagement",
  "Date d'émission",
  "Échéance",
  "Exercice",
  "Imputation nature",
  "Imputation fonction",
  "N° de pièce PES",
] as const;

/**
 * Object of a statement in the export.
 *
 * @param statement - the statement
 * @returns e.g. "Contribution ENT 2025 - Hem"
 * @example
 * accountingObject(numbered); // "Contribution ENT 2025 - Hem"
 * accountingObject(share); // "Contribution ENT 2025-2026 (charges nettes) - Commune d'Abbeville"
 */
export function accountingObject(statement: NumberedStatement): string {
  const { draft } = statement;
  // The sharing of net charges (RULES.md §5) names its school year and what is called.
  const sharing = draft.contribution.sharing;
  if (sharing?.kind === "member")
    return `Contribution ENT ${sharing.schoolYear.label} (charges nettes) - ${draft.member.name}`;
  if (sharing?.kind === "middleSchools")
    return `Service ENT des collèges ${sharing.schoolYear.label} - ${draft.member.name}`;
  return `Contribution ENT ${draft.year} - ${draft.member.name}`;
}

/**
 * Writes the export of statements for the accounting software.
 *
 * Format of the file:
 * - encoding UTF-8, starting with a byte-order mark (U+FEFF) so that accents read right;
 * - fields separated by `;`, each line ended by CR LF, the last one included;
 * - first line, the headers: `Numéro;Débiteur;SIRET;Objet;Montant;Code service;N° d'engagement;
 *   Date d'émission;Échéance;Exercice;Imputation nature;Imputation fonction;N° de pièce PES`
 *   (one line; the last six were added with the PES V2 file and carry the same facts as its
 *   titre, after the first seven, which keep their places);
 * - then one line per statement, in the order given:
 *   - Numéro: the statement number, e.g. `2025-0001`;
 *   - Débiteur: the member's name as in the Members table;
 *   - SIRET: 14 digits, empty when not given;
 *   - Objet: `Contribution ENT <exercice> - <membre>`, e.g. `Contribution ENT 2025 - Hem`;
 *   - Montant: euros with a decimal comma, two decimals, no thousands separator and no currency
 *     sign, e.g. `1571,70`;
 *   - Code service and N° d'engagement (Chorus Pro): empty when not given;
 *   - Date d'émission: the statement's date of issue, `JJ/MM/AAAA` (DteBordEm of the PES);
 *   - Échéance: date of issue + Délai de paiement (jours), `JJ/MM/AAAA`; empty when the
 *     settings are not given;
 *   - Exercice: the exercise, e.g. `2025` (Exer of the PES);
 *   - Imputation nature and Imputation fonction: the settings of the same names (Nature and
 *     Fonction of the PES line); empty when not given;
 *   - N° de pièce PES: the sequence of the statement number, e.g. `1` for `2025-0001` (IdPce);
 * - every text field goes through csvText (OWASP's guidance on CSV injection): a text that
 *   starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with a single quote
 *   (`'=HYPERLINK(…)`), so that French Excel, which opens this file on a double-click, shows it
 *   as text instead of running it; other texts are unchanged;
 * - then a field containing `;`, `"`, a CR or a LF is enclosed in double quotes, its quotes
 *   doubled (`"Hem; ""centre"""`, `"'=1+2"";=1+2"`); other fields are written as they are;
 * - the amount is written by csvDecimal and never altered: `-0,05` stays `-0,05`.
 *
 * The leading quote is part of the field: the accounting software receives `'=HYPERLINK(…)`
 * for a debtor typed `=HYPERLINK(…)`. This is on purpose (decision reversed: texts used to be
 * written unaltered): the file is opened in Excel as often as it is imported, and a name that
 * runs as a formula is worse than a visible quote. Which statements to export is chosen by
 * statementsForAccounting.
 *
 * @param statements - the statements to export
 * @param settings - the issuer's settings, for the due date and the imputation; without them
 *   those three columns are empty
 * @returns the file's content, BOM included
 * @example
 * accountingCsv([hem2025]);
 * // "\uFEFFNuméro;…;N° de pièce PES\r\n2025-0001;Hem;21590299000013;Contribution ENT 2025 - Hem;1571,70;;;01/03/2025;;2025;;;1\r\n"
 */
export function accountingCsv(
  statements: readonly NumberedStatement[],
  settings?: IssuerSettings | null
): string {
  const lines = [
    ACCOUNTING_CSV_HEADERS.map(csvText).join(";"),
    ...statements.map((statement) => {
      const { member, contribution } = statement.draft;
      // Texts (the number too: it may come from the journal as typed) through csvText; the
      // amount as the add-in writes it, never neutralised.
      return [
        csvText(statement.number),
        csvText(member.name),
        csvText(member.siret),
        csvText(accountingObject(statement)),
        csvDecimal(contribution.totalCents),
        csvText(member.serviceCode),
        csvText(member.engagementNumber),
        csvText(frenchDate(statement.issueDate)),
        csvText(settings ? frenchDate(dueDate(statement.issueDate, settings.paymentDays)) : ""),
        csvInteger(statement.draft.year),
        csvText(settings?.pesNature ?? ""),
        csvText(settings?.pesFunction ?? ""),
        csvText(String(parseStatementNumber(statement.number)?.seq ?? "")),
      ].join(";");
    }),
  ];
  return csvFile(lines);
}
