import { Caption1, Label, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { StatementsStrings } from "./statementsStrings";

/** Props of the register file input. */
export type RegisterFileInputProps = {
  texts: StatementsStrings;
  /** Name of the register open, or null before one is. */
  fileName: string | null;
  /** True while the view is busy. @default false */
  disabled?: boolean;
  /** Called with the file the user chose. */
  onOpen: (file: File) => void;
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  input: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
  },
});

/**
 * Outside Excel, where the register comes from: a labelled file input for an .xlsx register,
 * and a line saying which register is open.
 *
 * @param props - texts, the open register's name, busy state, and what to do with a file
 * @returns the input
 * @example
 * <RegisterFileInput texts={texts} fileName={null} onOpen={(file) => void open(file)} />
 */
export function RegisterFileInput({ texts, fileName, disabled, onOpen }: RegisterFileInputProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.root}>
      <Label htmlFor={id} weight="semibold">
        {texts.openFile}
      </Label>
      <input
        id={id}
        className={styles.input}
        type="file"
        accept=".xlsx,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet"
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onOpen(file);
        }}
      />
      <Caption1 aria-live="polite">{fileName ? texts.fileOpened(fileName) : texts.noFile}</Caption1>
    </div>
  );
}
