import type { JournalEntry } from "../register/types";
import { parseStatementNumber } from "./statementNumber";

const STATEMENT_SHEET = /^appel\s+(\d{4}-\d{4,})$/i;

/**
 * Numbers of the exercise that a statement sheet of the workbook carries ("Appel 2025-0005") but
 * the journal does not: the journal lost rows (deleted by hand), so these numbers were issued and
 * must never be given to another statement. Generation stops until the journal has them back:
 * numbering past them would bill the member of the lost row twice.
 *
 * @param sheetNames - every sheet of the workbook
 * @param journal - the journal to number against (all exercises)
 * @param year - the exercise
 * @returns the numbers, in order, with the sheet that carries each
 * @example
 * statementSheetsWithoutJournal(["Appel 2025-0005"], journalUpTo0004, 2025);
 * // [{ number: "2025-0005", sheet: "Appel 2025-0005" }]
 */
export function statementSheetsWithoutJournal(
  sheetNames: readonly string[],
  journal: readonly JournalEntry[],
  year: number
): { number: string; sheet: string }[] {
  const known = new Set(journal.map((entry) => entry.number.trim()));
  const found: { number: string; sheet: string; seq: number }[] = [];
  for (const sheet of sheetNames) {
    const raw = STATEMENT_SHEET.exec(sheet.trim())?.[1];
    if (raw === undefined) continue;
    const parsed = parseStatementNumber(raw);
    if (parsed === null || parsed.year !== year || known.has(raw)) continue;
    found.push({ number: raw, sheet, seq: parsed.seq });
  }
  return found.sort((a, b) => a.seq - b.seq).map(({ number, sheet }) => ({ number, sheet }));
}

/**
 * Message for statement sheets whose numbers the journal lost.
 *
 * @param lost - from statementSheetsWithoutJournal
 * @returns the French message
 * @example
 * lostNumbersMessage([{ number: "2025-0005", sheet: "Appel 2025-0005" }]).startsWith("Le journal des appels n'a pas"); // true
 */
export function lostNumbersMessage(lost: readonly { number: string; sheet: string }[]): string {
  const numbers = lost.map((item) => item.number).join(", ");
  const sheets = lost.map((item) => `« ${item.sheet} »`).join(", ");
  const plural = lost.length > 1;
  return (
    `Le journal des appels n'a pas ${plural ? "les numéros" : "le numéro"} ${numbers}, ` +
    `alors que ${plural ? "les feuilles" : "la feuille"} ${sheets} ${plural ? "existent" : "existe"} : ` +
    `${plural ? "ces numéros ont été émis et leurs lignes" : "ce numéro a été émis et sa ligne"} ` +
    "supprimée(s) du journal. Remettez dans le journal la ligne de chaque appel émis (numéro, " +
    "membre, montant, date) avant de générer : aucun numéro émis n'est redonné à un autre appel."
  );
}
