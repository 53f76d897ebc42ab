import { readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";

/** The address taskpane.html loads Office.js from (Microsoft's CDN). */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** How the stand-in office.js behaves (see office-stand-in.js). */
export interface StandInConfig {
  /** Office.context.displayLanguage; "fr-FR" by default. */
  readonly language?: string;
  /** Office.context.officeTheme.bodyBackgroundColor; "#ffffff" by default. */
  readonly background?: string;
  /** The highest version of each requirement set the host supports, over the defaults. */
  readonly supported?: Readonly<Record<string, string>>;
  /** false: the host refuses a handler for OfficeThemeChanged. */
  readonly themeEvent?: boolean;
  /** A workbook Excel.run reads from (tables as the Office.js gateway reads them); none by default. */
  readonly workbook?: StandInWorkbook;
}

/** What the stand-in's Excel holds: sheet names and tables. */
export interface StandInWorkbook {
  readonly sheets: readonly string[];
  readonly tables: readonly {
    readonly name: string;
    readonly sheet: string;
    /** e.g. "Membres!A1:M5" */
    readonly address: string;
    /** Header row first, as Range.values gives them. */
    readonly values: readonly (readonly unknown[])[];
  }[];
}

/** A cell the pane selected in the stand-in's Excel: row 0 is the table's header. */
export interface StandInSelection {
  readonly table: string;
  readonly row: number;
  readonly column: number;
}

const SOURCE = readFileSync(path.join(__dirname, "office-stand-in.js"), "utf8");

/**
 * The stand-in's text with its configuration in front.
 *
 * @param config - how it behaves
 * @returns the script to serve in place of office.js
 * @example
 * standInScript({ supported: { ExcelApi: "1.8" } });
 */
export function standInScript(config: StandInConfig = {}): string {
  return `window.__officeStandInConfig = ${JSON.stringify(config)};\n${SOURCE}`;
}

/**
 * Answers every request for Microsoft's office.js with the stand-in, `delayMs` after the request.
 *
 * @param target - the page or context whose requests to answer
 * @param delayMs - how late the script arrives
 * @param config - how it behaves
 * @example
 * await serveStandIn(page, 200);
 */
export async function serveStandIn(
  target: Page | BrowserContext,
  delayMs: number,
  config: StandInConfig = {}
): Promise<void> {
  const body = standInScript(config);
  await target.route(OFFICE_JS, async (route) => {
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body });
  });
}

/** What the stand-in recorded in the page. */
interface StandInRecord {
  registered: string[];
  selections: StandInSelection[];
  themeHandlerCount(): number;
  changeTheme(background: string): void;
}

/**
 * The function ids the page gave CustomFunctions.associate, in order.
 *
 * @param page - a page that loaded the stand-in
 * @returns the ids; [] when the stand-in never ran
 * @example
 * expect(await registeredIds(page)).toHaveLength(12);
 */
export function registeredIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const record = (window as unknown as { __officeStandIn?: StandInRecord }).__officeStandIn;
    return record ? [...record.registered] : [];
  });
}

/**
 * How many handlers the page registered for OfficeThemeChanged.
 *
 * @param page - a page that loaded the stand-in
 * @returns the count
 * @example
 * expect(await themeHandlerCount(page)).toBe(1);
 */
export function themeHandlerCount(page: Page): Promise<number> {
  return page.evaluate(() =>
    (window as unknown as { __officeStandIn: StandInRecord }).__officeStandIn.themeHandlerCount()
  );
}

/**
 * Changes the Office theme, as the user does in File > Account, and fires OfficeThemeChanged.
 *
 * @param page - a page that loaded the stand-in
 * @param background - the new body background colour, e.g. "#262626" (Dark Gray)
 * @example
 * await changeOfficeTheme(page, "#262626");
 */
export function changeOfficeTheme(page: Page, background: string): Promise<void> {
  return page.evaluate(
    (colour) =>
      (window as unknown as { __officeStandIn: StandInRecord }).__officeStandIn.changeTheme(colour),
    background
  );
}

/**
 * The cells the pane selected in the stand-in's Excel, in order.
 *
 * @param page - a page that loaded the stand-in with a workbook
 * @returns the selections
 * @example
 * expect(await selections(page)).toEqual([{ table: "Membres", row: 2, column: 2 }]);
 */
export function selections(page: Page): Promise<StandInSelection[]> {
  return page.evaluate(() => [
    ...(window as unknown as { __officeStandIn: StandInRecord }).__officeStandIn.selections,
  ]);
}
