import {
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import {
  fieldCell,
  judgeSitting,
  readAttendance,
  selectCell,
  tableProblemCell,
  type AttendanceSource,
  type TableCell,
} from "../../app/sittingWorkflow";
import { describeProblem } from "../../domain/tables/TableProblem";
import type { WorkbookGateway } from "../../workbook/WorkbookGateway";
import type { PaneStrings } from "../strings";
import { SittingExtractWriter } from "./SittingExtractWriter";
import { SittingForm, sittingParametersOf, type SittingFormValues } from "./SittingForm";
import { SittingResults, type SittingPointer } from "./SittingResults";
import { sittingStringsOf } from "./sittingStrings";

/** Props of the sitting view. */
export type SittingViewProps = {
  /** The workbook, or null outside Excel. */
  workbook: WorkbookGateway | null;
  strings: PaneStrings;
  /** Today, ISO: the default day of the sitting. */
  today: string;
};

type Reading =
  | { status: "idle" }
  | { status: "reading" }
  | { status: "missing"; tables: readonly string[] }
  | { status: "found"; source: AttendanceSource };

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
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
  const styles = useStyles();
  const headingId = useId();
  const texts = sittingStringsOf(strings);
  const [reading, setReading] = useState<Reading>({ status: "idle" });
  const [values, setValues] = useState<SittingFormValues>({
    date: today,
    subject: "ordinary",
    departement: "",
    title: "",
    members: "",
    forcedRule: "",
    presidentVote: undefined,
  });
  const [failure, setFailure] = useState<string | null>(null);
  const source = reading.status === "found" ? reading.source : null;
  const judgement = useMemo(() => {
    const parameters = sittingParametersOf(values);
    if (!source || source.problems.length > 0 || !parameters) return null;
    return judgeSitting(source, parameters, today);
  }, [source, values, today]);

  if (!workbook) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{strings.needsExcel}</MessageBarBody>
      </MessageBar>
    );
  }
  const book = workbook;

  const read = async (): Promise<void> => {
    setFailure(null);
    setReading({ status: "reading" });
    try {
      const found = await readAttendance(book);
      setReading(
        found.kind === "found"
          ? { status: "found", source: found.source }
          : { status: "missing", tables: found.tables }
      );
    } catch (error) {
      setReading({ status: "idle" });
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  const select = (cell: TableCell) => {
    setFailure(null);
    selectCell(book, cell).catch((error: unknown) =>
      setFailure(error instanceof Error ? error.message : String(error))
    );
  };
  const pointer = (key: string, message: string, cell: TableCell): SittingPointer => ({
    key,
    message,
    select: () => select(cell),
  });

  return (
    <section className={styles.view} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {texts.heading}
      </Subtitle2>
      <Body1>{texts.intro}</Body1>
      <Button
        className={styles.read}
        appearance="primary"
        disabled={reading.status === "reading"}
        onClick={() => void read()}
      >
        {texts.read}
      </Button>
      {reading.status === "reading" && <Spinner size="tiny" label={texts.reading} />}
      {failure !== null && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{texts.failed}</MessageBarTitle>
            {failure}
          </MessageBarBody>
        </MessageBar>
      )}
      {reading.status === "missing" && (
        <MessageBar intent="error">
          <MessageBarBody>{texts.noTable(reading.tables)}</MessageBarBody>
        </MessageBar>
      )}
      {source && source.problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {texts.unreadable(source.table.name, source.problems.length)}
            </MessageBarTitle>
            <ul className={styles.list}>
              {source.problems.map((problem, index) => (
                <li key={`${problem.row}-${problem.column}-${index}`}>
                  <Link as="button" onClick={() => select(tableProblemCell(source, problem))}>
                    {describeProblem(problem)}
                  </Link>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {source && source.problems.length === 0 && (
        <>
          <Caption1>{texts.tableRead(source.table.name, source.rows.length)}</Caption1>
          <Subtitle2 as="h3">{texts.parametersHeading}</Subtitle2>
          <SittingForm
            values={values}
            onChange={(change) => setValues((current) => ({ ...current, ...change }))}
            strings={texts}
            rows={source.rows.length}
            tie={judgement?.kind === "judged" && judgement.tie}
          />
        </>
      )}
      {source && judgement?.kind === "invalid" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{texts.cannotJudge}</MessageBarTitle>
            {judgement.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {source && judgement?.kind === "judged" && (
        <>
          <SittingResults
            report={judgement.report}
            strings={texts}
            proxyProblems={judgement.report.proxyProblems.map((problem, index) =>
              pointer(`proxy-${index}`, problem.message, fieldCell(source, problem.row, "proxyTo"))
            )}
            ignoredVotes={judgement.report.votes.ignored.map((vote, index) =>
              pointer(
                `vote-${index}`,
                texts.ignoredVote(vote.row, vote.delegate, vote.reason),
                fieldCell(source, vote.row, "vote")
              )
            )}
          />
          <SittingExtractWriter workbook={book} extract={judgement.extract} strings={texts} />
        </>
      )}
    </section>
  );
}
