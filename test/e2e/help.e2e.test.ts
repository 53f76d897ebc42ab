import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { validateManifest } from "../../scripts/manifest/validateManifest";
import { schemaErrors } from "../metadata/customFunctionsSchema";
import { axeCheck } from "./support/axe";
import { isLocal, launchChromium, recordingContext } from "./support/browser";
import { builtPane, E2E_OUTPUT, ROOT } from "./support/buildPane";
import { serveDirectory, type StaticServer } from "./support/staticServer";

// The help pages and the files the manifest names, as a production build deploys them: the
// manifest rewritten for its address passes `npm run validate` and names only files of the build,
// the metadata satisfies its schema, and the help pages (SupportUrl, LearnMoreUrl) open in
// Debian's Chromium without asking anything of any server, accessible in light and dark themes.

const run = promisify(execFile);

/** The production address of CI's build (.ci/run). */
const PROD = "https://ent.example.invalid/complement/";

/** axe-core's browser build: injected before the page loads, as the pages' policy forbids scripts. */
const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");

/**
 * The build to check: E2E_DIST's (CI: `E2E_DIST=dist` after `npm run build`), else a production
 * build of our own in test-output/e2e/help-dist, apart from the pane tests' build so that the two
 * files can run side by side.
 */
async function builtAddin(): Promise<string> {
  if (process.env.E2E_DIST) return builtPane();
  const dir = path.join(E2E_OUTPUT, "help-dist");
  const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  await run(process.execPath, [webpack, "--mode", "production", "--output-path", dir], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_BASE_URL: PROD },
    maxBuffer: 64 * 1024 * 1024,
  });
  return dir;
}

let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const [built, launched] = await Promise.all([builtAddin(), launchChromium()]);
  dist = built;
  browser = launched;
  server = await serveDirectory(dist);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the build", () => {
  test("writes a manifest that npm run validate accepts and that names only files of the build", async () => {
    const xml = readFileSync(path.join(dist, "manifest.xml"), "utf8");
    expect(await validateManifest(xml)).toEqual([]);
    const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1] ?? "";
    const base = source.replace(/[^/]*$/, "");
    const urls = [...xml.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1] ?? "");
    const files = urls.map((url) => (url.startsWith(base) ? url.slice(base.length) : url));
    expect(files).toEqual(expect.arrayContaining(["help.html", "help.en-US.html"]));
    expect(files.filter((file) => !existsSync(path.join(dist, file)))).toEqual([]);
  });

  test("copies the help pages byte for byte from src/help (no minifier rewrites them)", () => {
    for (const file of ["help.html", "help.en-US.html", "help.css"]) {
      const same = readFileSync(path.join(dist, file)).equals(
        readFileSync(path.join(ROOT, "src", "help", file))
      );
      expect({ file, same }).toEqual({ file, same: true });
    }
  });

  test("writes functions.json and functions.en-US.json that satisfy the custom functions schema", () => {
    for (const file of ["functions.json", "functions.en-US.json"]) {
      const metadata: unknown = JSON.parse(readFileSync(path.join(dist, file), "utf8"));
      expect({ file, errors: schemaErrors(metadata) }).toEqual({ file, errors: [] });
    }
  });
});

/** Opens a help page at 350 px, recording requests and console errors (a refused resource). */
async function openHelp(file: string, colorScheme: "light" | "dark") {
  const { context, requests } = await recordingContext(browser);
  const page = await context.newPage();
  await page.setViewportSize({ width: 350, height: 800 });
  await page.emulateMedia({ colorScheme });
  await page.addInitScript({ path: AXE });
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.origin}/${file}`);
  return { context, page, requests, errors };
}

/** True when the page is no wider than the window (nothing to scroll sideways). */
const fitsWidth = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe.each([
  {
    file: "help.html",
    title: "Contributions ENT — aide",
    other: "Help in English",
    otherTitle: "ENT contributions — help",
  },
  {
    file: "help.en-US.html",
    title: "ENT contributions — help",
    other: "Aide en français",
    otherTitle: "Contributions ENT — aide",
  },
])("$file in Chromium", ({ file, title, other, otherTitle }) => {
  test.each(["light", "dark"] as const)(
    "shows the functions at 350 px in the %s theme, requests nothing else, and passes axe",
    async (colorScheme) => {
      const { context, page, requests, errors } = await openHelp(file, colorScheme);
      try {
        await page.getByRole("heading", { level: 1, name: title }).waitFor();
        // One row per function of the built functions.json, plus the header row.
        const functions = (
          JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8")) as {
            functions: unknown[];
          }
        ).functions.length;
        expect(functions).toBeGreaterThan(0);
        expect(await page.getByRole("table").getByRole("row").count()).toBe(functions + 1);
        expect(await fitsWidth(page)).toBe(true);
        expect(requests).toEqual([`${server.origin}/${file}`, `${server.origin}/help.css`]);
        expect(requests.filter((url) => !isLocal(url))).toEqual([]);
        expect(errors).toEqual([]);
        expect((await axeCheck(page)).all).toEqual([]);
      } finally {
        await context.close();
      }
    }
  );

  test("links to the page in the other language", async () => {
    const { context, page } = await openHelp(file, "light");
    try {
      await page.getByRole("link", { name: other }).click();
      await page.getByRole("heading", { level: 1, name: otherTitle }).waitFor();
    } finally {
      await context.close();
    }
  });
});
