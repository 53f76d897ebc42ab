import { formatEuros } from "../money/formatEuros";
import type { IssuerSettings } from "../register/types";
import { fitCellText, spanTextWidth } from "../sheets/fitCellText";
import { date, num, text, type SheetCell, type SheetSpec } from "../sheets/SheetSpec";
import { DUE_DATE_LABEL, dueDate, statementMentions } from "./legalMentions";
import { frenchDate } from "../text/frenchText";
import { BELOW_THRESHOLD_NOTICE } from "./messages";
import { statementSheetName } from "./sheetName";
import { debtorRows, issuerRows } from "./statementParties";
import { statementLineRows, statementSources } from "./statementLines";
import type { NumberedStatement } from "./types";
import { pupilsLabel } from "../sharing/pupilsLabel";

type Row = readonly SheetCell[];

/** Column widths of a statement sheet, in characters: fits an A4 page in portrait. */
const WIDTHS = [46, 24, 10, 14, 14];

/**
 * A text alone on its row (a name, an address line, a source, a mention) spills over the empty
 * cells on its right: it is cut into rows that each print within the five columns, measured in
 * Calibri (fitCellText), and of at most this many characters.
 */
const TEXT_ROW_MAX = 100;

/** How wide a text alone on its row may print, in widths of "0": within the five columns. */
const TEXT_ROW_WIDTH = spanTextWidth(WIDTHS);

/**
 * Rows of a single text cut into rows that print within the five columns (a debtor's name of 120
 * characters takes two); other rows as they are.
 */
function fitRows(rows: readonly Row[]): Row[] {
  return rows.flatMap((row) => {
    const [cell] = row;
    if (row.length !== 1 || cell?.kind !== "text") return [row];
    const bold = cell.bold === true;
    const lines = fitCellText(cell.value, TEXT_ROW_WIDTH, { bold, maxCharacters: TEXT_ROW_MAX });
    return lines.length <= 1 ? [row] : lines.map((line) => [text(line, bold)]);
  });
}

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
 * amounts are `money` cells in cents; dates are ISO `date` cells. A text alone on its row (name,
 * address, source, mention) longer than the five columns hold is cut between words into rows of
 * column A, each printing within the page; the cells of the lines wrap within their columns.
 *
 * @param statement - a numbered statement, from assignNumbers
 * @param settings - the issuer's settings
 * @returns the sheet, named after the number ("Appel 2025-0001")
 * @example
 * statementSheet(numbered, settings).name; // "Appel 2025-0001"
 */
export function statementSheet(statement: NumberedStatement, settings: IssuerSettings): SheetSpec {
  const { draft } = statement;
  const head: Row[] = fitRows([
    ...issuerRows(settings),
    [],
    ...debtorRows(draft.member),
    [],
    [text(statementTitle(statement.number), true)],
    [text("Exercice"), num(draft.year)],
    [text("Date d'émission"), date(statement.issueDate)],
    [text(DUE_DATE_LABEL), date(dueDate(statement.issueDate, settings.paymentDays))],
    ...pupilsRows(draft.contribution),
    ...schoolRows(statement),
    [],
  ]);
  const lines = statementLineRows(draft.contribution);
  const rows: Row[] = [
    ...head,
    ...lines,
    ...fitRows([
      [],
      ...flagRows(statement),
      [text("Fondement", true)],
      ...statementSources(draft.contribution).map((source) => [text(source)]),
      ...mentionRows(settings),
    ]),
  ];
  return {
    name: statementSheetName(statement.number),
    rows,
    columnWidths: WIDTHS,
    print: { orientation: "portrait" },
    // The lines' cells wrap within their columns: a component of 120 characters takes a few
    // lines of column A instead of running under the basis.
    wrap: [{ top: head.length, left: 0, bottom: head.length + lines.length - 1, right: 4 }],
  };
}

function pupilsRows(contribution: NumberedStatement["draft"]["contribution"]): Row[] {
  const label = pupilsLabel(contribution);
  return label === null ? [] : [[text(label), num(contribution.pupils)]];
}

function schoolRows({ draft }: NumberedStatement): Row[] {
  const { pupils } = draft;
  if (pupils.from !== "schools") return [];
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
  if (statement.outcome === "amount-changed" && previous !== null) {
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
    ...block.texts.map((mention) => [text(mention)]),
  ]);
}
