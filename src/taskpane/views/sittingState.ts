import type { AttendanceReading, AttendanceSource } from "../../app/sittingWorkflow";
import type { SittingFormValues } from "./SittingForm";

/**
 * Where the reading of the attendance table stands. Once a table is found, a cell that could
 * not be selected in Excel is said with it (`failure`).
 */
export type SittingState =
  /** Nothing read yet. */
  | { readonly kind: "idle" }
  | { readonly kind: "reading" }
  /** The workbook could not be read: why. */
  | { readonly kind: "failed"; readonly message: string }
  /** No attendance table: the names of the tables the workbook has. */
  | { readonly kind: "missing"; readonly tables: readonly string[] }
  /** The table has cells that do not read: they are listed, and nothing is judged. */
  | {
      readonly kind: "unreadable";
      readonly source: AttendanceSource;
      readonly failure: string | null;
    }
  /** The table read cleanly: the sitting is judged as the form says. */
  | { readonly kind: "read"; readonly source: AttendanceSource; readonly failure: string | null };

/** Everything the sitting view holds: the reading, and the form as typed. */
export type SittingModel = {
  readonly state: SittingState;
  readonly values: SittingFormValues;
};

/**
 * The view's first state: nothing read, an ordinary sitting today.
 *
 * @param today - ISO date
 * @returns the model
 * @example
 * initialSitting("2025-03-01").values.date; // "2025-03-01"
 */
export function initialSitting(today: string): SittingModel {
  return {
    state: { kind: "idle" },
    values: {
      date: today,
      subject: "ordinary",
      departement: "",
      title: "",
      members: "",
      forcedRule: "",
      presidentVote: undefined,
    },
  };
}

/**
 * The user asked to read the table: what was read or said before goes.
 *
 * @param model - the model
 * @returns the model, reading
 * @example
 * readingStarted(model).state.kind; // "reading"
 */
export function readingStarted(model: SittingModel): SittingModel {
  return { ...model, state: { kind: "reading" } };
}

/**
 * What the reading found: no table, a table with cells that do not read, or a table read.
 *
 * @param model - the model
 * @param reading - what readAttendance returned
 * @returns the model with the reading
 * @example
 * attendanceRead(model, { kind: "missing", tables: ["Membres"] }).state.kind; // "missing"
 */
export function attendanceRead(model: SittingModel, reading: AttendanceReading): SittingModel {
  if (reading.kind === "missing")
    return { ...model, state: { kind: "missing", tables: reading.tables } };
  const { source } = reading;
  const kind = source.problems.length > 0 ? "unreadable" : "read";
  return { ...model, state: { kind, source, failure: null } };
}

/**
 * The reading failed.
 *
 * @param model - the model
 * @param message - why
 * @returns the model, failed
 * @example
 * readFailed(model, "Classeur fermé").state; // { kind: "failed", message: "Classeur fermé" }
 */
export function readFailed(model: SittingModel, message: string): SittingModel {
  return { ...model, state: { kind: "failed", message } };
}

/**
 * A cell selected in Excel (`message` null: the last failure goes), or one that could not be
 * (`message`: why). Only a table found has cells to select; other states stay as they are.
 *
 * @param model - the model
 * @param message - why the selection failed, or null when it starts
 * @returns the model
 * @example
 * selection(model, "Feuille protégée").state; // { kind: "read", source, failure: "Feuille protégée" }
 */
export function selection(model: SittingModel, message: string | null): SittingModel {
  const { state } = model;
  if (state.kind !== "read" && state.kind !== "unreadable") return model;
  return { ...model, state: { ...state, failure: message } };
}

/**
 * The form changed: the judgement follows it.
 *
 * @param model - the model
 * @param change - the fields changed
 * @returns the model with the new values
 * @example
 * formChanged(model, { subject: "statutes" }).values.subject; // "statutes"
 */
export function formChanged(model: SittingModel, change: Partial<SittingFormValues>): SittingModel {
  return { ...model, values: { ...model.values, ...change } };
}
