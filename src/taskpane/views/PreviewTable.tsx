import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { formatEuros } from "../../domain/money/formatEuros";
import type { NumberedStatement } from "../../domain/statements/types";
import type { StatementsStrings } from "./statementsStrings";
import { WideTable } from "./WideTable";

/** Props of the preview table. */
export type PreviewTableProps = {
  statements: readonly NumberedStatement[];
  texts: StatementsStrings;
};

/**
 * The statements an exercise would issue: number, member, pupils, total, what numbering does
 * (new, already issued, changed amount) and the warnings.
 *
 * @param props - the numbered statements
 * @returns the table
 * @example
 * <PreviewTable statements={run.numbering.statements} texts={texts} />
 */
export function PreviewTable({ statements, texts }: PreviewTableProps) {
  return (
    <WideTable label={texts.previewHeading}>
      <Table size="small" aria-label={texts.previewHeading}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{texts.number}</TableHeaderCell>
            <TableHeaderCell>{texts.member}</TableHeaderCell>
            <TableHeaderCell>{texts.pupils}</TableHeaderCell>
            <TableHeaderCell>{texts.total}</TableHeaderCell>
            <TableHeaderCell>{texts.status}</TableHeaderCell>
            <TableHeaderCell>{texts.warnings}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {statements.map((statement) => (
            <TableRow key={statement.number}>
              <TableCell>{statement.number}</TableCell>
              <TableCell>{statement.draft.member.name}</TableCell>
              <TableCell>{statement.draft.pupils.pupils}</TableCell>
              <TableCell>{formatEuros(statement.draft.contribution.totalCents)}</TableCell>
              <TableCell>{statement.outcomeText}</TableCell>
              <TableCell>{statement.draft.warnings.join(" ")}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </WideTable>
  );
}
