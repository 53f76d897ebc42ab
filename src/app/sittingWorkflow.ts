import { isDomainError } from "../domain/errors/DomainError";
import type { AttendanceRow } from "../domain/governance/attendance";
import { ATTENDANCE_COLUMNS, type AttendanceField } from "../domain/governance/attendanceColumns";
import { evaluateSitting, type SittingReport } from "../domain/governance/evaluateSitting";
import { parseQuorumRule } from "../domain/governance/parseQuorumRule";
import { readAttendanceTable } from "../domain/governance/readAttendanceTable";
import { ruleInForce } from "../domain/governance/ruleInForce";
import type { IsoDate } from "../domain/dates/isoDate";
import type { Departement, PresidentVote, Subject } from "../domain/governance/types";
import type { SheetSpec } from "../domain/sheets/SheetSpec";
import { matchHeaders } from "../domain/tables/matchHeaders";
import type { TableProblem } from "../domain/tables/TableProblem";
import { normalizeKey } from "../domain/text/normalizeKey";
import type { TableSnapshot, WorkbookGateway } from "../workbook/WorkbookGateway";
import { extractSheet, SUBJECT_TITLES } from "./sittingExtractSheet";

/** Words that, found in a table's name (normalized), make it the attendance table. */
const NAME_WORDS = ["presence", "seance", "emargement"] as const;

/** The attendance table as read from the workbook. */
export interface AttendanceSource {
  readonly table: TableSnapshot;
  /** The rows that read cleanly; rows with a problem are left out. */
  readonly rows: readonly AttendanceRow[];
  /** What does not read, named with the workbook's table (not the domain's "Présences"). */
  readonly problems: readonly TableProblem[];
}

/** What reading the workbook found: the attendance table, or the names of the tables it has. */
export type AttendanceReading =
  | { readonly kind: "found"; readonly source: AttendanceSource }
  | { readonly kind: "missing"; readonly tables: readonly string[] };

/** What the user says about the sitting; everything but the subject has a default. */
export interface SittingParameters {
  readonly subject: Subject;
  /** The day of the sitting; today when omitted or blank. It chooses the quorum rule in force. */
  readonly date?: IsoDate;
  /** For an adhesion: the Département where the applicant lies. */
  readonly applicantDepartement?: Departement;
  /** Members in office; by default the rows of the table. */
  readonly membersInOffice?: number;
  /** A quorum rule imposed instead of the one in force, as typed ("statuts", "presents 1/3"). */
  readonly forcedQuorumRule?: string;
  /** The president's vote, which decides a tie under the absolute majority. */
  readonly presidentVote?: PresidentVote;
  /** What was deliberated, for the extract; by default a title for the subject. */
  readonly title?: string;
}

/** A sitting judged, with its extract ready to write; or why it cannot be judged (French). */
export type SittingJudgement =
  | {
      readonly kind: "judged";
      readonly date: IsoDate;
      readonly report: SittingReport;
      /** A tie under the absolute majority: the president's vote decides it. */
      readonly tie: boolean;
      readonly extract: SheetSpec;
    }
  | { readonly kind: "invalid"; readonly message: string };

/** A cell of a workbook table: row 1 is the header, column 0 the first column. */
export interface TableCell {
  readonly table: string;
  readonly row: number;
  readonly column: number;
}

function readsAsAttendance(snapshot: TableSnapshot): boolean {
  return matchHeaders("", snapshot.values[0] ?? [], ATTENDANCE_COLUMNS).problems.length === 0;
}

/**
 * Finds the attendance table among the workbook's tables: the first whose name contains
 * "présence(s)", "séance" or "émargement" (case and accents ignored), else the first whose header
 * row reads as an attendance table (délégué, organisme représenté, présence…).
 *
 * @param snapshots - every table of the workbook
 * @returns the table, or null when none fits
 * @example
 * findAttendanceTable([{ name: "tblPrésences", … }])?.name; // "tblPrésences"
 */
export function findAttendanceTable(snapshots: readonly TableSnapshot[]): TableSnapshot | null {
  const named = snapshots.find((snapshot) => {
    const key = normalizeKey(snapshot.name);
    return NAME_WORDS.some((word) => key.includes(word));
  });
  return named ?? snapshots.find(readsAsAttendance) ?? null;
}

/**
 * Reads the attendance table from the workbook (readAttendanceTable). Writes nothing.
 *
 * @param workbook - the workbook
 * @returns the table with its rows and problems, or the tables found when none is an attendance table
 * @example
 * const reading = await readAttendance(workbook);
 * if (reading.kind === "found") reading.source.rows.length; // 22 for deliberation 2022-14
 */
export async function readAttendance(workbook: WorkbookGateway): Promise<AttendanceReading> {
  const snapshots = await workbook.readTables();
  const table = findAttendanceTable(snapshots);
  if (!table) return { kind: "missing", tables: snapshots.map((snapshot) => snapshot.name) };
  const { rows, problems } = readAttendanceTable(table.values);
  return {
    kind: "found",
    source: {
      table,
      rows,
      problems: problems.map((problem) => ({ ...problem, table: table.name })),
    },
  };
}

