import { MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import type { StatementsRun } from "../../app/statementsWorkflow";
import { formatEuros } from "../../domain/money/formatEuros";
import { PreviewTable } from "./PreviewTable";
import type { StatementsStrings } from "./statementsStrings";

/** Props of the preview of the statements. */
export type StatementsPreviewProps = {
  texts: StatementsStrings;
  /** The run checked; nothing is drawn while it has no preview. */
  run: StatementsRun;
};

/**
 * The statements a generation would issue, numbered, and their grand total.
 *
 * @param props - texts and the run
 * @returns the heading, the table (a list in a narrow pane) and the total, or nothing
 * @example
 * <StatementsPreview texts={texts} run={run} />
 */
export function StatementsPreview({ texts, run }: StatementsPreviewProps) {
  if (!run.preview || !run.numbering) return null;
  const { totals } = run.preview;
  return (
    <>
      <Subtitle2 as="h2">{texts.previewHeading}</Subtitle2>
      <PreviewTable statements={run.numbering.statements} texts={texts} />
      <MessageBar intent="info">
        <MessageBarBody>
          {texts.grandTotal(
            totals.count,
            formatEuros(totals.totalCents),
            totals.belowThresholdCount
          )}
        </MessageBarBody>
      </MessageBar>
    </>
  );
}
