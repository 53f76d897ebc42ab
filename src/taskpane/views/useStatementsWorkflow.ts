import { useCallback, useMemo, useRef, useState } from "react";
import type { JournalKeeper } from "../../app/journalKeeper";
import { sampleRegisterSheets } from "../../app/sampleRegister";
import { SHARING_SAMPLE_YEAR, sharingSampleRegisterSheets } from "../../app/sharingSampleRegister";
import {
  generateStatements,
  prepareStatements,
  type StatementsRun,
} from "../../app/statementsWorkflow";
import type { SheetSpec } from "../../domain/sheets/SheetSpec";
import type { WorkbookGateway, WriteProgress } from "../../workbook/WorkbookGateway";
import { SheetExistsError } from "../../workbook/WorkbookGateway";
import { createBrowserJournalKeeper } from "../browserJournalKeeper";
import { createRegisterFile, openRegisterFile } from "../registerFile";
import { afterNextPaint } from "./afterNextPaint";
import { messageOf } from "./messageOf";
import { offerStatementsWorkbook } from "./offerStatementsWorkbook";
import { useCloseWarning } from "./useCloseWarning";
import { journalKept, registerOpened, workbookOutcome } from "./registerFileTransitions";
import {
  initialStatements,
  type RegisterFile,
  type StatementsModel,
  type StatementsNotice,
  type StatementsTask,
} from "./statementsState";
import {
  checked,
  generated,
  generationStarted,
  noticed,
  progressed,
  replaceAnswered,
  replaceAsked,
  taskEnded,
  taskFollowed,
  taskStarted,
} from "./statementsTransitions";
import type { StatementsStrings } from "./statementsStrings";

/** What the statements workflow needs. */
export type StatementsWorkflowOptions = {
  /** The workbook, or null outside Excel: the register is then an .xlsx file the user opens. */
  workbook: WorkbookGateway | null;
  texts: StatementsStrings;
  /** Today, ISO: the default exercise and date of issue. */
  today: string;
  /** Where the journal of each series is kept; by default the browser's storage. */
  keeper?: JournalKeeper;
};

/** The statements workflow: its model, and the steps the user takes. */
export type StatementsWorkflow = {
  readonly model: StatementsModel;
  /** The workbook the steps work on: Excel's, or the register file open; null before one is. */
  readonly book: WorkbookGateway | null;
  readonly journalKeeper: JournalKeeper;
  readonly setYear: (year: number) => void;
  readonly setIssueDate: (date: string) => void;
  readonly openFile: (chosen: File) => Promise<void>;
  readonly check: () => Promise<void>;
  readonly createSample: () => Promise<void>;
  readonly createSharingSample: () => Promise<void>;
  readonly generate: (run: StatementsRun) => Promise<void>;
  /** Stops a generation between batches; what was written stays. */
  readonly cancel: () => void;
  /** The answer to the question before replacing sheets. */
  readonly answerReplace: (replace: boolean) => void;
  /** A notice from outside the workflow's steps (a download refused, a cell not selected). */
  readonly notify: (notice: StatementsNotice) => void;
  /** Outside Excel, makes the statements workbook and downloads it at the user's request. */
  readonly downloadWorkbook: () => Promise<void>;
  /** Runs a task under its spinner; an error it throws becomes the error notice. */
  readonly runTask: (task: StatementsTask, work: () => Promise<void>) => Promise<void>;
};

/**
 * The yearly statements' workflow, as one model (statementsState.ts): read the register, check
 * and preview, ask before replacing sheets, generate (the journal kept by the keeper before it
 * is written, decision 0011), and outside Excel download the statements workbook at once and
 * warn before the tab closes until the user downloaded it. The calls into `src/app` are those
 * the view always made, in the same order; this hook only holds the state around them.
 *
 * @param options - the workbook, texts, today's date and (for tests) the journal keeper
 * @returns the model and the steps
 * @example
 * const flow = useStatementsWorkflow({ workbook, texts, today: "2025-03-01" });
 * await flow.check(); // flow.model.state.kind === "checked"
 */
