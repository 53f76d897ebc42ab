import type { JournalEntry } from "../register/types";
import { date, money, num, text, type SheetCell, type SheetSpec } from "../sheets/SheetSpec";
import type { NewJournalEntry } from "./types";

/**
 * Headers of the journal table, in order. Another module reads the journal back by these exact
 * headers: change them only together.
 *
 * @example
 * JOURNAL_HEADERS.join(" | "); // "Numéro | Exercice | Membre | Montant | Élèves | Date | Barème | Statut"
 */
export const JOURNAL_HEADERS = [
  "Numéro",
  "Exercice",
  "Membre",
  "Montant",
  "Élèves",
  "Date",
  "Barème",
  "Statut",
] as const;

/**
 * Name of the journal sheet.
 *
 * @example
 * journalSheet(entries).name === JOURNAL_SHEET_NAME; // true
 */
export const JOURNAL_SHEET_NAME = "Journal des appels";

/**
 * Name of the journal table.
 *
 * @example
 * journalSheet(entries).table?.name; // "JournalAppels"
 */
export const JOURNAL_TABLE_NAME = "JournalAppels";

/**
 * Text written in the Statut column for each status.
 *
 * @example
 * JOURNAL_STATUS_TEXT.cancelled; // "annulé"
 */
export const JOURNAL_STATUS_TEXT: Readonly<Record<JournalEntry["status"], string>> = {
  issued: "émis",
  cancelled: "annulé",
};

/**
 * The journal rows of entries, in the order of JOURNAL_HEADERS, for appending to the journal
 * table: number and member as text, exercise and pupils as numbers, amount as money, date as an
 * ISO date, schedule and status as text.
 *
 * @param entries - entries to write (new ones from assignNumbers, or whole entries)
 * @returns one row per entry, without the header
 * @example
 * journalRows([entry])[0]?.[0]; // { kind: "text", value: "2025-0001", bold: false }
 */
export function journalRows(entries: readonly (JournalEntry | NewJournalEntry)[]): SheetCell[][] {
  return entries.map((entry) => [
    text(entry.number),
    num(entry.year),
    text(entry.member),
    money(entry.amountCents),
    num(entry.pupils),
    date(entry.date),
    text(entry.schedule),
    text(JOURNAL_STATUS_TEXT[entry.status]),
  ]);
}

/**
 * Column widths of the journal, in characters. Its texts wrap within their columns: a member's
 * name of 120 characters takes three lines of Membre, a long schedule name two of Barème.
 */
const JOURNAL_WIDTHS = [12, 9, 40, 15, 9, 12, 18, 10];

/**
 * The journal sheet for a first generation, when the workbook has no journal yet: the table
 * JournalAppels with the headers of JOURNAL_HEADERS on row 1 and the entries below, landscape;
 * its columns wrap their texts, the rows appended later included.
 *
 * @param entries - the first entries
 * @returns the sheet "Journal des appels"
 * @example
 * journalSheet(changes.added).table; // { name: "JournalAppels", headerRow: 0 }
 */
export function journalSheet(entries: readonly (JournalEntry | NewJournalEntry)[]): SheetSpec {
  return {
    name: JOURNAL_SHEET_NAME,
    rows: [JOURNAL_HEADERS.map((header) => text(header, true)), ...journalRows(entries)],
    columnWidths: JOURNAL_WIDTHS,
    print: { orientation: "landscape" },
    table: { name: JOURNAL_TABLE_NAME, headerRow: 0 },
    // Whole columns, down to the sheet's last row: the rows later generations append wrap too.
    wrap: [{ top: 0, left: 0, right: JOURNAL_HEADERS.length - 1 }],
  };
}
