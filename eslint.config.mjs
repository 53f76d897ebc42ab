// ESLint flat config: recommended JavaScript and TypeScript rules, Prettier owns formatting
// (office-addin-prettier-config, as office-addin-lint sets it up).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";
import { layerRules } from "./eslint.layers.mjs";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "bench/out/", "test-output/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Excel boundary: custom functions receive whatever a cell holds, typed `any` so that
    // custom-functions-metadata declares them as such; they are narrowed at once in arguments/.
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  ...layerRules,
  {
    files: ["**/*.cjs", "webpack.config.js", "jest.config.js", "jest.e2e.config.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    // CommonJS build tooling loads its modules with require().
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Node code: the command line (src/cli), build and dev tooling, benchmarks, tests.
    files: ["src/cli/**", "scripts/**", "bench/**", "test/**"],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier
);
