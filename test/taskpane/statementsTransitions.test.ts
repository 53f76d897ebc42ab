import { sampleRegisterSheets } from "../../src/app/sampleRegister";
import { prepareStatements, type StatementsRun } from "../../src/app/statementsWorkflow";
import {
  journalKept,
  registerOpened,
  workbookOutcome,
} from "../../src/taskpane/views/registerFileTransitions";
import {
  initialStatements,
  isBusy,
  settledOf,
  type StatementsModel,
} from "../../src/taskpane/views/statementsState";
import {
  generated,
  generationStarted,
  progressed,
  replaceAnswered,
  replaceAsked,
  taskEnded,
  taskFollowed,
  taskStarted,
} from "../../src/taskpane/views/statementsTransitions";
import type { XlsxWorkbook } from "../../src/workbook/file/xlsxWorkbook";
import { createMemoryWorkbookDouble } from "../doubles/memoryWorkbookDouble";

// The statements view's state as pure steps: each can be checked without React.

const TODAY = "2025-09-15";
const REPORT = { sheetsWritten: 6, journalAdded: 4, journalCancelled: 0, journalRestored: 0 };
let run: StatementsRun;

beforeAll(async () => {
  const { workbook } = createMemoryWorkbookDouble([]);
  await workbook.writeSheets(sampleRegisterSheets(2025));
  run = await prepareStatements(workbook, 2025, TODAY);
});

const idle = (): StatementsModel => initialStatements(TODAY);
const write = async () => undefined;

describe("the statements view's steps", () => {
  test("a task hides the last notice and draws over what was settled; it ends back there", () => {
    const before = { ...idle(), notice: { intent: "error" as const, text: "Erreur : plein" } };
    const working = taskStarted(before, "openingFile");
    expect(working.state).toEqual({
      kind: "working",
      task: "openingFile",
      shown: { kind: "idle" },
    });
    expect(working.notice).toBeNull();
    expect(isBusy(working.state)).toBe(true);
    expect(taskEnded(working).state).toEqual({ kind: "idle" });
  });

  test("the workbook's preparation after a generation keeps the notice of what was written", () => {
    const done = generated(generationStarted(idle(), run), run, REPORT, "6 feuille(s) écrite(s)");
    const preparing = taskFollowed(done, "preparingXlsx");
    expect(preparing.notice).toEqual({ intent: "success", text: "6 feuille(s) écrite(s)" });
    expect(settledOf(preparing.state)).toEqual({ kind: "generated", run, report: REPORT });
  });

  test("progress changes the progress only, and nothing outside a generation", () => {
    const generating = generationStarted(idle(), run);
    const moved = progressed(generating, { done: 2, total: 6 });
    expect(moved.state).toEqual({ kind: "generating", run, progress: { done: 2, total: 6 } });
    expect(moved.state.kind === "generating" && moved.state.run).toBe(run);
    const still = idle();
    expect(progressed(still, { done: 2, total: 6 })).toBe(still);
  });

  test("a generation that ends without a report settles back to the run checked", () => {
    const moved = progressed(generationStarted(idle(), run), { done: 2, total: 6 });
    expect(taskEnded(moved).state).toEqual({ kind: "checked", run });
  });

  test("a question asked stays when its task ends, and forgets the progress made", () => {
    const moved = progressed(generationStarted(idle(), run), { done: 2, total: 6 });
    const asking = taskEnded(replaceAsked(moved, ["Synthèse 2025"], write));
    expect(asking.state.kind).toBe("confirming");
    expect(asking.state.kind === "confirming" && asking.state.asked).toEqual({
      kind: "generating",
      run,
      progress: null,
    });
    expect(replaceAnswered(asking, true).state).toEqual({
      kind: "generating",
      run,
      progress: null,
    });
    expect(replaceAnswered(asking, false).state).toEqual({ kind: "checked", run });
    // Nothing to ask about outside a task, nothing to answer without a question.
    expect(replaceAsked(idle(), ["Membres"], write).state).toEqual({ kind: "idle" });
    expect(replaceAnswered(idle(), true).state).toEqual({ kind: "idle" });
  });
});

describe("outside Excel, the register file and its statements workbook", () => {
  const xlsx: XlsxWorkbook = {
    ...createMemoryWorkbookDouble([]).workbook,
    toXlsx: async () => new Uint8Array([0x50, 0x4b, 3, 4]),
  };
  const file = { name: "registre.xlsx", workbook: xlsx };
  const kept = () => journalKept(idle(), 2025, run.journalAfter);

  test("a register opened during a task forgets the last run and files", () => {
    const checking = taskStarted({ ...kept(), state: { kind: "checked", run } }, "openingFile");
    const opened = registerOpened(checking, file);
    expect(opened.file).toBe(file);
    expect(opened.output).toBeNull();
    expect(opened.state).toEqual({ kind: "working", task: "openingFile", shown: { kind: "idle" } });
  });

  test("the workbook is pending once numbers are kept, then offered, failed or downloaded", () => {
    expect(kept().output).toEqual({ year: 2025, journal: run.journalAfter, workbook: "pending" });
    expect(workbookOutcome(kept(), { byUser: false }).output?.workbook).toBe("offered");
    expect(workbookOutcome(kept(), { byUser: true }).output?.workbook).toBe("downloaded");
    const failed = workbookOutcome(kept(), { failure: "mémoire insuffisante" }).output;
    expect([failed?.workbook, failed?.failure]).toEqual(["failed", "mémoire insuffisante"]);
  });

  test("a workbook the user downloaded stays downloaded, whatever a later download does", () => {
    const downloaded = workbookOutcome(kept(), { byUser: true });
    expect(workbookOutcome(downloaded, { byUser: false }).output?.workbook).toBe("downloaded");
    expect(workbookOutcome(downloaded, { failure: "refusé" }).output?.workbook).toBe("downloaded");
    const none = idle();
    expect(workbookOutcome(none, { byUser: true })).toBe(none);
  });
});
