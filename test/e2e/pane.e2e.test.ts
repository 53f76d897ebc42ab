import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { flat, HAS_POPPLER, pdfText } from "../documents/poppler";
import { axeCheck, type AxeFinding } from "./support/axe";
import { isLocal, launchChromium, recordingContext } from "./support/browser";
import { builtPane, E2E_OUTPUT, ROOT } from "./support/buildPane";
import { download, readXlsx } from "./support/downloads";
import {
  changeOfficeTheme,
  OFFICE_JS,
  registeredIds,
  serveStandIn,
  themeHandlerCount,
} from "./support/officeStandIn";
import {
  answerDialogs,
  csvStatements,
  editedRegister,
  generateWithWorkbook,
  keep,
  openAndCheck,
  previewEntries,
  type IssuedStatement,
} from "./support/statementsFlow";
import { serveDirectory, type StaticServer } from "./support/staticServer";

// The pane as a user gets it: a production build served on 127.0.0.1, Debian's Chromium driven
// by playwright-core. `npm run test:e2e`; needs the chromium and poppler-utils packages.

const SAMPLE_REGISTER = path.join(ROOT, "assets", "registre-exemple.xlsx");
const SCREENSHOTS = path.join(E2E_OUTPUT, "screenshots");
/**
 * Date of issue of the tests: a new statement may not be dated before its member's transfer,
 * and the sample's Val d'Exemple joined on 01/09/2025.
 */
const ISSUE_DATE = "2025-09-01";

let server: StaticServer;
let browser: Browser;
/** The built pane's directory. */
let dist: string;

beforeAll(async () => {
  if (!HAS_POPPLER) throw new Error("pdftotext missing: apt-get install -y poppler-utils");
  mkdirSync(SCREENSHOTS, { recursive: true });
  const [built, launched] = await Promise.all([builtPane(), launchChromium()]);
  dist = built;
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
    await page.getByLabel("Date d'émission").fill(ISSUE_DATE);
    await page.getByRole("button", { name: "Vérifier le registre et prévisualiser" }).click();

    await page.getByRole("heading", { name: "Contrôle du registre" }).waitFor();
    // 420 px: the preview is a list (issue 15), number, member and total first.
    await previewEntries(page, /^2025-0001 Ville de Hem /).waitFor();
    await page.getByText(/^4 appel\(s\), total/).waitFor();
    await screenshot(page, "02-preview");
    expect(await accessibilityOf(page, "statements preview", findings)).toEqual([]);

    // The workbook, which holds the journal, is downloaded as part of the generation.
    const started = await generateWithWorkbook(page);
    const workbook = { name: started.suggestedFilename(), file: "" };
    workbook.file = await keep(started, workbook.name);
    await page.getByText(/4 appel\(s\) inscrit\(s\) au journal/).waitFor();
    await screenshot(page, "03-generated");
    expect(await accessibilityOf(page, "statements generated", findings)).toEqual([]);

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
    expect(csvLines[0]).toBe(
      "Numéro;Débiteur;SIRET;Objet;Montant;Code service;N° d'engagement;Date d'émission;" +
        "Échéance;Exercice;Imputation nature;Imputation fonction;N° de pièce PES"
    );
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
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));

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
    // Without Office.js, functions.js stops at its first CustomFunctions.associate (the webpack
    // plugin adds those calls unguarded); there is nothing to register outside Excel anyway.
    expect(pageErrors).toEqual(["CustomFunctions is not defined"]);
    await context.close();
  });
});

