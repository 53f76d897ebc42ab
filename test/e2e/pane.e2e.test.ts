import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { flat, HAS_POPPLER, pdfText } from "../documents/poppler";
import { axeCheck, type AxeFinding } from "./support/axe";
import { isLocal, launchChromium, recordingContext } from "./support/browser";
import { builtPane, E2E_OUTPUT, ROOT } from "./support/buildPane";
import { download, readXlsx } from "./support/downloads";
import { serveDirectory, type StaticServer } from "./support/staticServer";

// The pane as a user gets it: a production build served on 127.0.0.1, Debian's Chromium driven
// by playwright-core. `npm run test:e2e`; needs the chromium and poppler-utils packages.

const SAMPLE_REGISTER = path.join(ROOT, "assets", "registre-exemple.xlsx");
const SCREENSHOTS = path.join(E2E_OUTPUT, "screenshots");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!HAS_POPPLER) throw new Error("pdftotext missing: apt-get install -y poppler-utils");
  mkdirSync(SCREENSHOTS, { recursive: true });
  const [dist, launched] = await Promise.all([builtPane(), launchChromium()]);
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

/** Runs axe on the view shown, keeps everything it found in `findings`, and returns the serious. */
async function accessibilityOf(
  page: Page,
  view: string,
  findings: Record<string, AxeFinding[]>
): Promise<AxeFinding[]> {
  const { all, blocking } = await axeCheck(page);
  findings[view] = all;
  return blocking;
}

describe("the pane in a plain browser", () => {
  test("opens the sample register, previews, generates and downloads the workbook, the CSV and the PDF, asking nothing of any other host", async () => {
    const { context, requests } = await recordingContext(browser);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    const findings: Record<string, AxeFinding[]> = {};

    await page.goto(`${server.origin}/standalone.html`);
    await page.getByRole("heading", { level: 1, name: "Contributions ENT" }).waitFor();
    await page.getByRole("button", { name: "ENT.CONTRIB" }).waitFor();
    await screenshot(page, "01-functions");
    expect(await accessibilityOf(page, "functions", findings)).toEqual([]);

    await page.getByRole("tab", { name: "Appels de contribution" }).click();
    await page.getByLabel("Ouvrir un registre (.xlsx)").setInputFiles(SAMPLE_REGISTER);
    await page.getByText("Registre ouvert : registre-exemple.xlsx.").waitFor();
    const year = page.getByRole("spinbutton", { name: "Exercice" });
    await year.fill("2025");
    await year.press("Enter");
    await page.getByLabel("Date d'émission").fill("2025-03-01");
    await page.getByRole("button", { name: "Vérifier le registre et prévisualiser" }).click();

    await page.getByRole("heading", { name: "Contrôle du registre" }).waitFor();
    const preview = page.getByRole("table", { name: "Aperçu des appels" });
    await preview.getByRole("row", { name: /2025-0001 Ville de Hem/ }).waitFor();
    await page.getByText(/^4 appel\(s\), total/).waitFor();
    await screenshot(page, "02-preview");
    expect(await accessibilityOf(page, "statements preview", findings)).toEqual([]);

    await page.getByRole("button", { name: "Générer les appels" }).click();
    await page.getByText(/4 appel\(s\) inscrit\(s\) au journal/).waitFor();
    await screenshot(page, "03-generated");
    expect(await accessibilityOf(page, "statements generated", findings)).toEqual([]);

    const workbook = await download(
      page,
      page.getByRole("button", { name: "Télécharger le classeur des appels (.xlsx)" })
    );
    const csv = await download(
      page,
      page.getByRole("button", { name: "Télécharger le CSV pour la comptabilité" })
    );
    const pdf = await download(
      page,
      page.getByRole("button", { name: "Télécharger les avis en PDF" })
    );
    expect([workbook.name, csv.name, pdf.name]).toEqual([
      "appels-2025.xlsx",
      "appels-2025.csv",
      "appels-2025.pdf",
    ]);

    const saved = await readXlsx(workbook.file);
    const tables = new Map(saved.tables.map((table) => [table.name, table]));
    expect(tables.has("Membres")).toBe(true);
    const journal = tables.get("JournalAppels");
    expect(journal?.rows).toHaveLength(4);
    expect(journal?.rows.map((row) => row[0])).toEqual([
      "2025-0001",
      "2025-0002",
      "2025-0003",
      "2025-0004",
    ]);
    expect(saved.sheets).toEqual(
      expect.arrayContaining(["Appel 2025-0001", "Synthèse 2025", "Membres"])
    );

    const csvBytes = readFileSync(csv.file);
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvLines = csvBytes.subarray(3).toString("utf8").split(/\r?\n/);
    expect(csvLines[0]).toBe("Numéro;Débiteur;SIRET;Objet;Montant;Code service;N° d'engagement");
    expect(csvLines.some((line) => line.startsWith("2025-0001;Ville de Hem;"))).toBe(true);

    const pdfBytes = readFileSync(pdf.file);
    expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(flat(pdfText(pdfBytes))).toContain("Ville de Hem");

    await page.getByRole("tab", { name: "Séance du comité" }).click();
    await page.getByText("Ouvrez ce volet dans Excel").waitFor();
    await screenshot(page, "04-sitting");
    expect(await accessibilityOf(page, "sitting", findings)).toEqual([]);

    // Findings of minor and moderate impact do not fail the test; they are printed for review.
    const minor = Object.entries(findings).filter(([, found]) => found.length > 0);
    if (minor.length > 0) console.log("axe, minor and moderate:", JSON.stringify(minor, null, 2));
    expect(pageErrors).toEqual([]);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    // The heavy parts came when asked for: the views, ExcelJS and the PDF writer are separate chunks.
    for (const chunk of ["statements", "xlsx", "pdf"])
      expect(requests.some((url) => url.includes(`/${chunk}.`))).toBe(true);
    await context.close();
  });

  test("starts taskpane.html without Office when office.js cannot be downloaded, within six seconds", async () => {
    const { context, requests } = await recordingContext(browser);
    await context.route(OFFICE_JS, (route) => route.abort("internetdisconnected"));
    const page = await context.newPage();

    const started = Date.now();
    await page.goto(`${server.origin}/taskpane.html`);
    await page
      .getByRole("heading", { level: 1, name: "Contributions ENT" })
      .waitFor({ timeout: 6000 });
    expect(Date.now() - started).toBeLessThan(6000);
    await page.getByText(/Ouvert hors d'Excel/).waitFor();
    await page.getByRole("tab", { name: "Appels de contribution" }).click();
    await page.getByLabel("Ouvrir un registre (.xlsx)").waitFor();
    await screenshot(page, "05-taskpane-offline");

    // office.js was asked for and refused by the route; nothing else left the machine.
    expect(requests.filter((url) => !isLocal(url))).toEqual([OFFICE_JS]);
    await context.close();
  });
});
