import type { NewJournalEntry } from "../../domain/statements/types";
import type {
  RegisterFile,
  SettledStatements,
  StatementsModel,
  StatementsOutput,
} from "./statementsState";

// Outside Excel, the steps of the register file and of the statements workbook made from it.

/**
 * Outside Excel, a register opened (or a sample made): its checks, report and files of the last
 * register are forgotten.
 *
 * @param model - the model
 * @param file - the register open
 * @returns the model on the new register
 * @example
 * registerOpened(model, { name: "registre.xlsx", workbook }).output; // null
 */
export function registerOpened(model: StatementsModel, file: RegisterFile): StatementsModel {
  const idle: SettledStatements = { kind: "idle" };
  const state = model.state.kind === "working" ? { ...model.state, shown: idle } : idle;
  return { ...model, file, state, output: null };
}

/**
 * Outside Excel, numbers kept in the browser: the statements workbook is to be downloaded, and
 * closing the tab asks first until it is.
 *
 * @param model - the model
 * @param year - the exercise
 * @param journal - the exercise's journal as kept
 * @returns the model with its output pending
 * @example
 * journalKept(model, 2025, entries).output?.workbook; // "pending"
 */
export function journalKept(
  model: StatementsModel,
  year: number,
  journal: readonly NewJournalEntry[]
): StatementsModel {
  return { ...model, output: { year, journal, workbook: "pending" } };
}

/**
 * Outside Excel, what became of the statements workbook: downloaded automatically ("offered"),
 * by the user's button ("downloaded", which ends the close warning), or not at all (with why).
 * A workbook the user downloaded stays downloaded.
 *
 * @param model - the model
 * @param outcome - the download's outcome
 * @returns the model with its output updated, unchanged when there is none
 * @example
 * workbookOutcome(model, { byUser: true }).output?.workbook; // "downloaded"
 */
export function workbookOutcome(
  model: StatementsModel,
  outcome: { readonly byUser: boolean } | { readonly failure: string }
): StatementsModel {
  const last = model.output;
  if (last === null) return model;
  const downloaded = last.workbook === "downloaded";
  const output: StatementsOutput =
    "failure" in outcome
      ? { ...last, workbook: downloaded ? "downloaded" : "failed", failure: outcome.failure }
      : { ...last, workbook: outcome.byUser || downloaded ? "downloaded" : "offered" };
  return { ...model, output };
}
