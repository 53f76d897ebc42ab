import { cellText, isEmptyCell } from "../tables/cellText";
import { excelErrorMessage, excelErrorValue } from "../tables/excelErrorValue";
import { matchHeaders } from "../tables/matchHeaders";
import type { TableProblem } from "../tables/TableProblem";
import { normalizeKey } from "../text/normalizeKey";
import type { AttendanceRow } from "./attendance";
import {
  ATTENDANCE_COLUMNS,
  STATUS_WORDS,
  VOTE_WORDS,
  type AttendanceField,
} from "./attendanceColumns";
import { nameWords } from "./matchDelegate";

const TABLE = "Présences";

function wordOf<T>(words: Readonly<Record<string, T>>, cell: unknown): T | undefined {
  const key = normalizeKey(cellText(cell));
  return Object.prototype.hasOwnProperty.call(words, key) ? words[key] : undefined;
}

/**
 * Reads an attendance table from the workbook: a header row (délégué, organisme représenté,
 * présence, pouvoir à, vote), then one row per member in office. Blank rows are skipped. A blank
 * body repeats the body of the row above, as the register writes it once per body over merged
 * cells (seed 004). Every problem is reported with its row, column and value; a row with a problem
 * is left out.
 *
 * @param values - the table's values, header row first, as Excel passes them
 * @returns the rows (each with its row number, 1 being the header) and the problems
 * @example
 * readAttendanceTable([
 *   ["Délégué", "Organisme représenté", "Présence", "Pouvoir à", "Vote"],
 *   ["M. Luc MONNET", "Département du Nord", "présent", "", "pour"],
 * ]).rows[0]?.status; // "present"
 */
export function readAttendanceTable(values: readonly (readonly unknown[])[]): {
  rows: AttendanceRow[];
  problems: TableProblem[];
} {
  const [header = [], ...body] = values;
  const { match, problems } = matchHeaders(TABLE, header, ATTENDANCE_COLUMNS);
  if (problems.length > 0) return { rows: [], problems };
  const rows: AttendanceRow[] = [];
  const seen = new Map<string, number>();
  let lastBody = "";
  body.forEach((cells, index) => {
    if (cells.every(isEmptyCell)) return;
    const rowNumber = index + 2;
    const found = problems.length;
    const cell = (field: AttendanceField): unknown => {
      const column = match[field];
      return column === undefined ? undefined : cells[column.index];
    };
    const report = (field: AttendanceField, message: string): void => {
      problems.push({
        table: TABLE,
        row: rowNumber,
        column: match[field]?.header ?? field,
        value: cellText(cell(field)),
        message,
      });
    };
    // An Excel error value (#REF!, #N/A…) is never read as a name, a status or a vote.
    for (const field of Object.keys(match) as AttendanceField[]) {
      const errorValue = excelErrorValue(cell(field));
      if (errorValue !== null) report(field, excelErrorMessage(errorValue));
    }
    if (problems.length > found) return;
    const delegate = cellText(cell("delegate"));
    const key = nameWords(delegate).join(" ");
    if (key === "") report("delegate", "nom du délégué obligatoire.");
    else if (seen.has(key)) report("delegate", `même délégué qu'à la ligne ${seen.get(key)}.`);
    else seen.set(key, rowNumber);
    lastBody = cellText(cell("body")) || lastBody;
    if (lastBody === "")
      report(
        "body",
        "organisme représenté obligatoire (une case vide reprend celui de la ligne au-dessus)."
      );
    const status = wordOf(STATUS_WORDS, cell("status"));
    if (status === undefined) report("status", "présence attendue : présent, excusé ou absent.");
    const vote = isEmptyCell(cell("vote")) ? null : wordOf(VOTE_WORDS, cell("vote"));
    if (vote === undefined)
      report("vote", "vote attendu : pour, contre, abstention, ou vide s'il ne prend pas part.");
    const proxyTo = cellText(cell("proxyTo"));
    if (problems.length > found || status === undefined || vote === undefined) return;
    rows.push({
      delegate,
      body: lastBody,
      status,
      proxyTo: proxyTo === "" ? null : proxyTo,
      vote,
      row: rowNumber,
    });
  });
  return { rows, problems };
}
