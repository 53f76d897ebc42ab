import { Button, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { WriteProgress } from "../../workbook/WorkbookGateway";
import type { StatementsStrings } from "./statementsStrings";

/** Props of the generation's progress. */
export type GenerationProgressProps = {
  texts: StatementsStrings;
  /** Sheets written of the total; null before the first batch (the bar then moves on its own). */
  progress: WriteProgress | null;
  /** Stops the generation between batches. */
  onCancel: () => void;
};

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  grow: { flexGrow: 1 },
});

/**
 * The progress bar of a generation, labelled with the sheets written, and its cancel button.
 *
 * @param props - texts, progress and the cancel action
 * @returns the row
 * @example
 * <GenerationProgress texts={texts} progress={{ done: 3, total: 9 }} onCancel={cancel} />
 */
export function GenerationProgress({ texts, progress, onCancel }: GenerationProgressProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field
        className={styles.grow}
        label={
          progress ? `${texts.generating} ${progress.done} / ${progress.total}` : texts.generating
        }
      >
        <ProgressBar
          value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
        />
      </Field>
      <Button onClick={onCancel}>{texts.cancel}</Button>
    </div>
  );
}
