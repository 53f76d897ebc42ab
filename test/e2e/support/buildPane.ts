import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The project's root. */
export const ROOT = path.resolve(__dirname, "..", "..", "..");

/** Where the browser tests leave their screenshots, downloads and build (git-ignored). */
export const E2E_OUTPUT = path.join(ROOT, "test-output", "e2e");

/**
 * The built pane to serve: the production build these tests make in test-output/e2e/dist, so
 * they check what is deployed (minified, split into chunks) without touching dist/; or, when
 * E2E_DIST names a directory (e.g. `E2E_DIST=dist` after `npm run build`), that build as is.
 *
 * @param folder - the folder of test-output/e2e to build into: test files that run at the same
 *   time build into folders of their own
 * @returns the directory holding standalone.html and taskpane.html
 * @throws Error when E2E_DIST has no standalone.html, or when the build fails
 * @example
 * const dist = await builtPane(); // ".../test-output/e2e/dist"
 */
export async function builtPane(folder = "dist"): Promise<string> {
  const reused = process.env.E2E_DIST;
  if (reused) {
    const dir = path.resolve(ROOT, reused);
    if (!existsSync(path.join(dir, "standalone.html")))
      throw new Error(`E2E_DIST=${reused}: no standalone.html there; build it first.`);
    return dir;
  }
  const dir = path.join(E2E_OUTPUT, folder);
  const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  // The base URL only goes into the manifest, which these tests do not load.
  await run(process.execPath, [webpack, "--mode", "production", "--output-path", dir], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_BASE_URL: "https://127.0.0.1/" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return dir;
}
