import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { SittingStrings } from "./sittingStrings";

/** Props of the question asked before replacing a sheet. */
export type SittingReplaceDialogProps = {
  /** The sheet that exists already; null: the dialog is closed. */
  sheet: string | null;
  strings: SittingStrings;
  onReplace: () => void;
  onCancel: () => void;
};

/**
 * Asks before replacing an existing sheet with the extract. An alert dialog: it closes only by
 * a choice (a click outside does nothing); Escape cancels, and the focus starts on Annuler.
 *
 * @param props - the sheet, the texts and the two choices
 * @returns the dialog
 * @example
 * <SittingReplaceDialog sheet="Extrait séance 2022-06-16" strings={texts} onReplace={go} onCancel={stop} />
 */
export function SittingReplaceDialog({
  sheet,
  strings,
  onReplace,
  onCancel,
}: SittingReplaceDialogProps) {
  return (
    <Dialog
      open={sheet !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.replaceTitle}</DialogTitle>
          <DialogContent>{sheet === null ? "" : strings.replaceBody(sheet)}</DialogContent>
          <DialogActions>
            {/* Annuler first: the dialog focuses its first button, so Enter never replaces by mistake. */}
            <Button appearance="secondary" onClick={onCancel}>
              {strings.cancel}
            </Button>
            <Button appearance="primary" onClick={onReplace}>
              {strings.replace}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
