import type { AttendanceRow } from "../domain/governance/attendance";
import type { SittingReport } from "../domain/governance/evaluateSitting";
import { sittingExtractRows } from "../domain/governance/sittingExtract";
import type { IsoDate } from "../domain/dates/isoDate";
import type { Subject } from "../domain/governance/types";
import { EMPTY, num, text, type SheetCell, type SheetSpec } from "../domain/sheets/SheetSpec";
import { frenchDate } from "../domain/text/frenchText";

/**
 * What the extract says was deliberated when the user gives no title: the register is French,
 * so the extract is French whatever the pane's language.
 *
 * @example
 * SUBJECT_TITLES.adhesion; // "Adhésion d'une collectivité au syndicat"
 */
export const SUBJECT_TITLES: Readonly<Record<Subject, string>> = {
  ordinary: "Délibération du comité syndical",
  adhesion: "Adhésion d'une collectivité au syndicat",
  withdrawal: "Retrait d'une collectivité du syndicat",
  statutes: "Modification des statuts",
};

/** Widths of the extract's five columns: labels and names, bodies, counts, rule texts, sources. */
const WIDTHS = [30, 34, 40, 50, 40] as const;

/**
 * The name of the extract's sheet for a sitting: at most 31 characters, none Excel forbids.
 *
 * @param date - the day of the sitting
 * @returns e.g. "Extrait séance 2022-06-16"
 * @example
 * extractSheetName("2022-06-16"); // "Extrait séance 2022-06-16"
 */
export function extractSheetName(date: IsoDate): string {
  return `Extrait séance ${date}`;
}

function cellOf(value: string | number, bold: boolean): SheetCell {
  if (typeof value === "number") return num(value, bold);
  // Names and bodies come from the table: a text cell stays text even when it starts with "=".
  return value === "" ? EMPTY : text(value, bold);
}

/**
 * The sheet of a sitting's extract (sittingExtractRows): A4 portrait, five columns, the title
 * and the attendance list's header in bold. Counts are numbers; everything else, and every value
 * from the attendance table, is text.
 *
 * @param title - what was deliberated
 * @param date - the day of the sitting
 * @param rows - the attendance table
 * @param report - the sitting judged (evaluateSitting)
 * @returns the sheet to write
 * @example
 * extractSheet("Modification des statuts", "2022-06-16", rows, report).name;
 * // "Extrait séance 2022-06-16"
 */
export function extractSheet(
  title: string,
  date: IsoDate,
  rows: readonly AttendanceRow[],
  report: SittingReport
): SheetSpec {
  const values = sittingExtractRows(title, frenchDate(date), rows, report);
  // The attendance list closes the extract, under its own header row.
  const listHeader = values.length - rows.length - 1;
  return {
    name: extractSheetName(date),
    rows: values.map((cells, index) =>
      cells.map((value) => cellOf(value, index === 0 || index === listHeader))
    ),
    columnWidths: [...WIDTHS],
    print: { orientation: "portrait" },
  };
}
