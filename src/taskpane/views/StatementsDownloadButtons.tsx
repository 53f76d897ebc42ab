import { Button } from "@fluentui/react-components";
import type { StatementsRun } from "../../app/statementsWorkflow";
import type { StatementsDownloads } from "./statementsDownloads";
import type { StatementsStrings } from "./statementsStrings";

/** Props of the buttons of a generation's files. */
export type StatementsDownloadButtonsProps = {
  texts: StatementsStrings;
  /** The run generated. */
  run: StatementsRun;
  downloads: StatementsDownloads;
  /** True while a task runs: the PDF, which runs as one, waits. */
  busy: boolean;
};

/**
 * The accounting CSV, the PES file and the PDF of the statements generated, in that order.
 *
 * @param props - texts, the run, the downloads and the busy state
 * @returns the three buttons
 * @example
 * <StatementsDownloadButtons texts={texts} run={run} downloads={downloads} busy={false} />
 */
export function StatementsDownloadButtons({
  texts,
  run,
  downloads,
  busy,
}: StatementsDownloadButtonsProps) {
  return (
    <>
      <Button onClick={() => downloads.csv(run)}>{texts.downloadCsv}</Button>
      <Button onClick={() => downloads.pes(run)}>{texts.downloadPes}</Button>
      <Button disabled={busy} onClick={() => void downloads.pdf(run)}>
        {texts.downloadPdf}
      </Button>
    </>
  );
}
