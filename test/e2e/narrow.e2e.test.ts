import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { openXlsxWorkbook } from "../../src/workbook/file/xlsxWorkbook";
import type { TableSnapshot } from "../../src/workbook/WorkbookGateway";
import { SITTING_2022_14_TABLE } from "../domain/governance/sittings";
import { axeCheck } from "./support/axe";
import { launchChromium, recordingContext } from "./support/browser";
import { builtPane, E2E_OUTPUT, ROOT } from "./support/buildPane";
import {
  selections,
  serveStandIn,
  type StandInConfig,
  type StandInWorkbook,
} from "./support/officeStandIn";
import { serveDirectory, type StaticServer } from "./support/staticServer";

// Issue 15: the pane at the width Excel gives it (350 px; 320 px at the narrowest) and wider
// (800 px). taskpane.html runs with the stand-in office.js, whose Excel.run reads the sample
// register (or the sitting of deliberation 2022-14) from memory and records the cells the pane
// selects. Screenshots go to test-output/e2e/screenshots/narrow-*.png.

const SAMPLE_REGISTER = path.join(ROOT, "assets", "registre-exemple.xlsx");
const SCREENSHOTS = path.join(E2E_OUTPUT, "screenshots");
const ISSUE_DATE = "2025-09-01";
const WIDTHS = [350, 800] as const;

let server: StaticServer;
let browser: Browser;
/** The sample register's tables, as the Office.js gateway reads them. */
let sample: TableSnapshot[];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const [dist, launched, register] = await Promise.all([
    builtPane(),
    launchChromium(),
    openXlsxWorkbook(readFileSync(SAMPLE_REGISTER)),
  ]);
  browser = launched;
  server = await serveDirectory(dist);
  sample = (await register.readTables()).map((table) => ({
    ...table,
    // Dates come out of the file as Date objects; Excel gives serial numbers.
    values: table.values.map((row) => row.map(excelValue)),
  }));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A cell as Range.values gives it: a Date becomes its serial number (1900 system). */
function excelValue(cell: unknown): unknown {
  if (!(cell instanceof Date)) return cell;
  return cell.getTime() / 86_400_000 + 25_569;
}

/** The sample's tables with cells changed: [table, first cell of the row, header, value]. */
function sampleWith(...changes: [string, string, string, unknown][]): StandInWorkbook {
  const tables = sample.map((table) => {
    const values = table.values.map((row) => [...row]);
    for (const [name, first, header, value] of changes) {
      if (name !== table.name) continue;
      const column = (values[0] ?? []).indexOf(header);
      const row = values.find((cells) => cells[0] === first);
      if (column < 0 || !row) throw new Error(`${name}: no row ${first} or column ${header}`);
      row[column] = value;
    }
    return { ...table, values };
  });
  return { sheets: [...new Set(tables.map((table) => table.sheet))], tables };
}

/**
 * The sample with its first member's SIRET one digit short (an error) and a setting the register
 * does not know, added below the Paramètres table (a warning).
 */
function registerWithProblems(): StandInWorkbook {
  const members = sample.find((table) => table.name === "Membres");
  const first = String(members?.values[1]?.[0] ?? "");
  const book = sampleWith(["Membres", first, "SIRET", "2159029950001"]);
  const tables = book.tables.map((table) => {
    if (table.name !== "Parametres") return table;
    const values = [...table.values, ["Couleur des avis", "bleu"]];
    return { ...table, values, address: table.address.replace(/\d+$/, String(values.length)) };
  });
  return { ...book, tables };
}

async function openPane(
  workbook: StandInWorkbook,
  width: number,
  config: StandInConfig = {}
): Promise<{ page: Page; pageErrors: string[]; close: () => Promise<void> }> {
  const { context } = await recordingContext(browser);
  await serveStandIn(context, 0, { ...config, workbook });
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return { page, pageErrors, close: () => context.close() };
}

function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * By how many pixels the page scrolls sideways (0: its content fits the window), measured after
 * two animation frames: a resize crosses the 600 px breakpoint through a media query event,
 * then React draws the narrow layout.
 */
async function pageOverflow(page: Page): Promise<number> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  );
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  );
}

/**
 * Whether an element is shown whole inside the window's width, and inside every box that clips
 * it (a scrolled frame): what the user reads without scrolling sideways.
 */