describe("taskpane.html in Excel, with a stand-in office.js (issue 10)", () => {
  /** The ids of the ENT functions, from the built functions.json. */
  function functionIds(): string[] {
    const metadata = JSON.parse(readFileSync(path.join(dist, "functions.json"), "utf8")) as {
      functions: { id: string }[];
    };
    return metadata.functions.map((entry) => entry.id);
  }

  /** Opens taskpane.html with the stand-in served `delayMs` late; resolves once the pane shows. */
  async function openInStandIn(
    delayMs: number,
    config: Parameters<typeof serveStandIn>[2] = {}
  ): Promise<{ page: Page; pageErrors: string[]; close: () => Promise<void> }> {
    const { context } = await recordingContext(browser);
    await serveStandIn(context, delayMs, config);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { level: 1, name: "Contributions ENT" }).waitFor();
    return { page, pageErrors, close: () => context.close() };
  }

  test("the built page loads office.js as a plain script in <head>, before functions.js and taskpane.js", () => {
    const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const head = html.slice(0, html.indexOf("</head>"));
    const scripts = [...head.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts).toHaveLength(3);
    expect(scripts[0]).toContain(`src=${OFFICE_JS}`);
    expect(scripts[0]).not.toMatch(/\b(async|defer)\b/);
    expect(scripts[1]).toMatch(/src=functions\.js/);
    expect(scripts[2]).toMatch(/src=taskpane\.js/);
  });

  test("registers all the ENT functions whether office.js arrives 0, 50, 200 or 1 000 ms late", async () => {
    const ids = functionIds();
    expect(ids.length).toBeGreaterThanOrEqual(12);
    const printed: string[] = [];
    for (const delay of [0, 50, 200, 1000]) {
      const counts: number[] = [];
      for (let run = 0; run < 3; run++) {
        const { page, pageErrors, close } = await openInStandIn(delay);
        await page.getByText(/^Connecté à Excel/).waitFor();
        const registered = await registeredIds(page);
        counts.push(registered.length);
        expect([...registered].sort()).toEqual([...ids].sort());
        expect(pageErrors).toEqual([]);
        await close();
      }
      printed.push(`office.js +${delay} ms: ${counts.map((n) => `${n}/${ids.length}`).join(", ")}`);
    }
    console.log(`functions registered (3 runs per delay)\n${printed.join("\n")}`);
  }, 120_000);

  test("says in French what an old Excel lacks (ExcelApi 1.8 only), and still registers the functions", async () => {
    const { page, pageErrors, close } = await openInStandIn(0, { supported: { ExcelApi: "1.8" } });
    const warning = page.getByRole("group", {
      name: "Cette version d'Excel est trop ancienne pour une partie du complément",
    });
    await warning.waitFor();
    expect(await warning.getByRole("listitem").allTextContents()).toEqual([
      "ExcelApi 1.9 : le volet ne peut pas écrire les appels de contribution ni l'extrait de séance dans le classeur (feuilles, tableaux, mise en page A4)",
    ]);
    await screenshot(page, "10-taskpane-old-excel");
    const { blocking } = await axeCheck(page);
    expect(blocking).toEqual([]);
    expect((await registeredIds(page)).sort()).toEqual(functionIds().sort());
    expect(pageErrors).toEqual([]);
    await close();
  });

  test("follows the Office theme changed while the pane is open: by OfficeThemeChanged, else on focus", async () => {
    const main = (page: Page) => page.getByRole("main");
    const background = (page: Page) =>
      main(page).evaluate((element) => getComputedStyle(element).backgroundColor);

    const withEvent = await openInStandIn(0);
    await withEvent.page.getByText(/^Connecté à Excel/).waitFor();
    for (let wait = 0; wait < 50 && (await themeHandlerCount(withEvent.page)) === 0; wait++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await themeHandlerCount(withEvent.page)).toBe(1);
    expect(await main(withEvent.page).getAttribute("data-theme")).toBe("light");
    expect(await background(withEvent.page)).toBe("rgb(255, 255, 255)");
    await changeOfficeTheme(withEvent.page, "#262626");
    await withEvent.page.locator("main[data-theme=dark]").waitFor();
    expect(await background(withEvent.page)).toBe("rgb(41, 41, 41)");
    await screenshot(withEvent.page, "11-taskpane-dark");
    await withEvent.close();

    // A host that refuses the event: the pane reads the theme again when it gets the focus.
    const withoutEvent = await openInStandIn(0, { themeEvent: false });
    await withoutEvent.page.getByText(/^Connecté à Excel/).waitFor();
    await changeOfficeTheme(withoutEvent.page, "#262626");
    expect(await main(withoutEvent.page).getAttribute("data-theme")).toBe("light");
    await withoutEvent.page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await withoutEvent.page.locator("main[data-theme=dark]").waitFor();
    expect(withoutEvent.pageErrors).toEqual([]);
    await withoutEvent.close();
  });

  test("a CDN that hangs holds the page, as Microsoft's model implies; once the request fails the pane starts at once", async () => {
    const { context } = await recordingContext(browser);
    let failed = 0;
    await context.route(OFFICE_JS, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 8000));
      failed = Date.now();
      await route.abort("timedout");
    });
    const page = await context.newPage();
    await page.goto(`${server.origin}/taskpane.html`, { waitUntil: "commit" });
    await new Promise((resolve) => setTimeout(resolve, 6000));
    // Six seconds into the hang: the parser still waits for office.js, nothing is shown.
    expect(failed).toBe(0);
    expect(await page.locator("#root").count()).toBe(0);
    await page.getByRole("heading", { level: 1, name: "Contributions ENT" }).waitFor();
    await page.getByText(/Ouvert hors d'Excel/).waitFor();
    expect(failed).toBeGreaterThan(0);
    expect(Date.now() - failed).toBeLessThan(2000);
    await context.close();
  }, 30_000);
});

