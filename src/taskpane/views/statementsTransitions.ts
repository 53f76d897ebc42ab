import type { GenerationReport, StatementsRun } from "../../app/statementsWorkflow";
import type { WriteProgress } from "../../workbook/WorkbookGateway";
import {
  settledOf,
  type SettledStatements,
  type StatementsModel,
  type StatementsNotice,
  type StatementsTask,
} from "./statementsState";

// The steps of the statements view's state (statementsState.ts), each a pure function of the
// model: the hook (useStatementsWorkflow) applies them around the calls into src/app.

/**
 * A task begins: any notice goes, and a check forgets the last generation's report (its run
 * stays drawn until the new one is read).
 *
 * @param model - the model
 * @param task - the task
 * @returns the model with the task at work
 * @example
 * taskStarted(model, "checking").state.kind; // "working"
 */
export function taskStarted(model: StatementsModel, task: StatementsTask): StatementsModel {
  const shown = settledOf(model.state);
  const kept = task === "checking" && shown.kind === "generated" ? checkedOf(shown.run) : shown;
  return { ...model, notice: null, state: { kind: "working", task, shown: kept } };
}

/**
 * A task that runs on after a generation (preparing the statements workbook): the notice of what
 * was written stays.
 *
 * @param model - the model, settled
 * @param task - the task
 * @returns the model with the task at work
 * @example
 * taskFollowed(model, "preparingXlsx").notice === model.notice; // true
 */
export function taskFollowed(model: StatementsModel, task: StatementsTask): StatementsModel {
  return { ...model, state: { kind: "working", task, shown: settledOf(model.state) } };
}

/**
 * A generation begins: any notice goes, no progress yet.
 *
 * @param model - the model
 * @param run - the run generated
 * @returns the model generating
 * @example
 * generationStarted(model, run).state; // { kind: "generating", run, progress: null }
 */
export function generationStarted(model: StatementsModel, run: StatementsRun): StatementsModel {
  return { ...model, notice: null, state: { kind: "generating", run, progress: null } };
}

/**
 * A batch of sheets written: only the progress changes (the run keeps its identity, so the
 * problems and the preview are not drawn again).
 *
 * @param model - the model
 * @param progress - sheets written of the total
 * @returns the model with the progress, unchanged when no generation runs
 * @example
 * progressed(model, { done: 3, total: 9 });
 */
export function progressed(model: StatementsModel, progress: WriteProgress): StatementsModel {
  if (model.state.kind !== "generating") return model;
  return { ...model, state: { ...model.state, progress } };
}

/**
 * The task or generation ended (well or not): back to what it works over. A question asked
 * stays until answered.
 *
 * @param model - the model
 * @returns the model settled
 * @example
 * taskEnded(taskStarted(model, "checking")).state.kind; // "idle" when nothing was checked
 */
export function taskEnded(model: StatementsModel): StatementsModel {
  if (model.state.kind === "confirming") return model;
  return { ...model, state: settledOf(model.state) };
}

/**
 * The register read and its statements previewed.
 *
 * @param model - the model
 * @param run - the run prepared
 * @returns the model, checked
 * @example
 * checked(model, run).state; // { kind: "checked", run }
 */
export function checked(model: StatementsModel, run: StatementsRun): StatementsModel {
  return { ...model, state: checkedOf(run) };
}

/**
 * The statements written: the report, and the notice that says what was written.
 *
 * @param model - the model
 * @param run - the run generated
 * @param report - what was written
 * @param text - the notice
 * @returns the model, generated
 * @example
 * generated(model, run, report, "4 appel(s) inscrit(s)").state.kind; // "generated"
 */
export function generated(
  model: StatementsModel,
  run: StatementsRun,
  report: GenerationReport,
  text: string
): StatementsModel {
  return {
    ...model,
    state: { kind: "generated", run, report },
    notice: { intent: "success", text },
  };
}

/**
 * A write found existing sheets: the user is asked before any is replaced.
 *
 * @param model - the model, in the task or generation that wrote
 * @param sheets - the existing sheets
 * @param write - the write, to run again with the sheets it may replace
 * @returns the model asking, unchanged when no task runs
 * @example
 * replaceAsked(model, ["Membres"], write).state.kind; // "confirming"
 */
export function replaceAsked(
  model: StatementsModel,
  sheets: readonly string[],
  write: (replace: ReadonlySet<string>) => Promise<void>
): StatementsModel {
  const asked = model.state;
  if (asked.kind !== "working" && asked.kind !== "generating") return model;
  const resumed = asked.kind === "generating" ? { ...asked, progress: null } : asked;
  return { ...model, state: { kind: "confirming", sheets, write, asked: resumed } };
}

/**
 * The user's answer to the question: "replace" resumes the task that asked, "keep" settles
 * back with nothing written.
 *
 * @param model - the model, asking
 * @param replace - true when the user agreed to replace the sheets
 * @returns the model
 * @example
 * replaceAnswered(model, false).state.kind; // "checked" after a generation that asked
 */
export function replaceAnswered(model: StatementsModel, replace: boolean): StatementsModel {
  if (model.state.kind !== "confirming") return model;
  const asked = model.state.asked;
  return { ...model, notice: null, state: replace ? asked : settledOf(asked) };
}

/**
 * A notice shown (or removed with null).
 *
 * @param model - the model
 * @param notice - the notice
 * @returns the model with it
 * @example
 * noticed(model, { intent: "warning", text: "Téléchargement refusé" });
 */
export function noticed(model: StatementsModel, notice: StatementsNotice | null): StatementsModel {
  return { ...model, notice };
}

function checkedOf(run: StatementsRun): SettledStatements {
  return { kind: "checked", run };
}
