import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { memo } from "react";
import type { RegisterProblem } from "../../domain/register/RegisterProblem";
import type { StatementsStrings } from "./statementsStrings";
import { useNarrowPane } from "./useNarrowPane";
import { WideTable } from "./WideTable";

/** Props of the problems table. */
export type ProblemsTableProps = {
  problems: readonly RegisterProblem[];
  /** Problems without a cell (a schedule table, the journal's order…). */
  blockers: readonly string[];
  texts: StatementsStrings;
  /**
   * Selects the problem's cell in Excel. Without it (a register file has no selection to show)
   * the table has no "go to the cell" column: its table, row and column say where.
   * @default undefined
   */
  onSelect?: (problem: RegisterProblem) => void;
};

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    // A SIRET, a long value or a message never pushes the pane wider: it wraps.
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  head: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  // In a table, a long word breaks only when its column cannot hold it (a SIRET stays whole).
  cell: { overflowWrap: "break-word" },
});

/** Errors first, warnings after; the order of the register otherwise. */
function errorsFirst(problems: readonly RegisterProblem[]): RegisterProblem[] {
  return [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1
  );
}

function keyOf(problem: RegisterProblem, index: number): string {
  return `${problem.table}-${problem.row}-${problem.column}-${index}`;
}

/**
 * The register's problems, errors first, each with its severity, table, row, column, value and
 * message, and, in Excel, a button that selects the cell. In a pane narrower than 600 px they
 * are a list, one block per problem, so that every message is read without scrolling sideways;
 * wider, a table. Drawn again only when the problems change (not on each progress update).
 *
 * @param props - the problems and what to do on selection
 * @returns the list or table, or a success message when there is none
 * @example
 * <ProblemsTable problems={run.problems} blockers={[]} texts={texts} onSelect={select} />
 */
export const ProblemsTable = memo(function ProblemsTable({
  problems,
  blockers,
  texts,
  onSelect,
}: ProblemsTableProps) {
  const styles = useStyles();
  const narrow = useNarrowPane();
  if (problems.length === 0 && blockers.length === 0) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>{texts.noProblem}</MessageBarBody>
      </MessageBar>
    );
  }
  const sorted = errorsFirst(problems);
  const badge = (problem: RegisterProblem) => (
    <Badge color={problem.severity === "error" ? "danger" : "warning"}>
      {texts.severities[problem.severity]}
    </Badge>
  );
  const goTo = (problem: RegisterProblem) =>
    onSelect && (
      <Button
        size="small"
        aria-label={texts.goToLabel(problem.table, problem.row, problem.column)}
        onClick={() => onSelect(problem)}
      >
        {texts.goTo}
      </Button>
    );
  return (
    <>
      {blockers.map((blocker) => (
        <MessageBar key={blocker} intent="error" layout="multiline">
          <MessageBarBody className={styles.cell}>{texts.domainText(blocker)}</MessageBarBody>
        </MessageBar>
      ))}
      {sorted.length > 0 && narrow && (
        <ul className={styles.list} aria-label={texts.problemsHeading}>
          {sorted.map((problem, index) => (
            <li key={keyOf(problem, index)} className={styles.item}>
              <span className={styles.head}>
                {badge(problem)}
                <Caption1>{texts.place(problem.table, problem.row, problem.column)}</Caption1>
              </span>
              {problem.value !== "" && (
                <Caption1>
                  {texts.value}
                  {texts.colon}
                  {texts.quoted(problem.value)}
                </Caption1>
              )}
              <Body1>{texts.domainText(problem.message)}</Body1>
              {goTo(problem)}
            </li>
          ))}
        </ul>
      )}
      {sorted.length > 0 && !narrow && (
        <WideTable label={texts.problemsHeading}>
          <Table size="small" aria-label={texts.problemsHeading}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{texts.severity}</TableHeaderCell>
                <TableHeaderCell>{texts.table}</TableHeaderCell>
                <TableHeaderCell>{texts.row}</TableHeaderCell>
                <TableHeaderCell>{texts.column}</TableHeaderCell>
                <TableHeaderCell>{texts.value}</TableHeaderCell>
                <TableHeaderCell>{texts.problem}</TableHeaderCell>
                {onSelect && <TableHeaderCell>{texts.goTo}</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {sorted.map((problem, index) => (
                <TableRow key={keyOf(problem, index)}>
                  <TableCell>{badge(problem)}</TableCell>
                  <TableCell>{problem.table}</TableCell>
                  <TableCell>{problem.row}</TableCell>
                  <TableCell>{problem.column}</TableCell>
                  <TableCell className={styles.cell}>{problem.value}</TableCell>
                  <TableCell className={styles.cell}>{texts.domainText(problem.message)}</TableCell>
                  {onSelect && <TableCell>{goTo(problem)}</TableCell>}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </WideTable>
      )}
    </>
  );
});
