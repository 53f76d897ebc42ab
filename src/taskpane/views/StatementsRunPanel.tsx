import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useMemo } from "react";
import { canGenerate, selectProblem, type StatementsRun } from "../../app/statementsWorkflow";
import type { RegisterProblem } from "../../domain/register/RegisterProblem";
import type { WorkbookGateway } from "../../workbook/WorkbookGateway";
import { ProblemsTable } from "./ProblemsTable";
import { StatementsDownloadButtons } from "./StatementsDownloadButtons";
import type { StatementsDownloads } from "./statementsDownloads";
import { StatementsPreview } from "./StatementsPreview";
import type { StatementsNotice } from "./statementsState";
import type { StatementsStrings } from "./statementsStrings";
import { messageOf } from "./messageOf";

/** Props of a checked run. */
export type StatementsRunPanelProps = {
  texts: StatementsStrings;
  run: StatementsRun;
  /** True once the run was generated: Generate is then disabled. */
  generated: boolean;
  /** True while a task runs. */
  busy: boolean;
  /** Excel's workbook, where a problem's cell is selected; null outside Excel (no selection). */
  workbook: WorkbookGateway | null;
  /** Where the numbers are kept besides the workbook ("ce navigateur"). */
  keeperPlace: string;
  /** The files are offered here once generated, unless the files region offers them. */
  offerFiles: boolean;
  downloads: StatementsDownloads;
  /** Stable: a problem whose cell could not be selected is said with it. */
  notify: (notice: StatementsNotice) => void;
  onGenerate: (run: StatementsRun) => void;
};

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
});

/**
 * A checked run: the register's problems, the numbers the kept journal puts back, the preview,
 * why it cannot be generated, then Generate (and the files once generated). The problems and
 * the preview get props that keep their identity while the run does, so a generation's progress
 * does not draw them again (issue 15).
 *
 * @param props - the run, its state and what to do
 * @returns the panel
 * @example
 * <StatementsRunPanel texts={texts} run={run} generated={false} busy={false} workbook={workbook} keeperPlace="ce navigateur" offerFiles downloads={downloads} notify={notify} onGenerate={generate} />
 */
export function StatementsRunPanel(props: StatementsRunPanelProps) {
  const { texts, run, generated, busy, workbook, notify } = props;
  const styles = useStyles();
  const select = useCallback(
    (problem: RegisterProblem) => {
      if (workbook)
        void selectProblem(workbook, run, problem).catch((error: unknown) =>
          notify({ intent: "error", text: texts.domainText(messageOf(error)) })
        );
    },
    [run, workbook, texts, notify]
  );
  const blockers = useMemo(
    () => [...run.blockers, ...(run.preview?.problems.map((p) => p.message) ?? [])],
    [run]
  );
  const found = run.reconciliation;
  const restored =
    found && (found.restored.length > 0 || found.cancelled.length > 0)
      ? texts.restored(
          props.keeperPlace,
          run.year,
          found.restored.map((entry) => entry.number),
          found.cancelled.map((entry) => entry.number)
        )
      : "";
  return (
    <>
      <Subtitle2 as="h2">{texts.problemsHeading}</Subtitle2>
      <ProblemsTable
        problems={run.problems}
        blockers={blockers}
        texts={texts}
        onSelect={workbook ? select : undefined}
      />
      {/* Before generating; afterwards the generation's notice says they were put back. */}
      {!generated && restored && (
        <MessageBar intent="warning">
          <MessageBarBody>{restored}</MessageBarBody>
        </MessageBar>
      )}
      <StatementsPreview texts={texts} run={run} />
      {!canGenerate(run) && (
        <MessageBar intent="warning">
          <MessageBarBody>{texts.blocked}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy || !canGenerate(run) || generated}
          onClick={() => props.onGenerate(run)}
        >
          {texts.generate}
        </Button>
        {generated && props.offerFiles && (
          <StatementsDownloadButtons
            texts={texts}
            run={run}
            downloads={props.downloads}
            busy={busy}
          />
        )}
      </div>
    </>
  );
}
