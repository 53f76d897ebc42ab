// Test helper (run by layers.test.ts in a child process, since ESLint loads its flat config with
// a dynamic import that Jest's module system refuses): reads [{file, importPath}] as JSON on
// stdin, lints one import written in each file's place with the project's ESLint config, and
// prints the no-restricted-imports messages of each case as JSON.
import path from "node:path";
import { ESLint } from "eslint";

const root = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: root });
const layerMessages = (result) =>
  result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);

let input = "";
for await (const chunk of process.stdin) input += chunk;
const out = [];
for (const { file, importPath } of JSON.parse(input)) {
  const code = `import { x } from "${importPath}";\nexport const y = x;\n`;
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  out.push(layerMessages(result));
}
process.stdout.write(JSON.stringify(out));
