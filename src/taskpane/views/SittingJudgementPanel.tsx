import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
} from "@fluentui/react-components";
import {
  fieldCell,
  type AttendanceSource,
  type SittingJudgement,
  type TableCell,
} from "../../app/sittingWorkflow";
import type { WorkbookGateway } from "../../workbook/WorkbookGateway";
import { SittingExtractWriter } from "./SittingExtractWriter";
import { SittingForm, type SittingFormValues } from "./SittingForm";
import { SittingResults, type SittingPointer } from "./SittingResults";
import type { SittingStrings } from "./sittingStrings";

/** Props of a sitting judged from a table that read cleanly. */
export type SittingJudgementPanelProps = {
  workbook: WorkbookGateway;
  source: AttendanceSource;
  values: SittingFormValues;
  /** The sitting judged as the form says; null while the form is not complete. */
  judgement: SittingJudgement | null;
  strings: SittingStrings;
  onChange: (change: Partial<SittingFormValues>) => void;
  /** Selects a cell of the table in Excel. */
  onSelect: (cell: TableCell) => void;
};

/**
 * The table read, the sitting's parameters, then why it cannot be judged or the judgement (the
 * proxies and ignored votes each selecting their cell) and the button that writes the extract.
 *
 * @param props - the workbook, the table, the form, the judgement and the texts
 * @returns the panel
 * @example
 * <SittingJudgementPanel workbook={workbook} source={source} values={values} judgement={judgement} strings={texts} onChange={change} onSelect={select} />
 */
export function SittingJudgementPanel(props: SittingJudgementPanelProps) {
  const { workbook, source, judgement, strings, onSelect } = props;
  const pointer = (key: string, message: string, cell: TableCell): SittingPointer => ({
    key,
    message,
    select: () => onSelect(cell),
  });
  return (
    <>
      <Caption1>{strings.tableRead(source.table.name, source.rows.length)}</Caption1>
      <Subtitle2 as="h3">{strings.parametersHeading}</Subtitle2>
      <SittingForm
        values={props.values}
        onChange={props.onChange}
        strings={strings}
        rows={source.rows.length}
        tie={judgement?.kind === "judged" && judgement.tie}
      />
      {judgement?.kind === "invalid" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.cannotJudge}</MessageBarTitle>
            {judgement.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {judgement?.kind === "judged" && (
        <>
          <SittingResults
            report={judgement.report}
            strings={strings}
            proxyProblems={judgement.report.proxyProblems.map((problem, index) =>
              pointer(`proxy-${index}`, problem.message, fieldCell(source, problem.row, "proxyTo"))
            )}
            ignoredVotes={judgement.report.votes.ignored.map((vote, index) =>
              pointer(
                `vote-${index}`,
                strings.ignoredVote(vote.row, vote.delegate, vote.reason),
                fieldCell(source, vote.row, "vote")
              )
            )}
          />
          <SittingExtractWriter workbook={workbook} extract={judgement.extract} strings={strings} />
        </>
      )}
    </>
  );
}
