import { DomainError } from "../errors/DomainError";
import { money, num, text, EMPTY, type SheetCell, type SheetSpec } from "../sheets/SheetSpec";
import { BELOW_THRESHOLD_WARNING } from "./messages";
import { previewTotals } from "./previewTotals";
import type { NumberedStatement } from "./types";

type Row = readonly SheetCell[];

/**
 * Headers of the summary table.
 *
 * @example
 * SUMMARY_HEADERS[0]; // "Numéro"
 */
export const SUMMARY_HEADERS = [
  "Numéro",
  "Membre",
  "SIRET",
  "Élèves",
  "Montant",
  "Signalement",
  "Numérotation",
  "Avertissements",
];

/**
 * Column widths, in characters. The texts of the table wrap within their columns (a member's
 * name of 120 characters takes three lines of Membre), so that no column need be as wide as its
 * longest text and the landscape page, fitted to its width, stays legible.
 */
const WIDTHS = [11, 40, 16, 8, 15, 28, 32, 40];

/** Row of the table's header, under the title and the four totals. */
const TABLE_HEADER_ROW = 6;

/** Column of the amounts: the totals above the table stand in it, under their labels. */
const AMOUNT_COLUMN = 4;

/**
 * A total above the table: its label in column A, spilling over the empty cells up to the
 * amounts' column (B to D: 64 widths of "0", the longest label takes about 45), its value there.
 */
function totalRow(label: string, value: SheetCell): Row {
  return [text(label), ...Array.from({ length: AMOUNT_COLUMN - 1 }, () => EMPTY), value];
}

/**
 * Name of the summary table of an exercise.
 *
 * @param year - the exercise
 * @returns e.g. "Synthese2025"
 * @example
 * summaryTableName(2025); // "Synthese2025"
 */
export function summaryTableName(year: number): string {
  return `Synthese${year}`;
}

function statementRow(statement: NumberedStatement): Row {
  const { draft } = statement;
  const others = draft.warnings.filter((warning) => warning !== BELOW_THRESHOLD_WARNING);
  return [
    text(statement.number),
    text(draft.member.name),
    text(draft.member.siret),
    num(draft.contribution.pupils),
    money(draft.contribution.totalCents),
    draft.belowThreshold ? text(BELOW_THRESHOLD_WARNING) : EMPTY,
    text(statement.outcomeText),
    others.length > 0 ? text(others.join(" ; ")) : EMPTY,
  ];
}

/**
 * The summary sheet of an exercise, landscape: a title, the totals (count, grand total, the part
 * below 15 € not put into recovery, the total put into recovery; each label in column A, its
 * value in the amounts' column E), then an Excel table with one row per statement (number,
 * member, SIRET, pupils, amount, flag, numbering outcome, warnings), whose texts wrap within their
 * columns.
 * The totals sit ABOVE the table: a table spans from its header row to the sheet's last row in
 * SheetSpec, and a total row inside it would be sorted and filtered with the statements.
 *
 * @param statements - the exercise's numbered statements, in order
 * @param year - the exercise
 * @returns the sheet "Synthèse 2025" with its table "Synthese2025"
 * @throws DomainError when a statement belongs to another exercise
 * @example
 * summarySheet(numbered, 2025).table?.name; // "Synthese2025"
 */
export function summarySheet(statements: readonly NumberedStatement[], year: number): SheetSpec {
  const stray = statements.find((statement) => statement.draft.year !== year);
  if (stray !== undefined) {
    throw new DomainError(
      "invalid-year",
      `Synthèse ${year} : l'appel ${stray.number} porte sur l'exercice ${stray.draft.year}.`
    );
  }
  const totals = previewTotals(statements.map((statement) => statement.draft));
  const rows: Row[] = [
    [text(`Appels de contribution — exercice ${year}`, true)],
    totalRow("Nombre d'appels", num(totals.count)),
    totalRow("Total des appels", money(totals.totalCents, true)),
    totalRow(
      `Dont non mis en recouvrement (< 15 €) : ${totals.belowThresholdCount} appel(s)`,
      money(totals.belowThresholdCents)
    ),
    totalRow("Total mis en recouvrement", money(totals.recoverableCents, true)),
    [],
    SUMMARY_HEADERS.map((header) => text(header, true)),
    ...statements.map(statementRow),
  ];
  return {
    name: `Synthèse ${year}`,
    rows,
    columnWidths: WIDTHS,
    print: { orientation: "landscape" },
    table: { name: summaryTableName(year), headerRow: TABLE_HEADER_ROW },
    wrap: [
      {
        top: TABLE_HEADER_ROW,
        left: 0,
        bottom: Math.max(TABLE_HEADER_ROW + 1, rows.length - 1),
        right: WIDTHS.length - 1,
      },
    ],
  };
}
