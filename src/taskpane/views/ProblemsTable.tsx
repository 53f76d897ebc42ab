import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { RegisterProblem } from "../../domain/register/RegisterProblem";
import type { StatementsStrings } from "./statementsStrings";
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

/**
 * The register's problems, errors first, each with its table, row, column and value, and, in
 * Excel, a button that selects the cell.
 *
 * @param props - the problems and what to do on selection
 * @returns the table, or a success message when there is none
 * @example
 * <ProblemsTable problems={run.problems} blockers={[]} texts={texts} onSelect={select} />
 */
export function ProblemsTable({ problems, blockers, texts, onSelect }: ProblemsTableProps) {
  if (problems.length === 0 && blockers.length === 0) {
    return (
      <MessageBar intent="success">
        <MessageBarBody>{texts.noProblem}</MessageBarBody>
      </MessageBar>
    );
  }
  const sorted = [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "erreur" ? -1 : 1
  );
  return (
    <>
      {blockers.map((blocker) => (
        <MessageBar key={blocker} intent="error">
          <MessageBarBody>{blocker}</MessageBarBody>
        </MessageBar>
      ))}
      {sorted.length > 0 && (
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
                <TableRow key={`${problem.table}-${problem.row}-${problem.column}-${index}`}>
                  <TableCell>
                    <Badge color={problem.severity === "erreur" ? "danger" : "warning"}>
                      {problem.severity}
                    </Badge>
                  </TableCell>
                  <TableCell>{problem.table}</TableCell>
                  <TableCell>{problem.row}</TableCell>
                  <TableCell>{problem.column}</TableCell>
                  <TableCell>{problem.value}</TableCell>
                  <TableCell>{problem.message}</TableCell>
                  {onSelect && (
                    <TableCell>
                      <Button
                        size="small"
                        aria-label={`${texts.goTo} : ${problem.table}, ${texts.row.toLowerCase()} ${problem.row}, ${problem.column}`}
                        onClick={() => onSelect(problem)}
                      >
                        {texts.goTo}
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </WideTable>
      )}
    </>
  );
}
