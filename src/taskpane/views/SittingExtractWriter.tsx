import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { writeExtract } from "../../app/sittingWorkflow";
import type { SheetSpec } from "../../domain/sheets/SheetSpec";
import { SheetExistsError, type WorkbookGateway } from "../../workbook/WorkbookGateway";
import { ReplaceSheetsDialog } from "./ReplaceSheetsDialog";
import type { SittingStrings } from "./sittingStrings";
import { messageOf } from "./messageOf";

/** Props of the extract's write. */
export type SittingExtractWriterProps = {
  workbook: WorkbookGateway;
  /** The extract of the sitting as judged now (SittingJudgement.extract). */
  extract: SheetSpec;
  strings: SittingStrings;
};

/**
 * Where the write stands, for which extract: a result shown for an older extract (the user
 * changed the sitting's parameters since) is no longer shown.
 */
type Writing =
  | { status: "idle" }
  | { status: "writing" | "confirm" | "written" | "cancelled"; extract: SheetSpec }
  | { status: "failed"; extract: SheetSpec; message: string };

const useStyles = makeStyles({
  writer: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
});

/**
 * The "write the extract" button: writes the extract into a new sheet, and when a sheet of that
 * name exists asks first (Remplacer / Annuler); nothing is replaced without that answer.
 *
 * @param props - the workbook, the extract and the texts
 * @returns the button, its progress and its result
 * @example
 * <SittingExtractWriter workbook={workbook} extract={judgement.extract} strings={texts} />
 */
export function SittingExtractWriter({ workbook, extract, strings }: SittingExtractWriterProps) {
  const styles = useStyles();
  const [writing, setWriting] = useState<Writing>({ status: "idle" });
  const current = writing.status !== "idle" && writing.extract === extract ? writing : null;

  const write = async (spec: SheetSpec, replace: boolean): Promise<void> => {
    setWriting({ status: "writing", extract: spec });
    try {
      await writeExtract(workbook, spec, replace);
      setWriting({ status: "written", extract: spec });
    } catch (error) {
      if (!replace && error instanceof SheetExistsError) {
        setWriting({ status: "confirm", extract: spec });
      } else {
        const message = messageOf(error);
        setWriting({ status: "failed", extract: spec, message });
      }
    }
  };

  return (
    <div className={styles.writer}>
      <Button
        className={styles.button}
        disabled={writing.status === "writing"}
        onClick={() => void write(extract, false)}
      >
        {strings.write}
      </Button>
      {current?.status === "writing" && <Spinner size="tiny" label={strings.writing} />}
      {current?.status === "written" && (
        <MessageBar intent="success">
          <MessageBarBody>{strings.written(extract.name)}</MessageBarBody>
        </MessageBar>
      )}
      {current?.status === "cancelled" && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.cancelled(extract.name)}</MessageBarBody>
        </MessageBar>
      )}
      {current?.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{strings.failed}</MessageBarTitle>
            {current.message}
          </MessageBarBody>
        </MessageBar>
      )}
      <ReplaceSheetsDialog
        open={writing.status === "confirm"}
        title={strings.replaceTitle}
        body={writing.status === "confirm" ? strings.replaceBody(writing.extract.name) : ""}
        replaceLabel={strings.replace}
        keepLabel={strings.cancel}
        onReplace={() => {
          if (writing.status === "confirm") void write(writing.extract, true);
        }}
        onKeep={() => {
          if (writing.status === "confirm")
            setWriting({ status: "cancelled", extract: writing.extract });
        }}
      />
    </div>
  );
}
