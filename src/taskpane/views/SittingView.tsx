import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import type { WorkbookGateway } from "../../workbook/WorkbookGateway";
import type { PaneStrings } from "../strings";
import { SittingJudgementPanel } from "./SittingJudgementPanel";
import { sittingStringsOf } from "./sittingStrings";
import { SittingTableProblems } from "./SittingTableProblems";
import { useSittingWorkflow } from "./useSittingWorkflow";

/** Props of the sitting view. */
export type SittingViewProps = {
  /** The workbook, or null outside Excel. */
  workbook: WorkbookGateway | null;
  strings: PaneStrings;
  /** Today, ISO: the default day of the sitting. */
  today: string;
};

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  read: { alignSelf: "flex-start" },
});

/**
 * The comité's sitting: reads the attendance table, checks the proxies, judges the quorum and the
 * outcome under the rules in force on the day, each with its rule and source, and writes an
 * extract into a sheet on request, asking before replacing one. A click on a problem selects its
 * cell in Excel. Outside Excel it says it needs a workbook.
 *
 * @param props - the workbook (null outside Excel), the pane's texts, today
 * @returns the view
 * @example
 * <SittingView workbook={workbook} strings={stringsFor("fr-FR")} today="2025-03-01" />
 */
export function SittingView({ workbook, strings, today }: SittingViewProps) {
  if (!workbook) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{strings.needsExcel}</MessageBarBody>
      </MessageBar>
    );
  }
  return <SittingWorkbookView workbook={workbook} strings={strings} today={today} />;
}

/** The sitting view in Excel: its state is useSittingWorkflow's, drawn by `state.kind`. */
function SittingWorkbookView({
  workbook,
  strings,
  today,
}: SittingViewProps & { workbook: WorkbookGateway }) {
  const styles = useStyles();
  const headingId = useId();
  const texts = sittingStringsOf(strings);
  const sitting = useSittingWorkflow(workbook, today);
  const { state } = sitting;
  const failure =
    state.kind === "failed"
      ? state.message
      : state.kind === "read" || state.kind === "unreadable"
        ? state.failure
        : null;

  return (
    <section className={styles.view} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {texts.heading}
      </Subtitle2>
      <Body1>{texts.intro}</Body1>
      <Button
        className={styles.read}
        appearance="primary"
        disabled={state.kind === "reading"}
        onClick={() => void sitting.read()}
      >
        {texts.read}
      </Button>
      {state.kind === "reading" && <Spinner size="tiny" label={texts.reading} />}
      {failure !== null && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{texts.failed}</MessageBarTitle>
            {failure}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "missing" && (
        <MessageBar intent="error">
          <MessageBarBody>{texts.noTable(state.tables)}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "unreadable" && (
        <SittingTableProblems source={state.source} strings={texts} onSelect={sitting.select} />
      )}
      {state.kind === "read" && (
        <SittingJudgementPanel
          workbook={workbook}
          source={state.source}
          values={sitting.values}
          judgement={sitting.judgement}
          strings={texts}
          onChange={sitting.change}
          onSelect={sitting.select}
        />
      )}
    </section>
  );
}
