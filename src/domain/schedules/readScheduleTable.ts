import { DomainError } from "../errors/DomainError";
import { isEmptyCell } from "../tables/cellText";
import { readAmount } from "../tables/readAmount";
import { readDate } from "../tables/readDate";
import { PLAIN_PROBLEMS, readTable, type RowContext } from "../tables/readTable";
import { readRequiredText, readText } from "../tables/readText";
import { readWord } from "../tables/readWord";
import { readOptionalYear, readYear } from "../tables/readYear";
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

const YEAR = "exercice attendu (une année, par exemple 2025).";
const YEARS = { messages: { missing: YEAR, invalid: YEAR } };
const RATE = "tarif en euros attendu, au plus deux décimales (par exemple 1,30).";
const RATES = {
  what: "tarif",
  messages: { missing: RATE, invalid: RATE, negative: "le tarif doit être positif ou nul." },
};
const DATE = "date attendue (JJ/MM/AAAA).";
const DATES = { messages: { missing: DATE, invalid: DATE } };

const wordsOf = (words: Readonly<Record<string, unknown>>) =>
  `valeurs acceptées : ${Object.keys(words).join(", ")}.`;
const readBasis = readWord(BASIS_WORDS, wordsOf(BASIS_WORDS));
const readKind = readWord(KIND_WORDS, wordsOf(KIND_WORDS));

function readRow(r: RowContext<ScheduleField>): NumberedEntry | null {
  const basis = r.read("basis", readBasis, "amount");
  const entry: ScheduleEntry = {
    schedule: r.read("schedule", readText, "") || DEFAULT_WORKBOOK_SCHEDULE,
    component: r.read("component", readRequiredText, ""),
    keyword: normalizeKey(r.read("keyword", readRequiredText, "")),
    aliases: r
      .read("aliases", readText, "")
      .split(/[,;/]/)
      .map(normalizeKey)
      .filter((alias) => alias !== ""),
    basis,
    rateCents: r.read(
      "rate",
      (cell) => (basis === "amount" && isEmptyCell(cell) ? null : readAmount(cell, RATES)),
      null
    ),
    kind: r.read("kind", readKind, "option"),
    firstYear: r.read("firstYear", (cell) => readYear(cell, YEARS), 0),
    lastYear: r.read("lastYear", (cell) => readOptionalYear(cell, YEARS), null),
    source: {
      document: r.read("document", readRequiredText, ""),
      article: r.read("article", readText, ""),
      deliberation: r.read("deliberation", readRequiredText, ""),
      date: r.read("date", (cell) => readDate(cell, DATES), ""),
    },
  };
  if (entry.basis !== "amount" && entry.rateCents === null && !r.hasProblems()) {
    r.report({
      table: TABLE,
      row: r.row,
      column: r.headers.rate ?? "tarif",
      value: "",
      message: "tarif obligatoire pour cette base.",
    });
  }
  return r.hasProblems() ? null : { entry, row: r.row };
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
  const read = readTable(TABLE, rows, SCHEDULE_COLUMNS, readRow, PLAIN_PROBLEMS);
  const { problems } = read;
  if (!read.readable) return { entries: [], problems };
  const numbered = read.items.filter((item): item is NumberedEntry => item !== null);
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
    schedule: read.headers.schedule ?? "barème",
    keyword: read.headers.keyword ?? "mot-clé",
    lastYear: read.headers.lastYear ?? "dernier exercice",
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
