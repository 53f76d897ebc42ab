import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { statementsWorkbookName } from "../../app/generationFiles";
import type { StatementsRun } from "../../app/statementsWorkflow";
import { StatementsDownloadButtons } from "./StatementsDownloadButtons";
import type { StatementsDownloads } from "./statementsDownloads";
import type { StatementsOutput } from "./statementsState";
import type { StatementsStrings } from "./statementsStrings";

/** Props of the files of a generation outside Excel. */
export type StatementsFilesProps = {
  texts: StatementsStrings;
  /** What the generation left to download (not "pending": the workbook was offered or failed). */
  output: StatementsOutput;
  /** The run generated, when the generation ended; null when it stopped after keeping numbers. */
  generated: StatementsRun | null;
  downloads: StatementsDownloads;
  /** True while a task runs. */
  busy: boolean;
  /** Makes the statements workbook and downloads it. */
  onDownloadWorkbook: () => void;
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
});

/**
 * What the statements workbook became (downloaded, offered, or why it failed), then its button
 * first (it holds the journal), the journal alone when the workbook failed, and the other files.
 *
 * @param props - texts, the output, the run generated, the downloads
 * @returns the region "Fichiers des appels"
 * @example
 * <StatementsFiles texts={texts} output={output} generated={run} downloads={downloads} busy={false} onDownloadWorkbook={download} />
 */
export function StatementsFiles(props: StatementsFilesProps) {
  const { texts, output, generated, downloads, busy } = props;
  const styles = useStyles();
  const name = statementsWorkbookName(output.year);
  const intent =
    output.workbook === "failed"
      ? "error"
      : output.workbook === "downloaded"
        ? "success"
        : "warning";
  const text =
    output.workbook === "failed"
      ? texts.workbookFailed(name, output.failure ?? "", `journal-appels-${output.year}.csv`)
      : output.workbook === "downloaded"
        ? texts.workbookDownloaded(name)
        : `${texts.workbookOffered(name)} ${texts.closeWarned}`;
  return (
    <section className={styles.root} aria-labelledby="statements-files">
      <Subtitle2 as="h2" id="statements-files">
        {texts.filesHeading}
      </Subtitle2>
      <MessageBar intent={intent}>
        <MessageBarBody>{text}</MessageBarBody>
      </MessageBar>
      <div className={styles.row}>
        <Button
          appearance={output.workbook === "downloaded" ? "secondary" : "primary"}
          disabled={busy}
          onClick={props.onDownloadWorkbook}
        >
          {texts.downloadXlsx}
        </Button>
        {output.workbook === "failed" && (
          <Button onClick={() => downloads.journal(output)}>{texts.downloadJournal}</Button>
        )}
        {generated && (
          <StatementsDownloadButtons
            texts={texts}
            run={generated}
            downloads={downloads}
            busy={busy}
          />
        )}
      </div>
    </section>
  );
}
