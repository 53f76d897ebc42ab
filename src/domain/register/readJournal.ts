import { isEmptyCell } from "../tables/cellText";
import { readAmount } from "../tables/readAmount";
import { readDate } from "../tables/readDate";
import type { TableRead } from "../tables/readTable";
import { readRequiredText, readText } from "../tables/readText";
import { readWholeNumber } from "../tables/readWholeNumber";
import { readWord } from "../tables/readWord";
import { readYear } from "../tables/readYear";
import { REGISTER_DATES } from "./dateCells";
import { JOURNAL_COLUMNS, type JournalField } from "./journalColumns";
import { MESSAGES } from "./registerMessages";
import { REGISTER_TABLES, type RegisterProblem } from "./RegisterProblem";
import { readRegisterTable } from "./readRegisterTable";
import { JOURNAL_STATUS_WORDS } from "./registerWords";
import type { JournalEntry, JournalStatus } from "./types";

const readWordStatus = readWord(JOURNAL_STATUS_WORDS, MESSAGES.status);

function readStatus(cell: unknown): JournalStatus {
  return isEmptyCell(cell) ? "issued" : readWordStatus(cell);
}

/**
 * Reads the Journal table, the statements already issued: the add-in writes it and reads it
 * back to number new statements and to compare pupils with last year. An empty status is
 * "émis".
 *
 * @param rows - the table's values, header row first
 * @returns the entries, the headers as typed and the problems
 * @example
 * readJournal(rows).items[0]?.amountCents; // 46930 for "469,30"
 */
export function readJournal(
  rows: readonly (readonly unknown[])[]
): TableRead<JournalField, JournalEntry, RegisterProblem> {
  return readRegisterTable(REGISTER_TABLES.journal, rows, JOURNAL_COLUMNS, (r): JournalEntry => ({
    row: r.row,
    number: r.read("number", readRequiredText, ""),
    year: r.read("year", readYear, 0),
    member: r.read("member", readRequiredText, ""),
    amountCents: r.read("amount", readAmount, 0),
    pupils: r.read("pupils", readWholeNumber, 0),
    date: r.read("date", (cell) => readDate(cell, REGISTER_DATES), ""),
    schedule: r.read("schedule", readText, ""),
    status: r.read("status", readStatus, "issued"),
  }));
}
