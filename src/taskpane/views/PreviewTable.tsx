import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { memo } from "react";
import { formatEuros } from "../../domain/money/formatEuros";
import type { NumberedStatement } from "../../domain/statements/types";
import type { StatementsStrings } from "./statementsStrings";
import { useNarrowPane } from "./useNarrowPane";
import { WideTable } from "./WideTable";

/** Props of the preview table. */
export type PreviewTableProps = {
  statements: readonly NumberedStatement[];
  texts: StatementsStrings;
};

// Plain elements and classes made once: a register of 5 000 members is 5 000 entries.
const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  head: {
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  // A number (2025-0001) or an amount is never cut at its hyphen or space.
  nowrap: { whiteSpace: "nowrap" },
  detail: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  flagged: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200 },
  cell: { overflowWrap: "break-word" },
});

/**
 * The statements an exercise would issue: number, member, pupils, total, what numbering does
 * (new, already issued, changed amount) and the warnings. In a pane narrower than 600 px, a list:
 * number, member and total first, then the pupils, the numbering and the warnings, wrapped to
 * the pane's width (nothing to scroll sideways); wider, a table. Drawn again only when the
 * statements or the language change, never on a progress update of the generation.
 *
 * @param props - the numbered statements
 * @returns the list or the table
 * @example
 * <PreviewTable statements={run.numbering.statements} texts={texts} />
 */
export const PreviewTable = memo(function PreviewTable({ statements, texts }: PreviewTableProps) {
  const styles = useStyles();
  const narrow = useNarrowPane();
  if (narrow) {
    return (
      <ul className={styles.list} aria-label={texts.previewHeading}>
        {statements.map((statement) => {
          const { draft } = statement;
          const warnings = draft.warnings.map(texts.domainText).join(" ");
          // "new" is the rule; only the other outcomes are set apart.
          const usual = statement.outcome === "new";
          return (
            <li key={statement.number} className={styles.item}>
              <span className={styles.head}>
                <span>
                  {statement.number} {draft.member.name}
                </span>{" "}
                <span className={styles.nowrap}>{formatEuros(draft.contribution.totalCents)}</span>
              </span>{" "}
              <span className={usual ? styles.detail : styles.flagged}>
                {texts.pupilsCount(draft.pupils.pupils)} · {texts.domainText(statement.outcomeText)}
              </span>
              {warnings !== "" && (
                <>
                  {" "}
                  <span className={styles.flagged}>
                    {texts.warnings}
                    {texts.colon}
                    {warnings}
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ul>
    );
  }
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
              <TableCell className={styles.nowrap}>{statement.number}</TableCell>
              <TableCell className={styles.cell}>{statement.draft.member.name}</TableCell>
              <TableCell>{statement.draft.pupils.pupils}</TableCell>
              <TableCell className={styles.nowrap}>
                {formatEuros(statement.draft.contribution.totalCents)}
              </TableCell>
              <TableCell className={styles.cell}>
                {texts.domainText(statement.outcomeText)}
              </TableCell>
              <TableCell className={styles.cell}>
                {statement.draft.warnings.map(texts.domainText).join(" ")}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </WideTable>
  );
});
