import { formatEuros } from "../money/formatEuros";
import type { IssuerSettings } from "../register/types";
import { date, num, text, type SheetCell, type SheetSpec } from "../sheets/SheetSpec";
import { wrapWords } from "../text/wrapWords";
import { DUE_DATE_LABEL, dueDate, statementMentions } from "./legalMentions";
import { BELOW_THRESHOLD_NOTICE, frenchDate } from "./messages";
import { statementSheetName } from "./sheetName";
import { debtorRows, issuerRows } from "./statementParties";
import { statementLineRows, statementSources } from "./statementLines";
import type { NumberedStatement } from "./types";

type Row = readonly SheetCell[];

/** Column widths of a statement sheet, in characters: fits an A4 page in portrait. */
const WIDTHS = [46, 24, 10, 14, 14];

/**
 * Longest text of a single-cell row, in characters: a cell cannot wrap, so a longer mention is cut
 * into rows, each spilling over the empty cells on its right but within the five columns (108
 * widths of "0"; text averages narrower).
 */
const TEXT_ROW_MAX = 100;

/**
 * Title of a statement, as printed.
 *
 * @param number - the statement number
 * @returns the title
 * @example
 * statementTitle("2025-0001"); // "Avis des sommes à payer — appel de contribution n° 2025-0001"
 */
export function statementTitle(number: string): string {
  return `Avis des sommes à payer — appel de contribution n° ${number}`;
}

/**
 * The print-ready sheet of one statement (RULES.md §9), A4 portrait: issuer (name, address,
 * SIRET), debtor (name, address, SIRET, service code and engagement number when given), title
 * with the number, exercise, date of issue, due date, pupils billed, the lines with deductions and
 * total, what it rests on (schedule and sources), the mentions of a titre de recettes
 * (statementMentions: VAT mention, payment terms, comptable assignataire, IBAN and BIC, contact,
 * the ordonnateur, the voies et délais de recours, the executory mention), and the flags: below
 * 15 €, or the statement it cancels and replaces. Every text from the register is a `text` cell;
 * amounts are `money` cells in cents; dates are ISO `date` cells. A mention longer than a row
 * holds is cut between words into rows of column A.
 *
 * @param statement - a numbered statement, from assignNumbers
 * @param settings - the issuer's settings
 * @returns the sheet, named after the number ("Appel 2025-0001")
 * @example
 * statementSheet(numbered, settings).name; // "Appel 2025-0001"
 */
export function statementSheet(statement: NumberedStatement, settings: IssuerSettings): SheetSpec {
  const { draft } = statement;
  const rows: Row[] = [
    ...issuerRows(settings),
    [],
    ...debtorRows(draft.member),
    [],
    [text(statementTitle(statement.number), true)],
    [text("Exercice"), num(draft.year)],
    [text("Date d'émission"), date(statement.issueDate)],
    [text(DUE_DATE_LABEL), date(dueDate(statement.issueDate, settings.paymentDays))],
    [text("Élèves facturés"), num(draft.contribution.pupils)],
    ...schoolRows(statement),
    [],
    ...statementLineRows(draft.contribution),
    [],
    ...flagRows(statement),
    [text("Fondement", true)],
    ...statementSources(draft.contribution).map((source) => [text(source)]),
    ...mentionRows(settings),
  ];
  return {
    name: statementSheetName(statement.number),
    rows,
    columnWidths: WIDTHS,
    print: { orientation: "portrait" },
  };
}

function schoolRows({ draft }: NumberedStatement): Row[] {
  const { pupils } = draft;
  if (pupils.from !== "ecoles") return [];
  return [
    [
      text(`Écoles équipées en ${draft.year}`),
      text(`${pupils.schoolsEquipped} sur ${pupils.schools}`),
    ],
  ];
}

function flagRows(statement: NumberedStatement): Row[] {
  const rows: Row[] = [];
  const { previous } = statement;
  if (statement.outcome === "montant-modifie" && previous !== null) {
    rows.push([
      text(
        `Annule et remplace l'avis n° ${previous.number} du ${frenchDate(previous.date)} (${formatEuros(previous.amountCents)}).`,
        true
      ),
    ]);
  }
  if (statement.draft.belowThreshold) rows.push([text(BELOW_THRESHOLD_NOTICE, true)]);
  return rows.length > 0 ? [...rows, []] : rows;
}

function mentionRows(settings: IssuerSettings): Row[] {
  return statementMentions(settings).flatMap((block) => [
    [],
    [text(block.heading, true)],
    ...block.texts.flatMap((mention) =>
      wrapWords(mention, TEXT_ROW_MAX).map((line) => [text(line)])
    ),
  ]);
}
