/**
 * @jest-environment jsdom
 */
import { act, renderHook } from "@testing-library/react";
import { useSittingWorkflow } from "../../src/taskpane/views/useSittingWorkflow";
import type { WorkbookGateway } from "../../src/workbook/WorkbookGateway";
import { createMemoryWorkbookDouble } from "../doubles/memoryWorkbookDouble";
import { SITTING_2022_14_TABLE } from "../domain/governance/sittings";

// The sitting's state, step by step, on the in-memory workbook double (deliberation 2022-14).

const TODAY = "2023-12-07";

function sittingWorkflow(workbook: WorkbookGateway) {
  return renderHook(() => useSittingWorkflow(workbook, TODAY)).result;
}

/** The 2022-14 attendance table in a workbook. */
function sittingWorkbook(values: unknown[][] = SITTING_2022_14_TABLE) {
  return createMemoryWorkbookDouble([{ name: "tblPresences", values }]);
}

describe("the sitting workflow's state", () => {
  test("reads: reading while the workbook answers, then read, and judged as the form says", async () => {
    const { workbook } = sittingWorkbook();
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const slow: WorkbookGateway = {
      ...workbook,
      readTables: async () => {
        await answered;
        return workbook.readTables();
      },
    };
    const result = sittingWorkflow(slow);
    expect(result.current.state).toEqual({ kind: "idle" });
    expect(result.current.judgement).toBeNull();

    let reading: Promise<void> = Promise.resolve();
    act(() => {
      reading = result.current.read();
    });
    expect(result.current.state).toEqual({ kind: "reading" });
    answer();
    await act(() => reading);
    const read = result.current.state;
    expect(read.kind === "read" && [read.source.table.name, read.failure]).toEqual([
      "tblPresences",
      null,
    ]);
    expect(result.current.judgement?.kind).toBe("judged");

    act(() => result.current.change({ forcedRule: "la moitié" }));
    expect(result.current.judgement?.kind).toBe("invalid");
    expect(result.current.values.forcedRule).toBe("la moitié");
  });

  test("says which tables the workbook has when none is an attendance table", async () => {
    const { workbook } = createMemoryWorkbookDouble([{ name: "Membres", values: [["Nom"]] }]);
    const result = sittingWorkflow(workbook);
    await act(() => result.current.read());
    expect(result.current.state).toEqual({ kind: "missing", tables: ["Membres"] });
    expect(result.current.judgement).toBeNull();
  });

  test("a table with cells that do not read is unreadable, and nothing is judged", async () => {
    const values = SITTING_2022_14_TABLE.map((row) => [...row]);
    (values[3] as unknown[])[2] = "peut-être"; // Présence of row 4
    const result = sittingWorkflow(sittingWorkbook(values).workbook);
    await act(() => result.current.read());
    const state = result.current.state;
    expect(state.kind).toBe("unreadable");
    expect(state.kind === "unreadable" && state.source.problems.length).toBeGreaterThan(0);
    expect(result.current.judgement).toBeNull();
  });

  test("a read that fails says why; reading again starts afresh", async () => {
    const { workbook } = sittingWorkbook();
    let fail = true;
    const flaky: WorkbookGateway = {
      ...workbook,
      readTables: async () => {
        if (fail) throw new Error("Le classeur est fermé.");
        return workbook.readTables();
      },
    };
    const result = sittingWorkflow(flaky);
    await act(() => result.current.read());
    expect(result.current.state).toEqual({ kind: "failed", message: "Le classeur est fermé." });
    fail = false;
    await act(() => result.current.read());
    expect(result.current.state.kind).toBe("read");
  });

  test("a cell that cannot be selected is said with the table; the next selection clears it", async () => {
    const { workbook, state } = sittingWorkbook();
    let refuse = true;
    const guarded: WorkbookGateway = {
      ...workbook,
      selectTableCell: async (table, row, column) => {
        if (refuse) throw new Error("La feuille est protégée.");
        return workbook.selectTableCell(table, row, column);
      },
    };
    const result = sittingWorkflow(guarded);
    await act(() => result.current.read());
    const cell = { table: "tblPresences", row: 9, column: 3 };
    await act(async () => result.current.select(cell));
    const refused = result.current.state;
    expect(refused.kind === "read" && refused.failure).toBe("La feuille est protégée.");

    refuse = false;
    await act(async () => result.current.select(cell));
    const selected = result.current.state;
    expect(selected.kind === "read" && selected.failure).toBeNull();
    expect(state.selected).toEqual(cell);
  });
});