export function useStatementsWorkflow({
  workbook,
  texts,
  today,
  keeper,
}: StatementsWorkflowOptions): StatementsWorkflow {
  const journalKeeper = useMemo(() => keeper ?? createBrowserJournalKeeper(), [keeper]);
  const [model, setModel] = useState<StatementsModel>(() => initialStatements(today));
  const abort = useRef<AbortController | null>(null);
  const { file, year, issueDate } = model;
  const book: WorkbookGateway | null = workbook ?? file?.workbook ?? null;

  // Outside Excel, numbers issued but not yet in a workbook the user downloaded: closing the tab
  // asks first. (They are kept in the browser's storage whatever happens.)
  const unsaved = model.output !== null && model.output.workbook !== "downloaded";
  useCloseWarning(unsaved, texts.leaveWarning);

  // Stable: the generation's progress redraws the progress bar only (issue 15).
  const onProgress = useCallback(
    (progress: WriteProgress) => setModel((last) => progressed(last, progress)),
    []
  );
  const notify = useCallback(
    (notice: StatementsNotice) => setModel((last) => noticed(last, notice)),
    []
  );

  /** Runs work from a started state; an error becomes the notice; then settles. */
  const guarded = async (
    start: (last: StatementsModel) => StatementsModel,
    work: () => Promise<void>
  ) => {
    setModel(start);
    try {
      await work();
    } catch (error) {
      notify({
        intent: "error",
        text: `${texts.error}${texts.colon}${texts.domainText(messageOf(error))}`,
      });
    } finally {
      setModel(taskEnded);
    }
  };
  const runTask = (task: StatementsTask, work: () => Promise<void>) =>
    guarded((last) => taskStarted(last, task), work);

  /** Writes, or asks first when sheets with the same names exist. */
  const writeOrAsk = async (write: (replace: ReadonlySet<string>) => Promise<void>) => {
    try {
      await write(new Set());
    } catch (error) {
      if (!(error instanceof SheetExistsError)) throw error;
      setModel((last) => replaceAsked(last, error.sheets, write));
    }
  };

  const answerReplace = (replace: boolean) => {
    const asking = model.state;
    if (asking.kind !== "confirming") return;
    const names = new Set(asking.sheets);
    if (!replace) setModel((last) => replaceAnswered(last, false));
    // Run again with the sheets the user agreed to replace (asking no more).
    else
      void guarded(
        (last) => replaceAnswered(last, true),
        () => asking.write(names)
      );
  };

  /**
   * Outside Excel, makes the statements workbook and downloads it; says so, or why not.
   * `byUser`: the user asked with the button (the only download that ends the close warning:
   * the page cannot tell whether an automatic download was saved).
   */
  const offerWorkbook = async (exercise: number, opened: RegisterFile, byUser: boolean) => {
    const failure = await offerStatementsWorkbook(opened, exercise, texts);
    const outcome = failure !== null ? { failure } : { byUser };
    setModel((last) => workbookOutcome(last, outcome));
  };

  const openFile = (chosen: File) =>
    runTask("openingFile", async () => {
      const opened = { name: chosen.name, workbook: await openRegisterFile(chosen) };
      setModel((last) => registerOpened(last, opened));
    });

  const check = () =>
    runTask("checking", async () => {
      if (!book) return;
      const run = await prepareStatements(book, year, issueDate, { keeper: journalKeeper });
      setModel((last) => checked(last, run));
    });

  /** Writes a sample register: into the workbook, or outside Excel a new one in memory. */
  const writeSample = async (
    sheets: readonly SheetSpec[],
    name: string,
    done: string,
    exercise?: number
  ) => {
    const created = book ? null : await createRegisterFile();
    const target = book ?? created;
    if (!target) return;
    await writeOrAsk(async (replace) => {
      await target.writeSheets(sheets, { replace });
      if (created) setModel((last) => registerOpened(last, { name, workbook: created }));
      if (exercise !== undefined) setModel((last) => ({ ...last, year: exercise }));
      notify({ intent: "success", text: done });
    });
  };

  const createSample = () =>
    runTask("creatingSample", () =>
      writeSample(sampleRegisterSheets(year), texts.sampleFileName, texts.sampleCreated)
    );

  // The sample of the sharing of net charges (RULES.md §5): its school year ends in 2026.
  const createSharingSample = () =>
    runTask("creatingSharingSample", () =>
      writeSample(
        sharingSampleRegisterSheets(),
        texts.sharingSampleFileName,
        texts.sharingSampleCreated,
        SHARING_SAMPLE_YEAR
      )
    );

  const generate = (current: StatementsRun) =>
    guarded(
      (last) => generationStarted(last, current),
      () =>
        writeOrAsk(async (replace) => {
          if (!book) return;
          abort.current = new AbortController();
          const series = current.series;
          const opened = workbook === null ? file : null;
          let kept = false;
          const done = await generateStatements(book, current, {
            replace,
            onProgress,
            signal: abort.current.signal,
            // Issuing and keeping are one act: the journal is kept before it is written.
            keep: series
              ? async (entries) => {
                  await journalKeeper.record(series, entries);
                  kept = true;
                  if (opened) setModel((last) => journalKept(last, current.year, entries));
                }
              : undefined,
          }).catch((error: unknown) => {
            // Numbers kept but the workbook's journal not written: offer the journal alone (a
            // sheet to replace is asked about first, and the generation then runs again).
            if (kept && opened && !(error instanceof SheetExistsError))
              setModel((last) => workbookOutcome(last, { failure: messageOf(error) }));
            throw error;
          });
          const text = texts.generated(
            done.sheetsWritten,
            done.journalAdded,
            done.journalCancelled,
            done.journalRestored
          );
          setModel((last) => generated(last, current, done, text));
          // Outside Excel the workbook is the journal's home: it is downloaded first, at once.
          if (opened) {
            setModel((last) => taskFollowed(last, "preparingXlsx"));
            await afterNextPaint();
            await offerWorkbook(current.year, opened, false);
          }
        })
    );

  const downloadWorkbook = () =>
    runTask("preparingXlsx", async () => {
      const made = model.output;
      if (file && made) await offerWorkbook(made.year, file, true);
    });

  return {
    model,
    book,
    journalKeeper,
    setYear: (value) => setModel((last) => ({ ...last, year: value })),
    setIssueDate: (value) => setModel((last) => ({ ...last, issueDate: value })),
    openFile,
    check,
    createSample,
    createSharingSample,
    generate,
    cancel: () => abort.current?.abort(),
    answerReplace,
    notify,
    downloadWorkbook,
    runTask,
  };
}
