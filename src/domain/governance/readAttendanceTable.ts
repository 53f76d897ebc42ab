import { CellProblem } from "../tables/CellProblem";
import { cellText, isEmptyCell } from "../tables/cellText";
import { PLAIN_PROBLEMS, readTable, type RowContext } from "../tables/readTable";
import { readWord } from "../tables/readWord";
import type { TableProblem } from "../tables/TableProblem";
import type { AttendanceRow } from "./attendance";
import {
  ATTENDANCE_COLUMNS,
  ATTENDANCE_STATUS_WORDS,
  VOTE_WORDS,
  type AttendanceField,
} from "./attendanceColumns";
import { nameWords } from "./matchDelegate";

const TABLE = "Présences";

const FIELDS = ATTENDANCE_COLUMNS.map((column) => column.field);
const readStatus = readWord(
  ATTENDANCE_STATUS_WORDS,
  "présence attendue : présent, excusé ou absent."
);
const readVoteWord = readWord(
  VOTE_WORDS,
  "vote attendu : pour, contre, abstention, ou vide s'il ne prend pas part."
);
const readVote = (cell: unknown) => (isEmptyCell(cell) ? null : readVoteWord(cell));
const BODY_REQUIRED =
  "organisme représenté obligatoire (une case vide reprend celui de la ligne au-dessus).";

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
  const seen = new Map<string, number>();
  let lastBody = "";
  const readRow = (r: RowContext<AttendanceField>): AttendanceRow | null => {
    // An Excel error value (#REF!, #N/A…) is never read as a name, a status or a vote: such a
    // row is told at those cells only.
    for (const field of FIELDS) r.read(field, () => undefined, undefined);
    if (r.hasProblems()) return null;
    const delegate = r.read(
      "delegate",
      (cell) => {
        const name = cellText(cell);
        const key = nameWords(name).join(" ");
        if (key === "") throw new CellProblem("nom du délégué obligatoire.");
        const first = seen.get(key);
        if (first !== undefined) throw new CellProblem(`même délégué qu'à la ligne ${first}.`);
        seen.set(key, r.row);
        return name;
      },
      ""
    );
    lastBody = r.read(
      "body",
      (cell) => {
        const body = cellText(cell) || lastBody;
        if (body === "") throw new CellProblem(BODY_REQUIRED);
        return body;
      },
      lastBody
    );
    const status = r.read("status", readStatus, undefined);
    const vote = r.read("vote", readVote, null);
    const proxyTo = r.read("proxyTo", cellText, "");
    if (r.hasProblems() || status === undefined) return null;
    return {
      delegate,
      body: lastBody,
      status,
      proxyTo: proxyTo === "" ? null : proxyTo,
      vote,
      row: r.row,
    };
  };
  const read = readTable(TABLE, values, ATTENDANCE_COLUMNS, readRow, PLAIN_PROBLEMS);
  const rows = read.items.filter((row): row is AttendanceRow => row !== null);
  return { rows, problems: read.problems };
}
