/**
 * @jest-environment jsdom
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { sampleRegisterSheets } from "../../src/app/sampleRegister";
import type { StatementsRun } from "../../src/app/statementsWorkflow";
import type { SheetSpec } from "../../src/domain/sheets/SheetSpec";
import { statementsStringsFor } from "../../src/taskpane/views/statementsStrings";
import { useStatementsWorkflow } from "../../src/taskpane/views/useStatementsWorkflow";
import type { WorkbookGateway } from "../../src/workbook/WorkbookGateway";
import { createMemoryJournalKeeperDouble } from "../doubles/memoryJournalKeeperDouble";
import { cellValueDouble, createMemoryWorkbookDouble } from "../doubles/memoryWorkbookDouble";

// The statements workflow's state, step by step, on the in-memory workbook and keeper doubles.
// A gate holds the workbook's reads or writes where a test wants to see the state in between.

const TEXTS = statementsStringsFor("fr-FR");
/** Not before any sample member's transfer (the Val d'Exemple joined on 01/09/2025). */
const TODAY = "2025-09-15";
const JOURNAL_SHEET = "Journal des appels";

/** The tables of a sheet as Excel would hold them: values, header first. */
function tableOf(spec: SheetSpec): { name: string; sheet: string; values: unknown[][] } {
  const header = spec.table?.headerRow ?? 0;
  const columns = spec.table?.columns ?? Infinity;
  const values = spec.rows.slice(header).map((row) => row.slice(0, columns).map(cellValueDouble));
  return { name: spec.table?.name ?? spec.name, sheet: spec.name, values };
}

/** A held workbook call: `reached` once the call waits, `release` lets it go on. */
type Gate = { reached: Promise<void>; release: () => void };

/** The sample register in Excel (its reads and writes can be held), and the workflow on it. */
function excelWorkflow() {
  const double = createMemoryWorkbookDouble(sampleRegisterSheets(2025).map(tableOf));
  const held: Partial<Record<"read" | "write", (specs: readonly SheetSpec[]) => Promise<void>>> =
    {};
  /** Holds the next read, or the next write whose sheets match `when`. */
  const hold = (which: "read" | "write", when: (specs: readonly SheetSpec[]) => boolean): Gate => {
    let reach!: () => void;
    let release!: () => void;
    const reached = new Promise<void>((resolve) => (reach = resolve));
    const open = new Promise<void>((resolve) => (release = resolve));
    held[which] = async (specs) => {
      if (!when(specs)) return;
      delete held[which];
      reach();
      await open;
    };
    return { reached, release };
  };
  const workbook: WorkbookGateway = {
    ...double.workbook,
    async readTables() {
      await held.read?.([]);
      return double.workbook.readTables();
    },
    async writeSheets(specs, options) {
      await held.write?.(specs);
      return double.workbook.writeSheets(specs, options);
    },
  };
  const kept = createMemoryJournalKeeperDouble();
  const { result } = renderHook(() =>
    useStatementsWorkflow({ workbook, texts: TEXTS, today: TODAY, keeper: kept.keeper })
  );
  return { ...double, kept, result, hold };
}

type Result = ReturnType<typeof excelWorkflow>["result"];

async function checkedRun(result: Result): Promise<StatementsRun> {
  await act(() => result.current.check());
  const state = result.current.model.state;
  if (state.kind !== "checked") throw new Error(`checked expected, got ${state.kind}`);
  return state.run;
}

/** Starts a step inside act (its first state drawn) without waiting for its end. */
function started(step: () => Promise<void>): Promise<void> {
  let pending: Promise<void> = Promise.resolve();
  act(() => {
    pending = step();
  });
  return pending;
}

beforeEach(() => localStorage.clear());

