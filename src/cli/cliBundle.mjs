// The statements command, compiled once: an esbuild bundle of src/cli/cli.ts and of
// its PDF worker, kept in node_modules/.cache/ent-statements and rebuilt only when one of the
// files it was built from (or package-lock.json, or this file) has changed since. Running the
// bundle with node starts in about 0.2 s where tsx takes over a second to compile the
// TypeScript on every run (docs/decisions/0010).
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Where the bundle lives: cli.js, pdfWorker.js and built-from.json; ENT_STATEMENTS_BUNDLE_DIR
 * moves it (the tests build into a folder of their own).
 */
export const CLI_BUNDLE_DIR = resolve(
  process.env.ENT_STATEMENTS_BUNDLE_DIR ?? join(ROOT, "node_modules", ".cache", "ent-statements")
);

/** The files that are not bundle inputs but still make a bundle stale when they change. */
const ALSO_WATCHED = ["package-lock.json", "src/cli/cliBundle.mjs"];

/** Modification time of a file in ms, or Infinity when it is gone (the bundle is then stale). */
function modified(path) {
  try {
    return statSync(join(ROOT, path)).mtimeMs;
  } catch {
    return Infinity;
  }
}

/**
 * Whether the bundle in CLI_BUNDLE_DIR exists and is newer than every file it was built from.
 *
 * @returns {boolean}
 */
export function cliBundleIsFresh() {
  const manifest = join(CLI_BUNDLE_DIR, "built-from.json");
  if (!existsSync(join(CLI_BUNDLE_DIR, "cli.js")) || !existsSync(manifest)) return false;
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(manifest, "utf8"));
    return [...inputs, ...ALSO_WATCHED].every((path) => modified(path) < builtAt);
  } catch {
    return false;
  }
}

/**
 * Builds the bundle into a new folder, then puts it in place of the old one: a run that starts
 * meanwhile never loads half a bundle.
 *
 * @returns {Promise<number>} the build time, in ms
 */
export async function buildCliBundle() {
  const start = performance.now();
  const { build } = await import("esbuild");
  const builtAt = Date.now();
  const temporary = `${CLI_BUNDLE_DIR}.${process.pid}`;
  await rm(temporary, { recursive: true, force: true });
  await mkdir(dirname(CLI_BUNDLE_DIR), { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: {
      cli: "src/cli/cli.ts",
      pdfWorker: "src/cli/pdfWorker.ts",
    },
    outdir: temporary,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: `node${process.versions.node.split(".")[0]}`,
    sourcemap: "linked",
    metafile: true,
    logLevel: "warning",
  });
  // The project's own files; those under node_modules change only with package-lock.json.
  const inputs = Object.keys(result.metafile.inputs).filter(
    (path) => !path.startsWith("node_modules/")
  );
  await writeFile(join(temporary, "built-from.json"), JSON.stringify({ builtAt, inputs }));
  await rm(CLI_BUNDLE_DIR, { recursive: true, force: true });
  await rename(temporary, CLI_BUNDLE_DIR);
  return performance.now() - start;
}

/**
 * The bundle's entry, built first when missing or stale.
 *
 * @returns {Promise<{ cli: string, builtMs: number | null }>} the path of cli.js, and the build
 *   time when it had to be built
 */
export async function ensureCliBundle() {
  const builtMs = cliBundleIsFresh() ? null : await buildCliBundle();
  return { cli: join(CLI_BUNDLE_DIR, "cli.js"), builtMs };
}
