import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { hugeTextXlsx, tenMillionCellsXlsx } from "../workbook/file/craftedFiles";
import { isLocal, launchChromium, recordingContext } from "./support/browser";
import { builtPane, E2E_OUTPUT, ROOT } from "./support/buildPane";
import { download } from "./support/downloads";
import { csvStatements, generateWithWorkbook, keep, REGISTERS } from "./support/statementsFlow";
import { serveDirectory, type StaticServer } from "./support/staticServer";

// Registers from every spreadsheet program in the page (standalone.html), as a user opens them:
// the corpus of test/fixtures/registers/ (LibreOffice, openpyxl) gives the same preview, CSV and
// journal as the sample register; the files the page cannot read are refused with their French
// message. `npm run test:e2e`; a build of its own in test-output/e2e/formats-dist (or E2E_DIST).

const SAMPLE_REGISTER = path.join(ROOT, "assets", "registre-exemple.xlsx");
const FIXTURES = path.join(ROOT, "test", "fixtures", "registers");
const SCREENSHOTS = path.join(E2E_OUTPUT, "screenshots");
/** A date of issue every member of the sample owing 2025 has joined by. */
const ISSUE_DATE = "2025-10-01";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const [built, launched] = await Promise.all([builtPane("formats-dist"), launchChromium()]);
  browser = launched;
  server = await serveDirectory(built);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A new page on the statements tab, in a context of its own (its own kept journal). */
async function statementsPage() {
  const { context, requests } = await recordingContext(browser);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.origin}/standalone.html`);
  await page.getByRole("tab", { name: "Appels de contribution" }).click();
  return { context, page, errors, requests };
}

const fileInput = (page: Page) => page.getByLabel(/^Ouvrir un registre/);

/** Opens a register, checks 2025 and generates: the statements of the CSV and its bytes. */
async function generated(file: string) {
  const { context, page, errors, requests } = await statementsPage();
  await fileInput(page).setInputFiles(file);
  await page.getByText(`Registre ouvert : ${path.basename(file)}.`).waitFor();
  const year = page.getByRole("spinbutton", { name: "Exercice" });
  await year.fill("2025");
  await year.press("Enter");
  await page.getByLabel("Date d'émission").fill(ISSUE_DATE);
  await page.getByRole("button", { name: "Vérifier le registre et prévisualiser" }).click();
  await page.getByLabel("Aperçu des appels").waitFor();
  const preview = await page.getByLabel("Aperçu des appels").innerText();
  const workbook = await keep(
    await generateWithWorkbook(page),
    `formats-${path.basename(file)}.xlsx`
  );
  const csv = await download(
    page,
    page.getByRole("button", { name: "Télécharger le CSV pour la comptabilité" })
  );
  const csvBytes = readFileSync(csv.file);
  await context.close();
  expect(errors).toEqual([]);
  expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  return { preview, csv: csvStatements(csv.file), csvBytes, workbook };
}

describe("registers written by other programs, in the page", () => {
  let sample: Awaited<ReturnType<typeof generated>>;

  beforeAll(async () => {
    sample = await generated(SAMPLE_REGISTER);
  }, 120_000);

  test("the sample register gives statements to compare with", () => {
    expect(sample.csv.length).toBeGreaterThan(0);
  });

  test.each(["libreoffice.xlsx", "libreoffice.ods", "openpyxl.xlsx"])(
    "%s: the same preview, the same CSV, a workbook that reads back",
    async (name) => {
      const read = await generated(path.join(FIXTURES, name));
      expect(read.preview).toBe(sample.preview);
      expect(read.csv).toEqual(sample.csv);
      expect(read.csvBytes.equals(sample.csvBytes)).toBe(true);
      expect(readFileSync(read.workbook).subarray(0, 2).toString("latin1")).toBe("PK");
    }
  );

  test.each<[string, string]>([
    ["tronque.xlsx", "est endommagé"],
    ["ancien-libreoffice.xls", "est un classeur Excel 97-2003 (.xls)"],
    ["protege-libreoffice.ods", "est protégé par un mot de passe"],
    ["texte-300-Mo.xlsx", "dépasse la taille d'un registre"],
    ["dix-millions.xlsx", "dépasse la taille d'un registre"],
  ])("%s: refused with its French message, nothing opened", async (name, words) => {
    let file = path.join(FIXTURES, name);
    if (name === "texte-300-Mo.xlsx" || name === "dix-millions.xlsx") {
      mkdirSync(REGISTERS, { recursive: true });
      file = path.join(REGISTERS, name);
      writeFileSync(file, name === "texte-300-Mo.xlsx" ? hugeTextXlsx() : tenMillionCellsXlsx());
    }
    const { context, page, errors } = await statementsPage();
    await fileInput(page).setInputFiles(file);
    const notice = page.getByText(`Le fichier « ${name} » ${words}`);
    await notice.waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, `formats-${name}.png`), fullPage: true });
    const text = await notice.innerText();
    expect(text).not.toMatch(/Erreur inattendue|Cannot|undefined|JSZip/);
    expect(text).toMatch(/(enregistrez|copie|vérifiez)/);
    expect(await page.getByText(/^Registre ouvert/).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
