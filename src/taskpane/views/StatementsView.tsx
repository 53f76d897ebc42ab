import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  SpinButton,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  accountingCsvName,
  newStatementsCsv,
  statementsWorkbookName,
} from "../../app/generationFiles";
import type { JournalKeeper } from "../../app/journalKeeper";
import { sampleRegisterSheets } from "../../app/sampleRegister";
import { SHARING_SAMPLE_YEAR, sharingSampleRegisterSheets } from "../../app/sharingSampleRegister";
import {
  canGenerate,
  generateStatements,
  prepareStatements,
  selectProblem,
  type GenerationReport,
  type StatementsRun,
} from "../../app/statementsWorkflow";
import { formatEuros } from "../../domain/money/formatEuros";
import type { RegisterProblem } from "../../domain/register/RegisterProblem";
import { pesProblems } from "../../domain/pes/pesProblems";
import { pesRecetteFile } from "../../domain/pes/pesRecetteFile";
import { journalCsv } from "../../domain/statements/journalCsv";
import type { NewJournalEntry } from "../../domain/statements/types";
import type { WriteProgress, WorkbookGateway } from "../../workbook/WorkbookGateway";
import { SheetExistsError } from "../../workbook/WorkbookGateway";
import type { XlsxWorkbook } from "../../workbook/file/xlsxWorkbook";
import { createBrowserJournalKeeper } from "../browserJournalKeeper";
import { createRegisterFile, openRegisterFile, XLSX_TYPE } from "../registerFile";
import type { PaneStrings } from "../strings";
import { downloadFile } from "./downloadFile";
import { PreviewTable } from "./PreviewTable";
import { ProblemsTable } from "./ProblemsTable";
import { RegisterFileInput } from "./RegisterFileInput";
import { ReplaceSheetsDialog } from "./ReplaceSheetsDialog";
import { statementsStringsFor } from "./statementsStrings";

/** Props of the statements view. */
export type StatementsViewProps = {
  /** The workbook, or null outside Excel: the register is then an .xlsx file the user opens. */
  workbook: WorkbookGateway | null;
  strings: PaneStrings;
  /** Today, ISO: the default exercise and date of issue. */
  today: string;
  /**
   * Where the journal of each series of numbers is kept besides the workbook; by default the
   * browser's storage (createBrowserJournalKeeper), in Excel as outside it.
   */
  keeper?: JournalKeeper;
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  grow: { flexGrow: 1 },
});

/** Outside Excel, the register file open in memory. */
type RegisterFile = { name: string; workbook: XlsxWorkbook };

/**
 * Outside Excel, what a generation left to download: the statements workbook (offered at once),
 * and the journal it holds, for when the workbook cannot be made or downloaded.
 */