/**
 * Judges a sitting from its attendance table (evaluateSitting) with the rule in force on its day,
 * or the rule the user imposes (parseQuorumRule), and builds the extract to write.
 *
 * @param source - the attendance table read, without problems
 * @param parameters - subject, date, applicant's Département, members, imposed rule, president's vote, title
 * @param today - the default day of the sitting (ISO)
 * @returns the report, whether a tie awaits the president's vote, and the extract; or the
 *   French message of what prevents judging (an invalid date, an unknown rule, a missing
 *   Département for an adhesion, too few members in office)
 * @example
 * judgeSitting(source, { subject: "statutes", forcedQuorumRule: "statuts" }, "2022-06-16");
 * // { kind: "judged", report: { quorum: { reached: false, threshold: 11, … }, … }, … }
 */
export function judgeSitting(
  source: AttendanceSource,
  parameters: SittingParameters,
  today: IsoDate
): SittingJudgement {
  const date = parameters.date?.trim() || today;
  try {
    const forced = parameters.forcedQuorumRule?.trim() ?? "";
    const report = evaluateSitting(source.rows, {
      subject: parameters.subject,
      date,
      quorumRule: forced === "" ? undefined : parseQuorumRule(forced, ruleInForce(date)),
      applicantDepartement: parameters.applicantDepartement,
      membersInOffice: parameters.membersInOffice,
      presidentVote: parameters.presidentVote,
    });
    const { majority } = report;
    const tie =
      majority.rule.kind === "absolute" &&
      majority.cast > 0 &&
      majority.votesFor === majority.votesAgainst;
    const title = parameters.title?.trim() || SUBJECT_TITLES[parameters.subject];
    return {
      kind: "judged",
      date,
      report,
      tie,
      extract: extractSheet(title, date, source.rows, report),
    };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { kind: "invalid", message: error.message };
  }
}

/**
 * Where a problem of the attendance table is: its row, and the column whose header it names
 * (the first column when the header is missing).
 *
 * @param source - the attendance table read
 * @param problem - one of its problems
 * @returns the cell to select
 * @example
 * tableProblemCell(source, { row: 4, column: "Présence", … }); // { table: "Présences", row: 4, column: 2 }
 */
export function tableProblemCell(source: AttendanceSource, problem: TableProblem): TableCell {
  const headers = (source.table.values[0] ?? []).map((cell) =>
    typeof cell === "string" ? normalizeKey(cell) : ""
  );
  // A header found twice is reported on its second occurrence, hence the last index.
  const column = headers.lastIndexOf(normalizeKey(problem.column));
  return { table: source.table.name, row: problem.row, column: Math.max(0, column) };
}

/**
 * The cell of a field on a row of the attendance table: a proxy problem points at the
 * "Pouvoir à" cell of the giver's row, an ignored vote at its "Vote" cell.
 *
 * @param source - the attendance table read
 * @param row - the row (AttendanceProblem.row, Ballot.row: 1 is the header)
 * @param field - the field
 * @returns the cell to select (the row's first cell when the table lacks the column)
 * @example
 * fieldCell(source, 9, "proxyTo"); // { table: "Présences", row: 9, column: 3 }
 */
export function fieldCell(
  source: AttendanceSource,
  row: number,
  field: AttendanceField
): TableCell {
  const { match } = matchHeaders("", source.table.values[0] ?? [], ATTENDANCE_COLUMNS);
  return { table: source.table.name, row, column: match[field]?.index ?? 0 };
}

/**
 * Selects a cell of the attendance table in Excel, to show the user where a problem is.
 *
 * @param workbook - the workbook
 * @param cell - the cell (tableProblemCell, fieldCell)
 * @example
 * await selectCell(workbook, fieldCell(source, 9, "proxyTo"));
 */
export async function selectCell(workbook: WorkbookGateway, cell: TableCell): Promise<void> {
  await workbook.selectTableCell(cell.table, cell.row, cell.column);
}

/**
 * Writes the extract of a sitting into its own sheet. An existing sheet of that name is replaced
 * only when `replace` says so; otherwise the workbook refuses and nothing is written.
 *
 * @param workbook - the workbook
 * @param extract - the extract (SittingJudgement.extract)
 * @param replace - true once the user agreed to replace the existing sheet
 * @throws SheetExistsError when the sheet exists and `replace` is false
 * @example
 * await writeExtract(workbook, judgement.extract, false);
 */
export async function writeExtract(
  workbook: WorkbookGateway,
  extract: SheetSpec,
  replace: boolean
): Promise<void> {
  await workbook.writeSheets([extract], replace ? { replace: new Set([extract.name]) } : {});
}