describe("the statements workflow's state", () => {
  test("starts idle on today's exercise and date of issue", () => {
    const { result } = excelWorkflow();
    expect(result.current.model.state).toEqual({ kind: "idle" });
    expect([result.current.model.year, result.current.model.issueDate]).toEqual([2025, TODAY]);
  });

  test("checks: working on the check while the register is read, then checked with the run", async () => {
    const { result, hold, state } = excelWorkflow();
    const gate = hold("read", () => true);
    const checking = started(() => result.current.check());
    await act(() => gate.reached);
    expect(result.current.model.state).toEqual({
      kind: "working",
      task: "checking",
      shown: { kind: "idle" },
    });

    gate.release();
    await act(() => checking);
    const checked = result.current.model.state;
    expect(checked.kind).toBe("checked");
    expect(checked.kind === "checked" && checked.run.numbering?.statements).toHaveLength(4);
    expect(state.written).toEqual([]); // the check writes nothing
  });

  test("generates: no progress before the first batch, each batch's progress, the journal kept before its sheet, then generated", async () => {
    const { result, hold, kept, state } = excelWorkflow();
    const run = await checkedRun(result);
    const first = hold("write", () => true);
    const generating = started(() => result.current.generate(run));
    await act(() => first.reached);
    expect(result.current.model.state).toEqual({ kind: "generating", run, progress: null });
    expect(result.current.model.notice).toBeNull();

    // Held again at the journal sheet, written alone after the numbers were kept.
    const journal = hold("write", (specs) => specs.some((spec) => spec.name === JOURNAL_SHEET));
    first.release();
    await act(() => journal.reached);
    // 6 sheets: 4 statements, the summary, then the journal: 5 written so far.
    expect(result.current.model.state).toEqual({
      kind: "generating",
      run,
      progress: { done: 5, total: 6 },
    });
    expect(kept.state.recorded).toEqual(["20003038600020/2025"]);
    expect(state.written.map((sheet) => sheet.name)).not.toContain(JOURNAL_SHEET);

    journal.release();
    await act(() => generating);
    const done = result.current.model.state;
    expect(done.kind).toBe("generated");
    expect(done.kind === "generated" && done.run).toBe(run);
    expect(done.kind === "generated" && done.report.journalAdded).toBe(4);
    expect(result.current.model.notice?.intent).toBe("success");
    expect(result.current.model.notice?.text).toMatch(/4 appel\(s\) inscrit\(s\) au journal/);
    expect(kept.state.recorded).toHaveLength(1);
  });

  test("a keeper that fails stops the generation: back to checked, the error said, no journal", async () => {
    const { result, kept, state } = excelWorkflow();
    kept.state.failWith = new Error("Le stockage est plein.");
    const run = await checkedRun(result);
    await act(() => result.current.generate(run));

    expect(result.current.model.state).toEqual({ kind: "checked", run });
    expect(result.current.model.notice).toEqual({
      intent: "error",
      text: "Erreur : Le stockage est plein.",
    });
    expect(state.written.map((sheet) => sheet.name)).not.toContain(JOURNAL_SHEET);
    expect(state.appended).toEqual([]);
  });

  test("asks before generating over existing sheets: keep writes nothing, replace generates", async () => {
    const { result, kept, state } = excelWorkflow();
    const first = await checkedRun(result);
    await act(() => result.current.generate(first));
    const again = await checkedRun(result); // the statements' sheets now exist
    const written = state.written.length;

    await act(() => result.current.generate(again));
    const asking = result.current.model.state;
    expect(asking.kind).toBe("confirming");
    expect(asking.kind === "confirming" && asking.sheets).toEqual(again.existingSheets);
    expect(asking.kind === "confirming" && asking.asked).toEqual({
      kind: "generating",
      run: again,
      progress: null,
    });

    act(() => result.current.answerReplace(false));
    expect(result.current.model.state).toEqual({ kind: "checked", run: again });
    expect(state.written.length).toBe(written);
    expect(kept.state.recorded).toHaveLength(1);

    await act(() => result.current.generate(again));
    act(() => result.current.answerReplace(true));
    expect(result.current.model.state).toEqual({ kind: "generating", run: again, progress: null });
    await waitFor(() => expect(result.current.model.state.kind).toBe("generated"));
    expect(state.written.length).toBeGreaterThan(written);
    expect(kept.state.recorded).toHaveLength(2);
  });

  test("asks before writing the sample over itself, and replacing goes on under the sample's own task", async () => {
    const { result, state } = excelWorkflow();
    await act(() => result.current.createSample());
    const asking = result.current.model.state;
    expect(asking.kind === "confirming" && asking.asked).toEqual({
      kind: "working",
      task: "creatingSample",
      shown: { kind: "idle" },
    });
    expect(state.written).toEqual([]);

    act(() => result.current.answerReplace(true));
    expect(result.current.model.state).toEqual(asking.kind === "confirming" && asking.asked);
    await waitFor(() => expect(result.current.model.state).toEqual({ kind: "idle" }));
    expect(result.current.model.notice).toEqual({ intent: "success", text: TEXTS.sampleCreated });
    expect(state.written.map((sheet) => sheet.name)).toContain("Membres");
  });

  test("a check after a generation forgets its report but keeps its run drawn until the new one is read", async () => {
    const { result, hold } = excelWorkflow();
    const run = await checkedRun(result);
    await act(() => result.current.generate(run));
    expect(result.current.model.state.kind).toBe("generated");

    const gate = hold("read", () => true);
    const checking = started(() => result.current.check());
    await act(() => gate.reached);
    expect(result.current.model.state).toEqual({
      kind: "working",
      task: "checking",
      shown: { kind: "checked", run },
    });
    gate.release();
    await act(() => checking);
    const again = result.current.model.state;
    expect(again.kind === "checked" && again.run).not.toBe(run);
  });

  test("the sharing sample sets its exercise once written, not while asking", async () => {
    const { result } = excelWorkflow();
    await act(() => result.current.createSharingSample());
    expect(result.current.model.state.kind).toBe("confirming"); // the register's sheets exist
    expect(result.current.model.year).toBe(2025);
    act(() => result.current.answerReplace(true));
    await waitFor(() => expect(result.current.model.state).toEqual({ kind: "idle" }));
    expect(result.current.model.year).toBe(2026);
    expect(result.current.model.notice?.text).toBe(TEXTS.sharingSampleCreated);
  });
});