type Output = {
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

/** Something that asks the user before writing over existing sheets. */
type PendingWrite = {
  names: readonly string[];
  write: (replace: ReadonlySet<string>) => Promise<void>;
};

/**
 * Resolves once the browser had the chance to paint what was just set: ExcelJS then builds the
 * statements workbook in one long stretch (tens of seconds for thousands of sheets), and the
 * notice of what was written and the "preparing" spinner must be on screen before.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === "function")
      requestAnimationFrame(() => setTimeout(resolve, 0));
    // A hidden page gets no animation frame: go on all the same.
    setTimeout(resolve, 100);
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The yearly statements: check the register, preview the statements, then generate them (sheets,
 * summary, journal) with progress and a cancel button, and export the accounting CSV. Nothing is
 * written before the user asks, and no existing sheet is replaced without a confirmation.
 * Outside Excel the same steps run on an .xlsx register the user opens (or a new sample one);
 * generating downloads the statements workbook at once, before the CSV and PDFs are offered,
 * and closing the tab asks first until the user downloaded it with its button. In both, the
 * journal of the series is kept by the browser (decision 0011): numbers it holds that the
 * register's journal lacks are announced at the check and put back before any new number.
 *
 * @param props - the workbook, texts, today's date and (for tests) the journal keeper
 * @returns the view
 * @example
 * <StatementsView workbook={workbook} strings={strings} today="2025-03-01" />
 */
export function StatementsView({ workbook, strings, today, keeper }: StatementsViewProps) {
  const styles = useStyles();
  const texts = statementsStringsFor(strings.locale);
  const journalKeeper = useMemo(() => keeper ?? createBrowserJournalKeeper(), [keeper]);
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [issueDate, setIssueDate] = useState(today);
  const [busy, setBusy] = useState<string | null>(null);
  const [run, setRun] = useState<StatementsRun | null>(null);
  const [progress, setProgress] = useState<WriteProgress | null>(null);
  const [report, setReport] = useState<GenerationReport | null>(null);
  const [notice, setNotice] = useState<{
    intent: "success" | "error" | "warning";
    text: string;
  } | null>(null);
  const [pending, setPending] = useState<PendingWrite | null>(null);
  const abort = useRef<AbortController | null>(null);
  const [file, setFile] = useState<RegisterFile | null>(null);
  const [output, setOutput] = useState<Output | null>(null);
  const book: WorkbookGateway | null = workbook ?? file?.workbook ?? null;

  // Outside Excel, numbers issued but not yet in a workbook the user downloaded: closing the tab
  // asks first. (They are kept in the browser's storage whatever happens.)
  const unsaved = output !== null && output.workbook !== "downloaded";
  useEffect(() => {
    if (!unsaved) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set; most show their own text.
      event.returnValue = texts.leaveWarning;
      return texts.leaveWarning;
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved, texts]);

  const guarded = async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setNotice(null);
    try {
      await work();
    } catch (error) {
      setNotice({
        intent: "error",
        text: `${texts.error}${texts.colon}${texts.domainText(messageOf(error))}`,
      });
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  /** Writes, or asks first when sheets with the same names exist. */
  const writeOrAsk = async (write: (replace: ReadonlySet<string>) => Promise<void>) => {
    try {
      await write(new Set());
    } catch (error) {
      if (!(error instanceof SheetExistsError)) throw error;
      setPending({ names: error.sheets, write });
    }
  };

  /** Outside Excel: the register the next steps work on, and nothing left from the last one. */
  const setRegister = (opened: RegisterFile) => {
    setFile(opened);
    setRun(null);
    setReport(null);
    setOutput(null);
  };

  const openFile = (chosen: File) =>
    guarded(texts.openingFile, async () => {
      setRegister({ name: chosen.name, workbook: await openRegisterFile(chosen) });
    });

  const check = () =>
    guarded(texts.checking, async () => {
      if (!book) return;
      setReport(null);
      setRun(await prepareStatements(book, year, issueDate, { keeper: journalKeeper }));
    });

  const createSample = () =>
    guarded(texts.createSample, async () => {
      // Outside Excel with no register open, the sample goes into a new workbook in memory.
      const created = book ? null : await createRegisterFile();
      const target = book ?? created;
      if (!target) return;
      await writeOrAsk(async (replace) => {
        await target.writeSheets(sampleRegisterSheets(year), { replace });
        if (created) setRegister({ name: texts.sampleFileName, workbook: created });
        setNotice({ intent: "success", text: texts.sampleCreated });
      });
    });

  // The sample of the sharing of net charges (RULES.md §5): its school year ends in 2026.
  const createSharingSample = () =>
    guarded(texts.createSharingSample, async () => {
      const created = book ? null : await createRegisterFile();
      const target = book ?? created;
      if (!target) return;
      await writeOrAsk(async (replace) => {
        await target.writeSheets(sharingSampleRegisterSheets(), { replace });
        if (created) setRegister({ name: texts.sharingSampleFileName, workbook: created });
        setYear(SHARING_SAMPLE_YEAR);
        setNotice({ intent: "success", text: texts.sharingSampleCreated });
      });
    });

  /**
   * Outside Excel, makes the statements workbook and downloads it; says so, or why not.
   * `byUser`: the user asked with the button (the only download that ends the close warning:
   * the page cannot tell whether an automatic download was saved).
   */
  const offerWorkbook = async (exercise: number, opened: RegisterFile, byUser: boolean) => {
    let failure: string | null = null;
    try {
      // The register with the statements, the summary and the journal, as Excel would hold them.
      const bytes = await opened.workbook.toXlsx();
      if (!downloadFile(bytes, statementsWorkbookName(exercise), XLSX_TYPE))
        failure = texts.workbookRefused;
    } catch (error) {
      failure = messageOf(error);
    }
    setOutput((last) =>
      last === null
        ? last
        : failure !== null
          ? { ...last, workbook: last.workbook === "downloaded" ? "downloaded" : "failed", failure }
          : {
              ...last,
              workbook: byUser || last.workbook === "downloaded" ? "downloaded" : "offered",
            }
    );
  };

  const generate = (current: StatementsRun) =>
    guarded(texts.generating, () =>
      writeOrAsk(async (replace) => {
        if (!book) return;
        abort.current = new AbortController();
        const series = current.series;
        const opened = workbook === null ? file : null;
        let kept = false;
        const done = await generateStatements(book, current, {
          replace,
          onProgress: setProgress,
          signal: abort.current.signal,
          // Issuing and keeping are one act: the journal is kept before it is written.
          keep: series
            ? async (entries) => {
                await journalKeeper.record(series, entries);
                kept = true;
                if (opened)
                  setOutput({ year: current.year, journal: entries, workbook: "pending" });
              }
            : undefined,
        }).catch((error: unknown) => {
          // Numbers kept but the workbook's journal not written: offer the journal alone (a
          // sheet to replace is asked about first, and the generation then runs again).
          if (kept && opened && !(error instanceof SheetExistsError))
            setOutput((last) => last && { ...last, workbook: "failed", failure: messageOf(error) });
          throw error;
        });
        setReport(done);
        setNotice({
          intent: "success",
          text: texts.generated(
            done.sheetsWritten,
            done.journalAdded,
            done.journalCancelled,
            done.journalRestored
          ),
        });
        // Outside Excel the workbook is the journal's home: it is downloaded first, at once.
        if (opened) {
          setBusy(texts.preparingXlsx);
          await afterNextPaint();
          await offerWorkbook(current.year, opened, false);
        }
      })
    );

  const confirmReplace = (names: readonly string[]) => {
    const write = pending?.write;
    setPending(null);
    if (write) void guarded(busy ?? texts.generating, () => write(new Set(names)));
  };

  /** A download refused: in Excel the data is in the workbook; outside, the browser said no. */
  const refused = () =>
    setNotice({
      intent: "warning",
      text: workbook ? texts.downloadFailed : texts.browserDownloadFailed,
    });

  const downloadCsv = (current: StatementsRun) => {
    if (!current.numbering) return;
    const csv = newStatementsCsv(current.numbering.statements, current.settings).text;
    if (!downloadFile(csv, accountingCsvName(current.year), "text/csv;charset=utf-8")) refused();
  };

  /** The PES V2 file of the new titres, or the settings it lacks, said plainly. */
  const downloadPes = (current: StatementsRun) => {
    if (!current.numbering || !current.settings) return;
    const { statements } = current.numbering;
    const problems = pesProblems(current.settings, statements);
    if (problems.length > 0) {
      setNotice({ intent: "warning", text: texts.pesMissing(problems.map(texts.domainText)) });
      return;
    }
    const pes = pesRecetteFile({ settings: current.settings, statements, year: current.year });
    if (!downloadFile(pes.xml, pes.fileName, "application/xml")) refused();
  };

  const downloadJournal = (kept: Output) => {
    const name = `journal-appels-${kept.year}.csv`;
    if (!downloadFile(journalCsv(kept.journal), name, "text/csv;charset=utf-8")) refused();
  };

  const downloadPdf = (current: StatementsRun) =>
    guarded(texts.preparingPdf, async () => {
      if (!current.numbering || !current.settings) return;
      // The PDF writer is loaded only when asked for, like ExcelJS.
      const { combinedStatementsPdf } = await import(
        /* webpackChunkName: "pdf" */ "../../documents/combinedStatementsPdf"
      );
      // Every statement of the year: those already issued keep their number and date.
      const bytes = combinedStatementsPdf(
        current.numbering.statements,
        current.settings,
        current.year
      );
      if (!downloadFile(bytes, `appels-${current.year}.pdf`, "application/pdf")) refused();
    });

  const downloadWorkbook = (made: Output) =>
    guarded(texts.preparingXlsx, async () => {
      if (file) await offerWorkbook(made.year, file, true);
    });

  /** What the kept journal puts back into the register's journal, said plainly; "" if nothing. */
  const restoredText = (current: StatementsRun): string => {
    const found = current.reconciliation;
    if (!found || (found.restored.length === 0 && found.cancelled.length === 0)) return "";
    return texts.restored(
      journalKeeper.place,
      current.year,
      found.restored.map((entry) => entry.number),
      found.cancelled.map((entry) => entry.number)
    );
  };

  const outputIntent = (made: Output) =>
    made.workbook === "failed" ? "error" : made.workbook === "downloaded" ? "success" : "warning";

  const outputText = (made: Output): string => {
    const name = statementsWorkbookName(made.year);
    if (made.workbook === "failed")
      return texts.workbookFailed(name, made.failure ?? "", `journal-appels-${made.year}.csv`);
    if (made.workbook === "downloaded") return texts.workbookDownloaded(name);
    return `${texts.workbookOffered(name)} ${texts.closeWarned}`;
  };

  // Stable from one progress update to the next, like the problems and the preview they draw:
  // the lists are drawn again only when the run changes (issue 15).
  const select = useCallback(
    (problem: RegisterProblem) => {
      if (run && book)
        void selectProblem(book, run, problem).catch((error: unknown) =>
          setNotice({ intent: "error", text: texts.domainText(messageOf(error)) })
        );
    },
    [run, book, texts]
  );
  const blockers = useMemo(
    () => (run ? [...run.blockers, ...(run.preview?.problems.map((p) => p.message) ?? [])] : []),
    [run]
  );

  return (
    <section className={styles.root} aria-label={strings.statementsTab}>
      {workbook === null && (
        <RegisterFileInput
          texts={texts}
          fileName={file?.name ?? null}
          disabled={busy !== null}
          onOpen={(chosen) => void openFile(chosen)}
        />
      )}
      <div className={styles.row}>
        <Field label={texts.year}>
          <SpinButton
            incrementButton={{ "aria-label": texts.nextYear }}
            decrementButton={{ "aria-label": texts.previousYear }}
            value={year}
            min={2019}
            max={2100}
            onChange={(_, data) => setYear(Number(data.value ?? data.displayValue ?? year))}
          />
        </Field>
        <Field label={texts.issueDate}>
          <Input type="date" value={issueDate} onChange={(_, data) => setIssueDate(data.value)} />
        </Field>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy !== null || book === null} onClick={check}>
          {texts.check}
        </Button>
        <Button disabled={busy !== null} onClick={createSample}>
          {texts.createSample}
        </Button>
        <Button disabled={busy !== null} onClick={createSharingSample}>
          {texts.createSharingSample}
        </Button>
      </div>
      {busy !== null && busy !== texts.generating && <Spinner size="tiny" label={busy} />}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {run && (
        <>
          <Subtitle2 as="h2">{texts.problemsHeading}</Subtitle2>
          <ProblemsTable
            problems={run.problems}
            blockers={blockers}
            texts={texts}
            onSelect={workbook ? select : undefined}
          />
          {/* Before generating; afterwards the generation's notice says they were put back. */}
          {report === null && restoredText(run) && (
            <MessageBar intent="warning">
              <MessageBarBody>{restoredText(run)}</MessageBarBody>
            </MessageBar>
          )}
          {run.preview && run.numbering && (
            <>
              <Subtitle2 as="h2">{texts.previewHeading}</Subtitle2>
              <PreviewTable statements={run.numbering.statements} texts={texts} />
              <MessageBar intent="info">
                <MessageBarBody>
                  {texts.grandTotal(
                    run.preview.totals.count,
                    formatEuros(run.preview.totals.totalCents),
                    run.preview.totals.belowThresholdCount
                  )}
                </MessageBarBody>
              </MessageBar>
            </>
          )}
          {!canGenerate(run) && (
            <MessageBar intent="warning">
              <MessageBarBody>{texts.blocked}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={busy !== null || !canGenerate(run) || report !== null}
              onClick={() => generate(run)}
            >
              {texts.generate}
            </Button>
            {report && !output && (
              <Button onClick={() => downloadCsv(run)}>{texts.downloadCsv}</Button>
            )}
            {report && !output && (
              <Button onClick={() => downloadPes(run)}>{texts.downloadPes}</Button>
            )}
            {report && !output && (
              <Button disabled={busy !== null} onClick={() => downloadPdf(run)}>
                {texts.downloadPdf}
              </Button>
            )}
          </div>
        </>
      )}
      {output && output.workbook !== "pending" && (
        <section className={styles.root} aria-labelledby="statements-files">
          <Subtitle2 as="h2" id="statements-files">
            {texts.filesHeading}
          </Subtitle2>
          <MessageBar intent={outputIntent(output)}>
            <MessageBarBody>{outputText(output)}</MessageBarBody>
          </MessageBar>
          {/* The workbook first: it holds the journal. Then the other files. */}
          <div className={styles.row}>
            <Button
              appearance={output.workbook === "downloaded" ? "secondary" : "primary"}
              disabled={busy !== null}
              onClick={() => downloadWorkbook(output)}
            >
              {texts.downloadXlsx}
            </Button>
            {output.workbook === "failed" && (
              <Button onClick={() => downloadJournal(output)}>{texts.downloadJournal}</Button>
            )}
            {run && report && <Button onClick={() => downloadCsv(run)}>{texts.downloadCsv}</Button>}
            {run && report && <Button onClick={() => downloadPes(run)}>{texts.downloadPes}</Button>}
            {run && report && (
              <Button disabled={busy !== null} onClick={() => downloadPdf(run)}>
                {texts.downloadPdf}
              </Button>
            )}
          </div>
        </section>
      )}
      {busy === texts.generating && (
        <div className={styles.row}>
          <Field
            className={styles.grow}
            label={
              progress
                ? `${texts.generating} ${progress.done} / ${progress.total}`
                : texts.generating
            }
          >
            <ProgressBar
              value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
            />
          </Field>
          <Button onClick={() => abort.current?.abort()}>{texts.cancel}</Button>
        </div>
      )}
      <ReplaceSheetsDialog
        open={pending !== null}
        title={texts.replaceTitle}
        body={
          <>
            {texts.replaceText}
            <ul>
              {(pending?.names ?? []).map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </>
        }
        replaceLabel={texts.replace}
        keepLabel={texts.keep}
        onReplace={() => confirmReplace(pending?.names ?? [])}
        onKeep={() => setPending(null)}
      />
    </section>
  );
}