function visibleWithoutSideScroll(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    if (box.width === 0 || box.left < 0 || box.right > document.documentElement.clientWidth)
      return false;
    for (let parent = node.parentElement; parent; parent = parent.parentElement) {
      const overflow = getComputedStyle(parent).overflowX;
      if (overflow === "visible") continue;
      const frame = parent.getBoundingClientRect();
      if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5) return false;
    }
    return true;
  });
}

async function checkRegister(page: Page, french = true): Promise<void> {
  const year = page.getByRole("spinbutton", { name: french ? "Exercice" : "Financial year" });
  await year.fill("2025");
  await year.press("Enter");
  await page.getByLabel(french ? "Date d'émission" : "Date of issue").fill(ISSUE_DATE);
  await page
    .getByRole("button", {
      name: french ? "Vérifier le registre et prévisualiser" : "Check the register and preview",
    })
    .click();
  await page
    .getByRole("heading", { name: french ? "Contrôle du registre" : "Register check" })
    .waitFor();
}

describe("the pane at the width Excel gives it (issue 15)", () => {
  test.each(WIDTHS)(
    "at %i px the register's problems show their severity, place, value and message without sideways scrolling, each with its button",
    async (width) => {
      const { page, pageErrors, close } = await openPane(registerWithProblems(), width);
      await checkRegister(page);
      const narrow = width < 600;
      const problems = narrow
        ? page.getByRole("list", { name: "Contrôle du registre" }).getByRole("listitem")
        : page.getByRole("table", { name: "Contrôle du registre" }).getByRole("row");
      await problems.first().waitFor();
      const messages = [
        "SIRET invalide : 14 chiffres attendus (reçu 13 caractères).",
        /^paramètre inconnu, ignoré\. Paramètres acceptés : /,
      ];
      for (const message of messages) {
        const shown = page.getByText(message);
        expect(await shown.count()).toBe(1);
        expect(await visibleWithoutSideScroll(shown)).toBe(true);
      }
      const error = problems.filter({ hasText: "SIRET invalide" });
      for (const part of ["erreur", "Membres", "2159029950001"])
        expect(
          await visibleWithoutSideScroll(error.getByText(part, { exact: false }).first())
        ).toBe(true);
      if (narrow) await error.getByText(/^Membres, ligne \d+, colonne « SIRET »$/).waitFor();
      expect(await pageOverflow(page)).toBe(0);
      await screenshot(page, `narrow-${width}-problems`);

      // Keyboard: the error's button, focused and pressed with Enter, selects its cell.
      const goTo = error.getByRole("button", {
        name: /^Aller à la cellule : Membres, ligne \d+, SIRET$/,
      });
      expect(await visibleWithoutSideScroll(goTo)).toBe(true);
      await goTo.focus();
      await page.keyboard.press("Enter");
      for (let wait = 0; wait < 50 && (await selections(page)).length === 0; wait++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      const members = registerWithProblems().tables.find((table) => table.name === "Membres");
      expect(await selections(page)).toEqual([
        { table: "Membres", row: 1, column: members?.values[0]?.indexOf("SIRET") },
      ]);

      const { blocking } = await axeCheck(page);
      expect(blocking).toEqual([]);
      expect(pageErrors).toEqual([]);
      await close();
    }
  );

  test.each(WIDTHS)(
    "at %i px the preview shows each statement's number, member and total first, without sideways scrolling",
    async (width) => {
      const { page, pageErrors, close } = await openPane(
        { sheets: [...new Set(sample.map((t) => t.sheet))], tables: sample },
        width
      );
      await checkRegister(page);
      await page.getByText(/^4 appel\(s\), total/).waitFor();
      const narrow = width < 600;
      const entries = narrow
        ? page.getByRole("list", { name: "Aperçu des appels" }).getByRole("listitem")
        : page.getByRole("table", { name: "Aperçu des appels" }).getByRole("row");
      expect(await entries.count()).toBe(narrow ? 4 : 5);
      const hem = entries.filter({ hasText: "Ville de Hem" });
      for (const part of ["2025-0001", "Ville de Hem", "880,10", "nouveau"])
        expect(await visibleWithoutSideScroll(hem.getByText(part, { exact: false }).first())).toBe(
          true
        );
      if (narrow) {
        // What matters first: the number, the member and the total on the entry's first line.
        const [number, total] = await Promise.all([
          hem.getByText(/^2025-0001 Ville de Hem$/).boundingBox(),
          hem
            .getByText(/880,10/)
            .first()
            .boundingBox(),
        ]);
        expect(Math.abs((number?.y ?? 0) - (total?.y ?? 99))).toBeLessThan(4);
      }
      expect(await pageOverflow(page)).toBe(0);
      // The tab bar fits: its three tabs inside the window.
      for (const tab of await page.getByRole("tab").all())
        expect(await visibleWithoutSideScroll(tab)).toBe(true);
      await screenshot(page, `narrow-${width}-preview`);
      const { blocking } = await axeCheck(page);
      expect(blocking).toEqual([]);

      // At 320 px, Excel's narrowest pane, still nothing to scroll sideways; nor in the functions.
      await page.setViewportSize({ width: 320, height: 900 });
      expect(await pageOverflow(page)).toBe(0);
      await page.getByRole("tab", { name: "Fonctions" }).click();
      await page.getByRole("button", { name: "ENT.CONTRIB" }).waitFor();
      expect(await pageOverflow(page)).toBe(0);
      expect(pageErrors).toEqual([]);
      await close();
    }
  );

  test.each(WIDTHS)(
    "at %i px the sitting view reads the attendance table and shows the quorum and the outcome without sideways scrolling",
    async (width) => {
      const sitting: StandInWorkbook = {
        sheets: ["Présences"],
        tables: [
          {
            name: "tblPresences",
            sheet: "Présences",
            address: `Présences!A1:E${SITTING_2022_14_TABLE.length}`,
            values: SITTING_2022_14_TABLE,
          },
        ],
      };
      const { page, pageErrors, close } = await openPane(sitting, width);
      await page.getByRole("tab", { name: "Séance du comité" }).click();
      await page.getByRole("button", { name: "Lire la feuille de présence" }).click();
      const quorum = page.getByRole("region", { name: "Quorum" });
      await quorum.waitFor();
      await page.getByRole("region", { name: "Décision" }).waitFor();
      expect(await visibleWithoutSideScroll(quorum.getByText("7 présents, 6 représentés."))).toBe(
        true
      );
      expect(await pageOverflow(page)).toBe(0);
      await screenshot(page, `narrow-${width}-sitting`);
      const { blocking } = await axeCheck(page);
      expect(blocking).toEqual([]);
      await page.setViewportSize({ width: 320, height: 900 });
      await screenshot(page, `narrow-${width}-sitting-then-320`);
      expect(await pageOverflow(page)).toBe(0);
      expect(pageErrors).toEqual([]);
      await close();
    }
  );

  test("in English, the problems, the spin buttons and the tabs are in English at 350 px", async () => {
    const { page, pageErrors, close } = await openPane(registerWithProblems(), 350, {
      language: "en-US",
    });
    await checkRegister(page, false);
    for (const name of ["Next financial year", "Previous financial year"])
      expect(await page.getByRole("button", { name }).count()).toBe(1);
    expect(await page.getByRole("button", { name: /Increment|Decrement/ }).count()).toBe(0);
    const problems = page.getByRole("list", { name: "Register check" }).getByRole("listitem");
    const error = problems.filter({
      hasText: "invalid SIRET: 14 digits expected (got 13 characters).",
    });
    await error.getByText(/^Membres, row \d+, column "SIRET"$/).waitFor();
    await error.getByText('Value: "2159029950001"').waitFor();
    expect(await error.getByText("error", { exact: true }).count()).toBe(1);
    const warning = problems.filter({ hasText: /^warning/ });
    await warning.getByText(/^unknown setting, ignored\. Settings accepted: /).waitFor();
    expect(
      // Fluent draws a tab's words twice, the second copy hidden (room kept for the bold).
      await page
        .getByRole("tab")
        .evaluateAll((tabs) =>
          tabs.map((tab) => tab.querySelector(".fui-Tab__content")?.textContent)
        )
    ).toEqual(["Statements", "Sitting", "Functions"]);
    expect(await page.getByRole("tab", { name: "Contribution statements" }).count()).toBe(1);
    expect(await pageOverflow(page)).toBe(0);
    await screenshot(page, "narrow-350-problems-en");
    const { blocking } = await axeCheck(page);
    expect(blocking).toEqual([]);
    expect(pageErrors).toEqual([]);
    await close();
  });
});
