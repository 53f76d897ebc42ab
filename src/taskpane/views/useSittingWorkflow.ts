import { useCallback, useMemo, useState } from "react";
import {
  judgeSitting,
  readAttendance,
  selectCell,
  type SittingJudgement,
  type TableCell,
} from "../../app/sittingWorkflow";
import type { WorkbookGateway } from "../../workbook/WorkbookGateway";
import type { SittingFormValues } from "./SittingForm";
import { sittingParametersOf } from "./SittingForm";
import { messageOf } from "./messageOf";
import {
  attendanceRead,
  formChanged,
  initialSitting,
  readFailed,
  readingStarted,
  selection,
  type SittingState,
} from "./sittingState";

/** The sitting's workflow: its state, the form, the judgement, and the steps. */
export type SittingWorkflow = {
  readonly state: SittingState;
  readonly values: SittingFormValues;
  /** The sitting judged as the form says, once the table read cleanly; else null. */
  readonly judgement: SittingJudgement | null;
  /** Reads the attendance table. */
  readonly read: () => Promise<void>;
  /** Selects a cell of the table in Excel; a failure is said in the state. */
  readonly select: (cell: TableCell) => void;
  readonly change: (change: Partial<SittingFormValues>) => void;
};

/**
 * The comité's sitting as one state (sittingState.ts): read the attendance table, then judge the
 * sitting under the rules in force on its day each time the form changes. The calls into
 * `src/app` are the ones the view always made.
 *
 * @param workbook - Excel's workbook
 * @param today - ISO date: the default day of the sitting
 * @returns the state and the steps
 * @example
 * const sitting = useSittingWorkflow(workbook, "2025-03-01");
 * await sitting.read(); // sitting.state.kind === "read"
 */
export function useSittingWorkflow(workbook: WorkbookGateway, today: string): SittingWorkflow {
  const [model, setModel] = useState(() => initialSitting(today));
  const { state, values } = model;
  const source = state.kind === "read" ? state.source : null;
  const judgement = useMemo(() => {
    const parameters = sittingParametersOf(values);
    if (!source || !parameters) return null;
    return judgeSitting(source, parameters, today);
  }, [source, values, today]);

  const read = async (): Promise<void> => {
    setModel(readingStarted);
    try {
      const found = await readAttendance(workbook);
      setModel((last) => attendanceRead(last, found));
    } catch (error) {
      setModel((last) => readFailed(last, messageOf(error)));
    }
  };
  const select = (cell: TableCell) => {
    setModel((last) => selection(last, null));
    selectCell(workbook, cell).catch((error: unknown) =>
      setModel((last) => selection(last, messageOf(error)))
    );
  };
  const change = useCallback(
    (fields: Partial<SittingFormValues>) => setModel((last) => formChanged(last, fields)),
    []
  );
  return { state, values, judgement, read, select, change };
}
