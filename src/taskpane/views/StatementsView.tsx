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
import { useRef, useState } from "react";
import { sampleRegisterSheets } from "../../app/sampleRegister";
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
import { accountingCsv } from "../../domain/statements/accountingCsv";
import { statementsForAccounting } from "../../domain/statements/statementsForAccounting";
import type { WriteProgress, WorkbookGateway } from "../../workbook/WorkbookGateway";
import { SheetExistsError } from "../../workbook/WorkbookGateway";
import type { XlsxWorkbook } from "../../workbook/file/xlsxWorkbook";
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
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  grow: { flexGrow: 1 },
});

/** Outside Excel, the register file open in memory. */
type RegisterFile = { name: string; workbook: XlsxWorkbook };

/** Something that asks the user before writing over existing sheets. */
type PendingWrite = {
  names: readonly string[];
  write: (replace: ReadonlySet<string>) => Promise<void>;
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The yearly statements: check the register, preview the statements, then generate them (sheets,
 * summary, journal) with progress and a cancel button, and export the accounting CSV. Nothing is
 * written before the user asks, and no existing sheet is replaced without a confirmation.
 * Outside Excel the same steps run on an .xlsx register the user opens (or a new sample one),
 * and the statements workbook is then downloaded.
 *
 * @param props - the workbook, texts and today's date
 * @returns the view
 * @example
 * <StatementsView workbook={workbook} strings={strings} today="2025-03-01" />
 */
export function StatementsView({ workbook, strings, today }: StatementsViewProps) {
  const styles = useStyles();
  const texts = statementsStringsFor(strings.locale);
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
  const book: WorkbookGateway | null = workbook ?? file?.workbook ?? null;

  const guarded = async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setNotice(null);
    try {
      await work();
    } catch (error) {
      setNotice({ intent: "error", text: `${texts.error} : ${messageOf(error)}` });
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
  };

  const openFile = (chosen: File) =>
    guarded(texts.openingFile, async () => {
      setRegister({ name: chosen.name, workbook: await openRegisterFile(chosen) });
    });

  const check = () =>
    guarded(texts.checking, async () => {
      if (!book) return;
      setReport(null);
      setRun(await prepareStatements(book, year, issueDate));
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

  const generate = (current: StatementsRun) =>
    guarded(texts.generating, () =>
      writeOrAsk(async (replace) => {
        if (!book) return;
        abort.current = new AbortController();
        const done = await generateStatements(book, current, {
          replace,
          onProgress: setProgress,
          signal: abort.current.signal,
        });
        setReport(done);
        setNotice({
          intent: "success",
          text: texts.generated(done.sheetsWritten, done.journalAdded, done.journalCancelled),
        });
      })
    );

  const confirmReplace = (names: readonly string[]) => {
    const write = pending?.write;
    setPending(null);
    if (write) void guarded(busy ?? texts.generating, () => write(new Set(names)));
  };

  const downloadCsv = (current: StatementsRun) => {
    if (!current.numbering) return;
    const csv = accountingCsv(statementsForAccounting(current.numbering.statements, "nouveaux"));
    if (!downloadFile(csv, `appels-${current.year}.csv`, "text/csv;charset=utf-8")) {
      setNotice({ intent: "warning", text: texts.downloadFailed });
    }
  };

  const downloadPdf = (current: StatementsRun) =>
    guarded(texts.preparingPdf, async () => {
      if (!current.numbering || !current.settings) return;
      // The PDF writer is loaded only when asked for, like ExcelJS.
      const { statementsPdf } = await import(
        /* webpackChunkName: "pdf" */ "../../documents/statementsPdf"
      );
      // Every statement of the year: those already issued keep their number and date.
      const bytes = statementsPdf(current.numbering.statements, current.settings, current.year);
      if (!downloadFile(bytes, `appels-${current.year}.pdf`, "application/pdf")) {
        setNotice({ intent: "warning", text: texts.downloadFailed });
      }
    });

  const downloadWorkbook = (current: StatementsRun) =>
    guarded(texts.preparingXlsx, async () => {
      if (!file) return;
      // The register with the statements, the summary and the journal, as Excel would hold them.
      const bytes = await file.workbook.toXlsx();
      if (!downloadFile(bytes, `appels-${current.year}.xlsx`, XLSX_TYPE)) {
        setNotice({ intent: "warning", text: texts.downloadFailed });
      }
    });

  const select = (problem: RegisterProblem) => {
    if (run && book)
      void selectProblem(book, run, problem).catch((error: unknown) =>
        setNotice({ intent: "error", text: messageOf(error) })
      );
  };

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
            blockers={[...run.blockers, ...(run.preview?.problems.map((p) => p.message) ?? [])]}
            texts={texts}
            onSelect={workbook ? select : undefined}
          />
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
            {report && file && (
              <Button disabled={busy !== null} onClick={() => downloadWorkbook(run)}>
                {texts.downloadXlsx}
              </Button>
            )}
            {report && <Button onClick={() => downloadCsv(run)}>{texts.downloadCsv}</Button>}
            {report && (
              <Button disabled={busy !== null} onClick={() => downloadPdf(run)}>
                {texts.downloadPdf}
              </Button>
            )}
          </div>
        </>
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
