import { formatEuros } from "../domain/money/formatEuros";
import type { IssuerSettings } from "../domain/register/types";
import { DUE_DATE_LABEL, dueDate } from "../domain/statements/legalMentions";
import { BELOW_THRESHOLD_NOTICE } from "../domain/statements/messages";
import { frenchDate } from "../domain/text/frenchText";
import type { NumberedStatement } from "../domain/statements/types";
import { printedNumber } from "./printedCellText";
import { pupilsLabel } from "../domain/sharing/pupilsLabel";

/**
 * The texts of a statement that statementSheet writes inline (its parties, lines, sources and
 * legal mentions come from statementParties.ts, statementLines.ts and legalMentions.ts, shared as
 * they are). Same wording as the sheet: a test compares both outputs.
 */

/**
 * A label and its value, drawn side by side.
 *
 * @example
 * const row: LabelValue = ["Exercice", "2025"];
 */
export type LabelValue = readonly [label: string, value: string];

/**
 * The statement's facts under its title: exercise, date of issue, due date (date of issue + the
 * payment term), number, pupils billed, and the schools equipped when the pupils come from the
 * Schools table.
 *
 * @param statement - a numbered statement
 * @param settings - the issuer's settings (payment term)
 * @returns label and value pairs, values formatted the French way
 * @example
 * metaRows(hem2025, settings);
 * // [["Exercice", "2025"], ["Date d'émission", "01/03/2025"], ["Date d'échéance", "31/03/2025"], ["Numéro", "2025-0001"], ["Élèves facturés", "1 209"]]
 */
export function metaRows(statement: NumberedStatement, settings: IssuerSettings): LabelValue[] {
  const { draft } = statement;
  const rows: LabelValue[] = [
    ["Exercice", String(draft.year)],
    ["Date d'émission", frenchDate(statement.issueDate)],
    [DUE_DATE_LABEL, frenchDate(dueDate(statement.issueDate, settings.paymentDays))],
    ["Numéro", statement.number],
  ];
  const label = pupilsLabel(draft.contribution);
  if (label !== null) rows.push([label, printedNumber(draft.contribution.pupils)]);
  const { pupils } = draft;
  if (pupils.from === "schools") {
    rows.push([
      `Écoles équipées en ${draft.year}`,
      `${pupils.schoolsEquipped} sur ${pupils.schools}`,
    ]);
  }
  return rows;
}

/**
 * The notices printed in bold after the lines: the statement this one cancels and replaces (amount
 * changed since it was issued), and the notice below 15 € (CGCT D1611-1).
 *
 * @param statement - a numbered statement
 * @returns zero, one or two texts
 * @example
 * flagTexts(lys2025); // ["Montant inférieur à 15 € : non mis en recouvrement (CGCT D1611-1)."]
 */
export function flagTexts(statement: NumberedStatement): string[] {
  const texts: string[] = [];
  const { previous } = statement;
  if (statement.outcome === "amount-changed" && previous !== null) {
    texts.push(
      `Annule et remplace l'avis n° ${previous.number} du ${frenchDate(previous.date)} (${formatEuros(previous.amountCents)}).`
    );
  }
  if (statement.draft.belowThreshold) texts.push(BELOW_THRESHOLD_NOTICE);
  return texts;
}

/**
 * Heading of the sources block, as on the sheet.
 *
 * @example
 * SOURCES_HEADING; // "Fondement"
 */
export const SOURCES_HEADING = "Fondement";