/**
 * The journal rows of a statements workbook: number, member, amount in cents, status. ExcelJS
 * reads the amount as euros (a number) and the status as the text written.
 */
async function journalRows(file: string): Promise<(readonly [...IssuedStatement, string])[]> {
  const saved = await readXlsx(file);
  const journal = saved.tables.find((table) => table.name === "JournalAppels");
  return (journal?.rows ?? []).map(
    (row) =>
      [String(row[0]), String(row[2]), Math.round(Number(row[3]) * 100), String(row[7])] as const
  );
}

/** Whether an element lies inside the first `width` pixels of the page, horizontally. */
async function fitsWithin(element: Locator, width: number): Promise<boolean> {
  const box = await element.boundingBox();
  return box !== null && box.x >= 0 && box.x + box.width <= width;
}

describe("a number once issued always denotes the same statement (issue 9)", () => {
  const NUMBERS = ["2025-0001", "2025-0002", "2025-0003", "2025-0004"];

  /**
   * First generation from the original register, keeping only the accounting CSV: the workbook
   * the generation downloads by itself is offered, first, and left unused. Returns the CSV's
   * statements.
   */
  async function firstGenerationKeepingOnlyTheCsv(page: Page): Promise<IssuedStatement[]> {
    await page.goto(`${server.origin}/standalone.html`);
    await openAndCheck(page, SAMPLE_REGISTER, 2025, ISSUE_DATE);
    const offered = await generateWithWorkbook(page);
    expect(offered.suggestedFilename()).toBe("appels-2025.xlsx");
    await page
      .getByText(
        "Conservez appels-2025.xlsx : il contient le journal des numéros émis ; c'est le registre à rouvrir pour toute nouvelle génération.",
        { exact: false }
      )
      .waitFor();
    // The workbook's button comes first, then the CSV, the PES file and the PDFs.
    const files = page.getByRole("region", { name: "Fichiers des appels" });
    expect(await files.getByRole("button").allTextContents()).toEqual([
      "Télécharger le classeur des appels (.xlsx)",
      "Télécharger le CSV pour la comptabilité",
      "Télécharger le fichier PES (.xml)",
      "Télécharger les avis en PDF",
    ]);
    const csv = await download(
      page,
      files.getByRole("button", { name: "Télécharger le CSV pour la comptabilité" })
    );
    return csvStatements(csv.file);
  }

  /** Closing the tab is warned: the beforeunload dialog shows, and staying keeps the page. */
  async function closingIsWarned(page: Page, dialogs: ReturnType<typeof answerDialogs>) {
    const before = dialogs.seen.length;
    dialogs.answer = "stay";
    await page.close({ runBeforeUnload: true });
    for (let wait = 0; wait < 50 && dialogs.seen.length === before; wait++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(dialogs.seen.slice(before)).toEqual(["beforeunload"]);
    expect(page.isClosed()).toBe(false);
  }

  test("only the CSV kept, the tab closed and reloaded, the original register reopened: the numbers are put back, none is issued again", async () => {
    const { context } = await recordingContext(browser);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    const dialogs = answerDialogs(page);

    const first = await firstGenerationKeepingOnlyTheCsv(page);
    expect(first.map(([number]) => number)).toEqual(NUMBERS);
    await screenshot(page, "06-kept-generated");

    await closingIsWarned(page, dialogs);
    dialogs.answer = "leave";
    await page.reload();
    expect(dialogs.seen).toEqual(["beforeunload", "beforeunload"]);

    // The same original register, reopened in a fresh page of the same browser.
    await openAndCheck(page, SAMPLE_REGISTER, 2025, ISSUE_DATE);
    await page
      .getByText(
        "Ce navigateur a gardé 4 numéros de 2025 déjà émis qui manquent au journal de ce registre (2025-0001 … 2025-0004) : ils y seront remis à la génération, avant tout nouveau numéro",
        { exact: false }
      )
      .waitFor();
    for (const [number, member] of first)
      await previewEntries(page, new RegExp(`^${number} ${member} .*déjà émis`)).waitFor();
    expect(await previewEntries(page, /· nouveau/).count()).toBe(0);
    // At 350 px (the narrowest task pane) the warning fits, with no horizontal scrolling.
    await page.setViewportSize({ width: 350, height: 900 });
    await screenshot(page, "07-restored-preview-350px");
    expect(await fitsWithin(page.getByText(/^Ce navigateur a gardé/), 350)).toBe(true);
    const findings: Record<string, AxeFinding[]> = {};
    expect(await accessibilityOf(page, "numbers put back", findings)).toEqual([]);

    const second = await keep(await generateWithWorkbook(page), "a-appels-2025-second.xlsx");
    await page
      .getByText(/4 numéro\(s\) déjà émis remis au journal ; 0 appel\(s\) inscrit\(s\)/)
      .waitFor();
    await screenshot(page, "08-restored-generated-350px");
    const files = page.getByRole("region", { name: "Fichiers des appels" });
    expect(await fitsWithin(files, 350)).toBe(true);
    for (const button of await files.getByRole("button").all())
      expect(await fitsWithin(button, 350)).toBe(true);
    expect(await accessibilityOf(page, "numbers put back, generated", findings)).toEqual([]);
    // The journal is back in the workbook: the first numbers, same members and amounts, nothing new.
    const journal = await journalRows(second);
    expect(journal).toEqual(first.map((statement) => [...statement, "émis"]));
    expect(new Set(journal.map(([number]) => number)).size).toBe(journal.length);
    expect((await readXlsx(second)).sheets).toEqual(
      expect.arrayContaining(NUMBERS.map((number) => `Appel ${number}`))
    );
    // Once the user downloaded the workbook with its button, closing is no longer warned.
    await download(
      page,
      page.getByRole("button", { name: "Télécharger le classeur des appels (.xlsx)" })
    );
    await page.getByText(/^Classeur téléchargé\. Conservez appels-2025\.xlsx/).waitFor();
    const seen = dialogs.seen.length;
    dialogs.answer = "stay";
    await page.reload();
    expect(dialogs.seen.length).toBe(seen);

    const minor = Object.entries(findings).filter(([, found]) => found.length > 0);
    if (minor.length > 0) console.log("axe, minor and moderate:", JSON.stringify(minor, null, 2));
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  test("the original register reopened with a member's pupils changed: a new number, the old one cancelled, never reused", async () => {
    const { context } = await recordingContext(browser);
    const page = await context.newPage();
    const dialogs = answerDialogs(page);
    const first = await firstGenerationKeepingOnlyTheCsv(page);
    expect(first.map(([number]) => number)).toEqual(NUMBERS);

    // Exemple-sur-Lys (2025-0003): 700 pupils instead of 640, in a copy edited by ExcelJS.
    const changed = await editedRegister(
      SAMPLE_REGISTER,
      "registre-exemple-eleves-modifies.xlsx",
      "Commune d'Exemple-sur-Lys",
      "Élèves",
      700
    );
    dialogs.answer = "leave";
    await page.reload();
    await openAndCheck(page, changed, 2025, ISSUE_DATE);
    await page.getByText(/^Ce navigateur a gardé 4 numéros de 2025 déjà émis/).waitFor();
    await previewEntries(
      page,
      /^2025-0005 Commune d'Exemple-sur-Lys .*700 élèves · montant modifié.*2025-0003 est annulé et remplacé/
    ).waitFor();
    await screenshot(page, "09-changed-preview");

    const second = await keep(await generateWithWorkbook(page), "b-appels-2025-second.xlsx");
    await page
      .getByText(
        /4 numéro\(s\) déjà émis remis au journal ; 1 appel\(s\) inscrit\(s\) au journal, 1 annulé\(s\)/
      )
      .waitFor();
    const byNumber = new Map(first.map(([number, member, cents]) => [number, [member, cents]]));
    // 700 × 1,30 € + 2 half-days × 150 € = 1 210,00 €
    expect(await journalRows(second)).toEqual([
      ["2025-0001", ...(byNumber.get("2025-0001") ?? []), "émis"],
      ["2025-0002", ...(byNumber.get("2025-0002") ?? []), "émis"],
      ["2025-0003", ...(byNumber.get("2025-0003") ?? []), "annulé"],
      ["2025-0004", ...(byNumber.get("2025-0004") ?? []), "émis"],
      ["2025-0005", "Commune d'Exemple-sur-Lys", 121000, "émis"],
    ]);
    const csv = await download(
      page,
      page.getByRole("button", { name: "Télécharger le CSV pour la comptabilité" })
    );
    expect(csvStatements(csv.file)).toEqual([["2025-0005", "Commune d'Exemple-sur-Lys", 121000]]);
    await context.close();
  });
});
