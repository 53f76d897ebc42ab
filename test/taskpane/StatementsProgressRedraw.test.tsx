/**
 * @jest-environment jsdom
 */
import { configure, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { sampleRegisterSheets } from "../../src/app/sampleRegister";
import { stringsFor } from "../../src/taskpane/strings";
import { StatementsView } from "../../src/taskpane/views/StatementsView";
import type { WorkbookGateway } from "../../src/workbook/WorkbookGateway";
import { createMemoryJournalKeeperDouble } from "../doubles/memoryJournalKeeperDouble";
import { createMemoryWorkbookDouble } from "../doubles/memoryWorkbookDouble";

// A generation's progress redraws the progress bar, not the problems nor the preview (issue 15:
// thousands of rows drawn again at each batch froze the pane). The two tables are wrapped to
// count their draws; the wrappers draw the real tables.

const mockDraws = { problems: 0, preview: 0, progress: [] as string[] };

jest.mock("../../src/taskpane/views/ProblemsTable", () => {
  const actual = jest.requireActual("../../src/taskpane/views/ProblemsTable");
  const { createElement, memo } = jest.requireActual("react");
  return {
    ...actual,
    ProblemsTable: memo((props: object) => {
      mockDraws.problems += 1;
      return createElement(actual.ProblemsTable, props);
    }),
  };
});
jest.mock("../../src/taskpane/views/PreviewTable", () => {
  const actual = jest.requireActual("../../src/taskpane/views/PreviewTable");
  const { createElement, memo } = jest.requireActual("react");
  return {
    ...actual,
    PreviewTable: memo((props: object) => {
      mockDraws.preview += 1;
      return createElement(actual.PreviewTable, props);
    }),
  };
});
jest.mock("../../src/taskpane/views/GenerationProgress", () => {
  const actual = jest.requireActual("../../src/taskpane/views/GenerationProgress");
  const { createElement } = jest.requireActual("react");
  return {
    ...actual,
    GenerationProgress: (props: { progress: { done: number; total: number } | null }) => {
      mockDraws.progress.push(
        props.progress ? `${props.progress.done}/${props.progress.total}` : ""
      );
      return createElement(actual.GenerationProgress, props);
    },
  };
});

configure({ asyncUtilTimeout: 5000 });

test("a generation's progress redraws the progress bar only, not the problems nor the preview", async () => {
  const double = createMemoryWorkbookDouble([]);
  await double.workbook.writeSheets(sampleRegisterSheets(2025));
  const { keeper } = createMemoryJournalKeeperDouble();
  // Sheet by sheet with a pause between them, as Excel's batches come: React draws in between.
  const workbook: WorkbookGateway = {
    ...double.workbook,
    async writeSheets(specs, options = {}) {
      for (const [index, spec] of specs.entries()) {
        await double.workbook.writeSheets([spec], { ...options, onProgress: undefined });
        options.onProgress?.({ done: index + 1, total: specs.length });
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
  };
  render(
    <StatementsView
      workbook={workbook}
      strings={stringsFor("fr-FR")}
      today="2025-09-15"
      keeper={keeper}
    />
  );
  await userEvent.click(
    screen.getByRole("button", { name: "Vérifier le registre et prévisualiser" })
  );
  await screen.findByRole("table", { name: "Aperçu des appels" });
  const drawn = { ...mockDraws };

  await userEvent.click(screen.getByRole("button", { name: "Générer les appels" }));
  await screen.findByText(/4 appel\(s\) inscrit\(s\) au journal/);
  // The bar was drawn at several stages of the write (the double writes sheet by sheet).
  expect(new Set(mockDraws.progress).size).toBeGreaterThan(2);
  expect(mockDraws.progress).toContain("6/6");
  expect([mockDraws.problems, mockDraws.preview]).toEqual([drawn.problems, drawn.preview]);
});
