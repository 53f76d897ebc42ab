import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import type { JournalKeeper } from "../../app/journalKeeper";
import type { WorkbookGateway } from "../../workbook/WorkbookGateway";
import type { PaneStrings } from "../strings";
import { GenerationProgress } from "./GenerationProgress";
import { RegisterFileInput } from "./RegisterFileInput";
import { ReplaceSheetsDialog } from "./ReplaceSheetsDialog";
import { statementsDownloads } from "./statementsDownloads";
import { StatementsFiles } from "./StatementsFiles";
import { StatementsForm } from "./StatementsForm";
import { StatementsRunPanel } from "./StatementsRunPanel";
import { isBusy, settledOf, type StatementsTask } from "./statementsState";
import { statementsStringsFor, type StatementsStrings } from "./statementsStrings";
import { useStatementsWorkflow } from "./useStatementsWorkflow";

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
});

/** The spinner's label of each task. */
function taskLabel(texts: StatementsStrings, task: StatementsTask): string {
  const labels: Record<StatementsTask, string> = {
    openingFile: texts.openingFile,
    creatingSample: texts.createSample,
    creatingSharingSample: texts.createSharingSample,
    checking: texts.checking,
    preparingXlsx: texts.preparingXlsx,
    preparingPdf: texts.preparingPdf,
  };
  return labels[task];
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
 * The state and its steps are useStatementsWorkflow's; this view draws them by `state.kind`.
 *
 * @param props - the workbook, texts, today's date and (for tests) the journal keeper
 * @returns the view
 * @example
 * <StatementsView workbook={workbook} strings={strings} today="2025-03-01" />
 */
export function StatementsView({ workbook, strings, today, keeper }: StatementsViewProps) {
  const styles = useStyles();
  const texts = statementsStringsFor(strings.locale);
  const flow = useStatementsWorkflow({ workbook, texts, today, keeper });
  const { state, notice, output, file } = flow.model;
  const downloads = statementsDownloads(flow, workbook !== null, texts);
  const busy = isBusy(state);
  const shown = settledOf(state);
  const generated = shown.kind === "generated" ? shown.run : null;

  return (
    <section className={styles.root} aria-label={strings.statementsTab}>
      {workbook === null && (
        <RegisterFileInput
          texts={texts}
          fileName={file?.name ?? null}
          disabled={busy}
          onOpen={(chosen) => void flow.openFile(chosen)}
        />
      )}
      <StatementsForm
        texts={texts}
        year={flow.model.year}
        issueDate={flow.model.issueDate}
        busy={busy}
        canCheck={flow.book !== null}
        onYear={flow.setYear}
        onIssueDate={flow.setIssueDate}
        onCheck={() => void flow.check()}
        onCreateSample={() => void flow.createSample()}
        onCreateSharingSample={() => void flow.createSharingSample()}
      />
      {state.kind === "working" && <Spinner size="tiny" label={taskLabel(texts, state.task)} />}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {shown.kind !== "idle" && (
        <StatementsRunPanel
          texts={texts}
          run={shown.run}
          generated={shown.kind === "generated"}
          busy={busy}
          workbook={workbook}
          keeperPlace={flow.journalKeeper.place}
          offerFiles={output === null}
          downloads={downloads}
          notify={flow.notify}
          onGenerate={(run) => void flow.generate(run)}
        />
      )}
      {output && output.workbook !== "pending" && (
        <StatementsFiles
          texts={texts}
          output={output}
          generated={generated}
          downloads={downloads}
          busy={busy}
          onDownloadWorkbook={() => void flow.downloadWorkbook()}
        />
      )}
      {state.kind === "generating" && (
        <GenerationProgress texts={texts} progress={state.progress} onCancel={flow.cancel} />
      )}
      <ReplaceSheetsDialog
        open={state.kind === "confirming"}
        title={texts.replaceTitle}
        body={
          <>
            {texts.replaceText}
            <ul>
              {(state.kind === "confirming" ? state.sheets : []).map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </>
        }
        replaceLabel={texts.replace}
        keepLabel={texts.keep}
        onReplace={() => flow.answerReplace(true)}
        onKeep={() => flow.answerReplace(false)}
      />
    </section>
  );
}
