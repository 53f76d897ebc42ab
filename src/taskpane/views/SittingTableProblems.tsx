import {
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { tableProblemCell, type AttendanceSource, type TableCell } from "../../app/sittingWorkflow";
import { describeProblem } from "../../domain/tables/TableProblem";
import type { SittingStrings } from "./sittingStrings";

/** Props of the cells of the attendance table that do not read. */
export type SittingTableProblemsProps = {
  /** The table read, with its problems. */
  source: AttendanceSource;
  strings: SittingStrings;
  /** Selects a problem's cell in Excel. */
  onSelect: (cell: TableCell) => void;
};

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * Says that the attendance table does not read, and lists its problems, each a link that
 * selects its cell.
 *
 * @param props - the table, the texts and the selection
 * @returns the error message bar
 * @example
 * <SittingTableProblems source={source} strings={texts} onSelect={select} />
 */
export function SittingTableProblems({ source, strings, onSelect }: SittingTableProblemsProps) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {strings.unreadable(source.table.name, source.problems.length)}
        </MessageBarTitle>
        <ul className={styles.list}>
          {source.problems.map((problem, index) => (
            <li key={`${problem.row}-${problem.column}-${index}`}>
              <Link as="button" onClick={() => onSelect(tableProblemCell(source, problem))}>
                {describeProblem(problem)}
              </Link>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
