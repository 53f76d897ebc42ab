import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

/** Props of the question asked before replacing sheets. */
export type ReplaceSheetsDialogProps = {
  /** Whether the question is asked. */
  open: boolean;
  title: string;
  /** What would be replaced. */
  body: ReactNode;
  replaceLabel: string;
  keepLabel: string;
  onReplace: () => void;
  onKeep: () => void;
};

/**
 * Asks before a write replaces existing sheets: nothing in the workbook is overwritten without
 * the user's yes. An alert dialog: it closes only by a choice (Escape keeps), and the safe answer
 * comes first, so the focus starts on it and Enter never replaces by mistake.
 *
 * @param props - the question, its texts and the two answers
 * @returns the dialog (closed when `open` is false)
 * @example
 * <ReplaceSheetsDialog open title="Remplacer ?" body="Synthèse 2025" replaceLabel="Remplacer" keepLabel="Annuler" onReplace={write} onKeep={close} />
 */
export function ReplaceSheetsDialog(props: ReplaceSheetsDialogProps) {
  const { open, title, body, replaceLabel, keepLabel, onReplace, onKeep } = props;
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onKeep()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onKeep}>
              {keepLabel}
            </Button>
            <Button appearance="primary" onClick={onReplace}>
              {replaceLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
