import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { StatementsStrings } from "./statementsStrings";

/** Props of the replace dialog. */
export type ReplaceSheetsDialogProps = {
  /** Names of the existing sheets a write would replace, or null when nothing is pending. */
  pending: readonly string[] | null;
  texts: Pick<StatementsStrings, "replaceTitle" | "replaceText" | "replace" | "keep">;
  onReplace: (names: readonly string[]) => void;
  onKeep: () => void;
};

/**
 * Asks before a write replaces existing sheets: nothing in the workbook is overwritten without
 * the user's yes. "Ne rien écrire" is the default action.
 *
 * @param props - the sheets concerned and the two answers
 * @returns the dialog (closed when nothing is pending)
 * @example
 * <ReplaceSheetsDialog pending={["Synthèse 2025"]} texts={texts} onReplace={write} onKeep={close} />
 */
export function ReplaceSheetsDialog({
  pending,
  texts,
  onReplace,
  onKeep,
}: ReplaceSheetsDialogProps) {
  return (
    <Dialog
      open={pending !== null}
      modalType="alert"
      onOpenChange={(_, data) => !data.open && onKeep()}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{texts.replaceTitle}</DialogTitle>
          <DialogContent>
            {texts.replaceText}
            <ul>
              {(pending ?? []).map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onKeep}>
              {texts.keep}
            </Button>
            <Button onClick={() => onReplace(pending ?? [])}>{texts.replace}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
