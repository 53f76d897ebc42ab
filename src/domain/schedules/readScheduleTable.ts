import { excelSerialToDate, parseDateText } from "../dates/excelDates";
import { toIsoDate } from "../dates/isoDate";
import { DomainError, isDomainError } from "../errors/DomainError";
import { eurosToCents, parseEurosText } from "../money/parseEuros";
import { cellText, isEmptyCell } from "../tables/cellText";
import { excelErrorMessage, excelErrorValue } from "../tables/excelErrorValue";
import { matchHeaders, type HeaderMatch } from "../tables/matchHeaders";
import { summarizeProblems, type TableProblem } from "../tables/TableProblem";
import { normalizeKey } from "../text/normalizeKey";
import { findScheduleConflicts, type NumberedEntry } from "./scheduleConflicts";
import {
  BASIS_WORDS,
  DEFAULT_WORKBOOK_SCHEDULE,
  KIND_WORDS,
  SCHEDULE_COLUMNS,
  type ScheduleField,
} from "./scheduleTableColumns";
import type { ScheduleEntry } from "./types";

const TABLE = "Barème";

class CellProblem extends Error {}

function readYear(cell: unknown, required: boolean): number | null {
  if (isEmptyCell(cell) && !required) return null;
  const year =
    typeof cell === "number" ? cell : typeof cell === "string" ? Number(cell.trim()) : NaN;
  if (!Number.isInteger(year) || year < 1900 || year > 9999)
    throw new CellProblem("exercice attendu (une année, par exemple 2025).");
  return year;
}

function readRate(cell: unknown): number {
  try {
    const cents =
      typeof cell === "number"
        ? eurosToCents(cell, "tarif")
        : parseEurosText(cellText(cell), "tarif");
    if (cents < 0) throw new CellProblem("le tarif doit être positif ou nul.");
    return cents;
  } catch (error) {
    if (isDomainError(error))
      throw new CellProblem("tarif en euros attendu, au plus deux décimales (par exemple 1,30).");
    throw error;
  }
}

function readDate(cell: unknown): string {
  const date = typeof cell === "number" ? excelSerialToDate(cell) : parseDateText(cellText(cell));
  if (!date || Number.isNaN(date.getTime()) || date.getUTCFullYear() > 9999) {
    throw new CellProblem("date attendue (JJ/MM/AAAA).");
  }
  return toIsoDate(date);
}

function readWord<T>(cell: unknown, words: Readonly<Record<string, T>>): T {
  const key = normalizeKey(cellText(cell));
  // hasOwn: a cell reading "constructor" must not find Object.prototype's.
  const value = Object.prototype.hasOwnProperty.call(words, key) ? words[key] : undefined;
  if (value === undefined)
    throw new CellProblem(`valeurs acceptées : ${Object.keys(words).join(", ")}.`);
  return value;
}

function readRow(
  row: readonly unknown[],
  rowNumber: number,
  match: HeaderMatch<ScheduleField>,
  problems: TableProblem[]
): ScheduleEntry | null {
  const found = problems.length;
  const read = <T>(field: ScheduleField, reader: (cell: unknown) => T, fallback: T): T => {
    const column = match[field];
    if (!column) return fallback;
    const cell = row[column.index];
    const errorValue = excelErrorValue(cell);
    if (errorValue !== null) {
      const message = excelErrorMessage(errorValue);
      problems.push({
        table: TABLE,
        row: rowNumber,
        column: column.header,
        value: cellText(cell),
        message,
      });
      return fallback;
    }
    try {
      return reader(cell);
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      problems.push({
        table: TABLE,
        row: rowNumber,
        column: column.header,
        value: cellText(cell),
        message: error.message,
      });
      return fallback;
    }
  };
  const text = (required: boolean) => (cell: unknown) => {
    if (required && isEmptyCell(cell)) throw new CellProblem("valeur obligatoire.");
    return cellText(cell);
  };
  const basis = read("basis", (cell) => readWord(cell, BASIS_WORDS), "amount");
  const entry: ScheduleEntry = {
    schedule: read("schedule", text(false), "") || DEFAULT_WORKBOOK_SCHEDULE,
    component: read("component", text(true), ""),
    keyword: normalizeKey(read("keyword", text(true), "")),
    aliases: read("aliases", text(false), "")
      .split(/[,;/]/)
      .map(normalizeKey)
      .filter((alias) => alias !== ""),
    basis,
    rateCents: read(
      "rate",
      (cell) => (basis === "amount" && isEmptyCell(cell) ? null : readRate(cell)),
      null
    ),
    kind: read("kind", (cell) => readWord(cell, KIND_WORDS), "option"),
    firstYear: read("firstYear", (cell) => readYear(cell, true) ?? 0, 0),
    lastYear: read("lastYear", (cell) => readYear(cell, false), null),
    source: {
      document: read("document", text(true), ""),
      article: read("article", text(false), ""),
      deliberation: read("deliberation", text(true), ""),
      date: read("date", readDate, ""),
    },
  };
  if (entry.basis !== "amount" && entry.rateCents === null && problems.length === found) {
    problems.push({
      table: TABLE,
      row: rowNumber,
      column: match.rate?.header ?? "tarif",
      value: "",
      message: "tarif obligatoire pour cette base.",
    });
  }
  return problems.length === found ? entry : null;
}

/**
 * Reads a schedule table from the workbook (RULES.md §2.3): a header row, then one row per
 * component. Every problem is reported with its row, column and value; blank rows are skipped.
 *
 * @param rows - the table's values, header row first, as Excel passes them
 * @returns the rows read, and the problems found (the rows are usable only when there are none)
 * @example
 * readScheduleTable([["Composante", "Mot-clé", …], ["Base", "base", …]]).problems; // []
 */
export function readScheduleTable(rows: readonly (readonly unknown[])[]): {
  entries: ScheduleEntry[];
  problems: TableProblem[];
} {
  const [header = [], ...body] = rows;
  const { match, problems } = matchHeaders(TABLE, header, SCHEDULE_COLUMNS);
  if (problems.length > 0) return { entries: [], problems };
  const numbered: NumberedEntry[] = [];
  body.forEach((row, index) => {
    if (row.every(isEmptyCell)) return;
    const entry = readRow(row, index + 2, match, problems);
    if (entry) numbered.push({ entry, row: index + 2 });
  });
  if (numbered.length === 0 && problems.length === 0) {
    problems.push({
      table: TABLE,
      row: 2,
      column: "",
      value: "",
      message: "le barème ne contient aucune composante.",
    });
  }
  const headers = {
    schedule: match.schedule?.header ?? "barème",
    keyword: match.keyword?.header ?? "mot-clé",
    lastYear: match.lastYear?.header ?? "dernier exercice",
  };
  problems.push(...findScheduleConflicts(numbered, TABLE, headers));
  return { entries: numbered.map(({ entry }) => entry), problems };
}

/**
 * Reads a schedule table and fails on the first problems, for a custom function argument.
 *
 * @param rows - the table's values, header row first
 * @returns the schedule rows
 * @throws DomainError listing the problems with row and column
 * @example
 * parseScheduleTable(table).length; // number of components
 */
export function parseScheduleTable(rows: readonly (readonly unknown[])[]): ScheduleEntry[] {
  const { entries, problems } = readScheduleTable(rows);
  if (problems.length > 0)
    throw new DomainError(
      "invalid-schedule-table",
      `Barème invalide : ${summarizeProblems(problems)}`
    );
  return entries;
}
