import { Button, Field, Input, makeStyles, SpinButton, tokens } from "@fluentui/react-components";
import type { StatementsStrings } from "./statementsStrings";

/** Props of the statements form. */
export type StatementsFormProps = {
  texts: StatementsStrings;
  /** The exercise and the date of issue (ISO), as typed. */
  year: number;
  issueDate: string;
  /** True while a task runs: the buttons are disabled. */
  busy: boolean;
  /** False until there is a register to check (outside Excel, before a file is open). */
  canCheck: boolean;
  onYear: (year: number) => void;
  onIssueDate: (date: string) => void;
  onCheck: () => void;
  onCreateSample: () => void;
  onCreateSharingSample: () => void;
};

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
});

/**
 * The exercise, the date of issue, and the buttons that check the register or write a sample one.
 *
 * @param props - texts, values, busy state and what each control does
 * @returns the two rows of the form
 * @example
 * <StatementsForm texts={texts} year={2025} issueDate="2025-03-01" busy={false} canCheck onYear={setYear} onIssueDate={setDate} onCheck={check} onCreateSample={sample} onCreateSharingSample={sharing} />
 */
export function StatementsForm(props: StatementsFormProps) {
  const { texts, year, issueDate, busy, canCheck } = props;
  const styles = useStyles();
  return (
    <>
      <div className={styles.row}>
        <Field label={texts.year}>
          <SpinButton
            incrementButton={{ "aria-label": texts.nextYear }}
            decrementButton={{ "aria-label": texts.previousYear }}
            value={year}
            min={2019}
            max={2100}
            onChange={(_, data) => props.onYear(Number(data.value ?? data.displayValue ?? year))}
          />
        </Field>
        <Field label={texts.issueDate}>
          <Input
            type="date"
            value={issueDate}
            onChange={(_, data) => props.onIssueDate(data.value)}
          />
        </Field>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || !canCheck} onClick={props.onCheck}>
          {texts.check}
        </Button>
        <Button disabled={busy} onClick={props.onCreateSample}>
          {texts.createSample}
        </Button>
        <Button disabled={busy} onClick={props.onCreateSharingSample}>
          {texts.createSharingSample}
        </Button>
      </div>
    </>
  );
}
