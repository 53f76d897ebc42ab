import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { flat, HAS_POPPLER, pdfText } from "../documents/poppler";
import { launchChromium, recordingContext, isLocal } from "./support/browser";
import { builtPane, E2E_OUTPUT, ROOT } from "./support/buildPane";
import { download, readXlsx } from "./support/downloads";
import { generateWithWorkbook, keep, openAndCheck, previewEntries } from "./support/statementsFlow";
import { serveDirectory, type StaticServer } from "./support/staticServer";

// The sharing of net charges (RULES.md §5) in the pane as a user gets it: the shipped sample
// register of the method opened in the standalone page, previewed, generated, and its PDF read
// back with pdftotext. `npm run test:e2e`; needs the chromium and poppler-utils packages.

const SHARING_SAMPLE = path.join(ROOT, "assets", "registre-partage-exemple.xlsx");
const SCREENSHOTS = path.join(E2E_OUTPUT, "screenshots");

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!HAS_POPPLER) throw new Error("pdftotext missing: apt-get install -y poppler-utils");
  mkdirSync(SCREENSHOTS, { recursive: true });
  const [dist, launched] = await Promise.all([builtPane("sharing-dist"), launchChromium()]);
  browser = launched;
  server = await serveDirectory(dist);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

describe("the sharing of net charges in a plain browser", () => {
  test("opens the sharing sample, previews the shares, generates, and downloads the statements", async () => {
    const { context, requests } = await recordingContext(browser);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${server.origin}/standalone.html`);
    await page.getByRole("heading", { level: 1, name: "Contributions ENT" }).waitFor();

    await openAndCheck(page, SHARING_SAMPLE, 2026, "2026-10-01");
    await previewEntries(page, /^2026-0001 Commune d'Abbeville /).waitFor();
    await previewEntries(page, /^2026-0013 Département de la Somme /).waitFor();
    await page.getByText(/^13 appel\(s\), total/).waitFor();
    await screenshot(page, "partage-01-preview");

    const started = await generateWithWorkbook(page);
    const workbookFile = await keep(started, started.suggestedFilename());
    await page.getByText(/13 appel\(s\) inscrit\(s\) au journal/).waitFor();
    await screenshot(page, "partage-02-generated");
    const pdf = await download(
      page,
      page.getByRole("button", { name: "Télécharger les avis en PDF" })
    );

    const saved = await readXlsx(workbookFile);
    const journal = saved.tables.find((table) => table.name === "JournalAppels");
    expect(journal?.rows).toHaveLength(13);
    expect(journal?.rows[0]?.slice(0, 3)).toEqual(["2026-0001", 2026, "Commune d'Abbeville"]);

    const text = flat(pdfText(readFileSync(pdf.file)));
    expect(text).toContain("Assiette nette partagée 253 408,34 €");
    expect(text).toContain("Élèves bénéficiaires de l'ensemble des membres élèves 13 369");
    expect(text).toContain("Total à payer 36 924,19 €");
    expect(text).toContain("Total à payer 74 324,90 €");
    expect(pageErrors).toEqual([]);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    await context.close();
  });
});
