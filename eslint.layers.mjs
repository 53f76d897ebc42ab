// The layers of src/, as docs/architecture.md draws them: each may import only from the layers
// below it. domain ← functions, documents, workbook ← app ← cli, taskpane. Within workbook, the
// file implementation (ExcelJS) does not borrow from the Office.js one. ESLint's own
// no-restricted-imports does the check (no plugin); test/lint/layers.test.ts proves that each
// forbidden import is refused.

/** Import patterns (gitignore syntax, matched against the import path) by layer name. */
const layer = (name) => [`**/${name}`, `**/${name}/**`];

const above = {
  domain: ["functions", "documents", "workbook", "app", "taskpane", "cli"],
  functions: ["app", "taskpane", "cli", "documents", "workbook"],
  documents: ["app", "taskpane", "cli", "functions", "workbook"],
  workbook: ["app", "taskpane", "cli", "functions", "documents"],
  app: ["taskpane", "cli"],
  taskpane: ["cli"],
  cli: ["taskpane"],
};

const restricted = (names, why, extra = []) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: [{ group: [...names.flatMap(layer), ...extra], message: why }],
    },
  ],
});

/** One ESLint flat-config entry per layer of src/. */
export const layerRules = [
  ...Object.entries(above).map(([name, forbidden]) => ({
    files: [`src/${name}/**/*.{ts,tsx}`],
    rules: restricted(
      forbidden,
      `src/${name} ne peut importer que des couches inférieures (domain ← functions, documents, workbook ← app ← cli, taskpane) : voir docs/architecture.md.`,
      name === "domain" ? ["react", "react-dom", "@fluentui/*", "exceljs", "node:*"] : []
    ),
  })),
  {
    files: ["src/workbook/file/**/*.ts"],
    rules: restricted(
      ["app", "taskpane", "cli", "functions", "documents", "office"],
      "src/workbook/file (ExcelJS) ne dépend ni des couches supérieures ni de src/workbook/office (Office.js) : mettez ce qu'ils partagent dans src/workbook/ ou src/domain/."
    ),
  },
];
