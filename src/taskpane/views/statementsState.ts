import type { GenerationReport, StatementsRun } from "../../app/statementsWorkflow";
import type { NewJournalEntry } from "../../domain/statements/types";
import type { WriteProgress } from "../../workbook/WorkbookGateway";
import type { XlsxWorkbook } from "../../workbook/file/xlsxWorkbook";

/** A task the statements view runs under a spinner; each has its own label (statementsStrings). */
export type StatementsTask =
  | "openingFile"
  | "creatingSample"
  | "creatingSharingSample"
  | "checking"
  | "preparingXlsx"
  | "preparingPdf";

/** Where the statements stand between two tasks: what the view draws below its form. */
export type SettledStatements =
  /** Nothing checked yet (or a new register opened since). */
  | { readonly kind: "idle" }
  /** The register checked and its statements previewed; nothing written. */
  | { readonly kind: "checked"; readonly run: StatementsRun }
  /** The statements written: the report of the generation, and the files to download. */
  | { readonly kind: "generated"; readonly run: StatementsRun; readonly report: GenerationReport };

/** A task at work, drawn over what was settled before it began. */
export type WorkingStatements = {
  readonly kind: "working";
  readonly task: StatementsTask;
  readonly shown: SettledStatements;
};

/** The statements being written, with their progress (null before the first batch). */
export type GeneratingStatements = {
  readonly kind: "generating";
  readonly run: StatementsRun;
  readonly progress: WriteProgress | null;
};

/**
 * The statements view's state: settled, a task at work, a generation in progress, or the
 * question asked before a write replaces existing sheets (nothing is written until answered).
 */
export type StatementsState =
  | SettledStatements
  | WorkingStatements
  | GeneratingStatements
  | {
      readonly kind: "confirming";
      /** The existing sheets the write would replace. */
      readonly sheets: readonly string[];
      /** The write, run again with the sheets it may replace once the user agrees. */
      readonly write: (replace: ReadonlySet<string>) => Promise<void>;
      /** The state the write was in when it asked: resumed on "replace". */
      readonly asked: WorkingStatements | GeneratingStatements;
    };

/** A message of the view: a success, an error or a warning. */
export type StatementsNotice = {
  readonly intent: "success" | "error" | "warning";
  readonly text: string;
};

/**
 * Outside Excel, what a generation left to download: the statements workbook (offered at once),
 * and the journal it holds, for when the workbook cannot be made or downloaded.
 */
export type StatementsOutput = {
  readonly year: number;
  /** The exercise's journal as kept: the fallback download. */
  readonly journal: readonly NewJournalEntry[];
  /**
   * "pending" until the automatic download, "offered" once it was started, "downloaded" once
   * the user downloaded the workbook with its button, "failed" when it could not be made or
   * downloaded (detail in `failure`).
   */
  readonly workbook: "pending" | "offered" | "downloaded" | "failed";
  readonly failure?: string;
};

/** Outside Excel, the register file open in memory. */
export type RegisterFile = { readonly name: string; readonly workbook: XlsxWorkbook };

/** Everything the statements view holds, in one value. */
export type StatementsModel = {
  readonly state: StatementsState;
  readonly notice: StatementsNotice | null;
  /** The exercise and the date of issue, as typed. */
  readonly year: number;
  readonly issueDate: string;
  /** Outside Excel: the register open, and what its last generation left to download. */
  readonly file: RegisterFile | null;
  readonly output: StatementsOutput | null;
};

/**
 * The view's first state: nothing checked, the exercise and date of issue of today.
 *
 * @param today - ISO date
 * @returns the model
 * @example
 * initialStatements("2025-03-01").year; // 2025
 */
export function initialStatements(today: string): StatementsModel {
  const year = Number(today.slice(0, 4));
  return {
    state: { kind: "idle" },
    notice: null,
    year,
    issueDate: today,
    file: null,
    output: null,
  };
}

/**
 * What the view draws below its form in a state: the settled state a task works over.
 *
 * @param state - any state
 * @returns the settled state drawn
 * @example
 * settledOf({ kind: "generating", run, progress: null }); // { kind: "checked", run }
 */
export function settledOf(state: StatementsState): SettledStatements {
  switch (state.kind) {
    case "working":
      return state.shown;
    case "generating":
      return { kind: "checked", run: state.run };
    case "confirming":
      return settledOf(state.asked);
    default:
      return state;
  }
}

/**
 * True while a task or a generation runs: the buttons that start another are disabled.
 *
 * @param state - the state
 * @returns whether the view is busy
 * @example
 * isBusy({ kind: "idle" }); // false
 */
export function isBusy(state: StatementsState): boolean {
  return state.kind === "working" || state.kind === "generating";
}
