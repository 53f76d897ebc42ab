import { csvDecimal, csvFile, csvInteger, csvText } from "./csvFields";
import { JOURNAL_HEADERS, JOURNAL_STATUS_TEXT } from "./journalSheet";
import { frenchDate } from "../text/frenchText";
import type { NewJournalEntry } from "./types";

/**
 * Writes a journal of statement numbers as a CSV, for when the statements workbook that holds
 * the journal cannot be made or downloaded: the rows to copy into the register's journal table
 * (JournalAppels) before the next generation, so that no issued number is given again.
 *
 * Format, as the accounting CSV: UTF-8 with a byte-order mark, fields separated by `;`, CR LF
 * after each line; the header row is JOURNAL_HEADERS (`Numéro;Exercice;Membre;Montant;Élèves;
 * Date;Barème;Statut`), then one line per entry in the order given: the exercise and pupils as
 * whole numbers, the amount in euros with a decimal comma, the date `JJ/MM/AAAA`, the status
 * `émis` or `annulé`. Texts go through csvText (a text starting like a formula is neutralised).
 *
 * @param entries - the journal of the exercise (e.g. run.journalAfter)
 * @returns the file's content, BOM included
 * @example
 * journalCsv([hem2025]);
 * // "\uFEFFNuméro;Exercice;Membre;Montant;Élèves;Date;Barème;Statut\r\n2025-0001;2025;Ville de Hem;880,10;677;01/03/2025;ctaf-2023-06-15;émis\r\n"
 */
export function journalCsv(entries: readonly NewJournalEntry[]): string {
  const lines = [
    JOURNAL_HEADERS.map(csvText).join(";"),
    ...entries.map((entry) =>
      [
        csvText(entry.number),
        csvInteger(entry.year),
        csvText(entry.member),
        csvDecimal(entry.amountCents),
        csvInteger(entry.pupils),
        csvText(frenchDate(entry.date)),
        csvText(entry.schedule),
        csvText(JOURNAL_STATUS_TEXT[entry.status]),
      ].join(";")
    ),
  ];
  return csvFile(lines);
}
