/**
 * Yearly contribution statements (RULES.md §6 and §9), pure: who owes the exercise, the drafts
 * and their totals, numbering against the journal, the sheets to write (statements, summary,
 * journal) and the export for the accounting software.
 */
export { pupilsBilledWithPhasing, type PupilsBilled } from "./pupilsBilled";
export { previewStatements } from "./previewStatements";
export { previewTotals } from "./previewTotals";
export { draftWarnings, type DraftFacts } from "./draftWarnings";
export { assignNumbers } from "./assignNumbers";
export { applyJournalChanges } from "./applyJournalChanges";
export { readJournalYear, type JournalYear } from "./journalYear";
export { formatStatementNumber, parseStatementNumber } from "./statementNumber";
export { checkIsoDate, checkYear } from "./checkIsoDate";
export { checkIssueDate, transferDateProblems } from "./checkIssueDate";
export { safeSheetName, statementSheetName, MAX_SHEET_NAME_LENGTH } from "./sheetName";
export { statementSheet, statementTitle } from "./statementSheet";
export { addressLines, debtorRows, issuerRows } from "./statementParties";
export {
  accountantText,
  accountText,
  DUE_DATE_LABEL,
  dueDate,
  EXECUTORY_MENTION,
  MENTION_HEADINGS,
  officerText,
  recourseText,
  statementMentions,
  type MentionBlock,
} from "./legalMentions";
export { LINE_HEADERS, statementLineRows, statementSources } from "./statementLines";
export { summarySheet, summaryTableName, SUMMARY_HEADERS } from "./summarySheet";
export {
  journalRows,
  journalSheet,
  JOURNAL_HEADERS,
  JOURNAL_SHEET_NAME,
  JOURNAL_STATUS_TEXT,
  JOURNAL_TABLE_NAME,
} from "./journalSheet";
export { accountingCsv, accountingObject, ACCOUNTING_CSV_HEADERS } from "./accountingCsv";
export { csvDecimal, csvFile, csvInteger, csvText } from "./csvFields";
export { journalCsv } from "./journalCsv";
export {
  journalOfYear,
  journalWritesOf,
  numberSeries,
  reconcileJournal,
  type JournalReconciliation,
  type NumberSeries,
} from "./keptJournal";
export {
  firstLostEntry,
  keptJournalValue,
  readKeptJournal,
  KEPT_JOURNAL_VERSION,
  type KeptJournalValue,
} from "./keptJournalFormat";
export { lostNumbersMessage, statementSheetsWithoutJournal } from "./sheetsWithoutJournal";
export { statementsForAccounting, type AccountingScope } from "./statementsForAccounting";
export {
  BELOW_THRESHOLD_NOTICE,
  BELOW_THRESHOLD_WARNING,
  PHASING_WARNING,
  RECOVERY_THRESHOLD_CENTS,
} from "./messages";
export type {
  JournalChanges,
  NewJournalEntry,
  NumberedStatement,
  NumberingOutcome,
  NumberingResult,
  PreviewProblem,
  PreviewTotals,
  StatementDraft,
  StatementPreview,
} from "./types";
