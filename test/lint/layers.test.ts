/**
 * @jest-environment node
 */
// The layer rule of eslint.layers.mjs, run by ESLint itself on imports written for each layer:
// every upward import, and workbook/file importing workbook/office, is an error; the imports the
// layers are allowed stay clean. Without this, a rule that silently matched nothing would pass.
import { execFileSync } from "node:child_process";
import path from "node:path";

const helper = path.join(__dirname, "lintLayerCases.mjs");

function lintCases(cases: readonly (readonly [string, string])[]): string[][] {
  const input = JSON.stringify(cases.map(([file, importPath]) => ({ file, importPath })));
  return JSON.parse(
    execFileSync(process.execPath, [helper], { input, encoding: "utf8" })
  ) as string[][];
}

const forbidden: readonly (readonly [string, string])[] = [
  ["src/domain/money/x.ts", "../../app/statementsWorkflow"],
  ["src/domain/money/x.ts", "../../workbook/WorkbookGateway"],
  ["src/domain/money/x.ts", "../../functions/spill"],
  ["src/domain/money/x.ts", "../../documents/statementPdf"],
  ["src/domain/money/x.ts", "../../taskpane/App"],
  ["src/domain/money/x.ts", "react"],
  ["src/domain/money/x.ts", "node:fs"],
  ["src/functions/x.ts", "../app/statementsWorkflow"],
  ["src/documents/x.ts", "../app/statementsWorkflow"],
  ["src/workbook/x.ts", "../app/registerTables"],
  ["src/workbook/file/x.ts", "../../app/registerTables"],
  ["src/workbook/file/x.ts", "../office/sheetPayload"],
  ["src/app/x.ts", "../taskpane/App"],
  ["src/app/x.ts", "../cli/runStatements"],
  ["src/taskpane/x.tsx", "../cli/runStatements"],
];

const allowed: readonly (readonly [string, string])[] = [
  ["src/domain/money/x.ts", "../text/normalizeKey"],
  ["src/functions/x.ts", "../domain/money/cents"],
  ["src/workbook/file/x.ts", "../tablesByRole"],
  ["src/workbook/office/x.ts", "../numberFormats"],
  ["src/app/x.ts", "../workbook/WorkbookGateway"],
  ["src/taskpane/x.tsx", "../app/statementsWorkflow"],
];

describe("layers (eslint.layers.mjs)", () => {
  let forbiddenResults: string[][] = [];
  let allowedResults: string[][] = [];

  beforeAll(() => {
    forbiddenResults = lintCases(forbidden);
    allowedResults = lintCases(allowed);
  }, 120_000);

  test.each(forbidden.map((c, i) => [...c, i] as const))(
    "%s may not import %s",
    (_file, _importPath, index) => {
      const errors = forbiddenResults[index] ?? [];
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/couches inférieures|ne dépend ni/);
    }
  );

  test.each(allowed.map((c, i) => [...c, i] as const))(
    "%s may import %s",
    (_file, _importPath, index) => {
      expect(allowedResults[index]).toEqual([]);
    }
  );
});
