import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Download, Locator, Page } from "playwright-core";
import { E2E_OUTPUT } from "./buildPane";
import { DOWNLOADS } from "./downloads";

/** Where the tests write the register copies they edit (git-ignored). */
export const REGISTERS = path.join(E2E_OUTPUT, "registers");

/**
 * On the statements tab of the page, opens a register file, sets the exercise and the date of
 * issue and checks: the preview is shown when this resolves.
 *
 * @param page - the page (standalone.html)
 * @param file - the register (.xlsx)
 * @param year - the exercise
 * @param issueDate - the date of issue, ISO
 * @example
 * await openAndCheck(page, SAMPLE_REGISTER, 2025, "2025-09-15");
 */
export async function openAndCheck(
  page: Page,
  file: string,
  year: number,
  issueDate: string
): Promise<void> {
  await page.getByRole("tab", { name: "Appels de contribution" }).click();
  await page.getByLabel("Ouvrir un registre (.xlsx)").setInputFiles(file);
  await page.getByText(`Registre ouvert : ${path.basename(file)}.`).waitFor();
  const spin = page.getByRole("spinbutton", { name: "Exercice" });
  await spin.fill(String(year));
  await spin.press("Enter");
  await page.getByLabel("Date d'émission").fill(issueDate);
  await page.getByRole("button", { name: "Vérifier le registre et prévisualiser" }).click();
  await page.getByLabel("Aperçu des appels").waitFor();
}

/**
 * The statements of the preview whose text matches: the entries of its list in a pane narrower
 * than 600 px (the tests' 420 px), where each reads "number member total pupils · numbering
 * warnings"; the rows of its table in a wider one.
 *
 * @param page - the page, with a preview
 * @param text - what the entry's text must match
 * @returns the matching entries
 * @example
 * await previewEntries(page, /^2025-0001 Ville de Hem .*déjà émis/).waitFor();
 */
export function previewEntries(page: Page, text: RegExp): Locator {
  const preview = page.getByLabel("Aperçu des appels");
  return preview.getByRole("listitem").or(preview.getByRole("row")).filter({ hasText: text });
}

/**
 * Clicks Générer and waits for the download the generation starts by itself (the statements
 * workbook, offered first), and for the pane's word that it was downloaded.
 *
 * @param page - the page, with a preview that can be generated
 * @returns the workbook's download, not yet saved
 * @example
 * const workbook = await generateWithWorkbook(page); // workbook.suggestedFilename() === "appels-2025.xlsx"
 */
export async function generateWithWorkbook(page: Page): Promise<Download> {
  const [workbook] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Générer les appels" }).click(),
  ]);
  await page.getByText(/vient d'être téléchargé\. Conservez appels-\d{4}\.xlsx/).waitFor();
  return workbook;
}

/**
 * Saves a download under a name of the test's choice (two workbooks have the same suggested name).
 *
 * @param started - the download
 * @param name - the file name in the downloads folder
 * @returns where it was saved
 * @example
 * const file = await keep(download, "appels-2025-second.xlsx");
 */
export async function keep(started: Download, name: string): Promise<string> {
  mkdirSync(DOWNLOADS, { recursive: true });
  const file = path.join(DOWNLOADS, name);
  await started.saveAs(file);
  return file;
}

/** A statement as the accounting CSV or a journal row gives it: number, member, amount in cents. */
export type IssuedStatement = readonly [number: string, member: string, cents: number];

/**
 * The statements of an accounting CSV (UTF-8 with BOM, `;`, CR LF): number, debtor, amount.
 *
 * @param file - the CSV
 * @returns one per line after the header
 * @example
 * csvStatements("appels-2025.csv")[0]; // ["2025-0001", "Ville de Hem", 88010]
 */
export function csvStatements(file: string): IssuedStatement[] {
  const lines = readFileSync(file).subarray(3).toString("utf8").split("\r\n").slice(1);
  return lines
    .filter((line) => line !== "")
    .map((line) => {
      // The sample's texts have no ";" nor quotes: a plain split reads them.
      const [number = "", member = "", , , amount = ""] = line.split(";");
      return [number, member, Number(amount.replace(",", ""))] as const;
    });
}

/**
 * A copy of a register with one cell of its Membres table changed, written by ExcelJS as
 * another program would: the member found by name, the column by its header.
 *
 * @param source - the register
 * @param name - the copy's file name (in REGISTERS)
 * @param member - the member's name (Nom column)
 * @param header - the column's header, e.g. "Élèves"
 * @param value - the new value
 * @returns the copy's path
 * @example
 * await editedRegister(SAMPLE_REGISTER, "registre-modifie.xlsx", "Commune d'Exemple-sur-Lys", "Élèves", 700);
 */
export async function editedRegister(
  source: string,
  name: string,
  member: string,
  header: string,
  value: ExcelJS.CellValue
): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(source);
  const sheet = book.getWorksheet("Membres");
  if (!sheet) throw new Error(`${source}: no Membres sheet`);
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).map((cell) => String(cell ?? ""));
  const nameColumn = headers.indexOf("Nom");
  const column = headers.indexOf(header);
  if (nameColumn < 1 || column < 1) throw new Error(`${source}: no column Nom or ${header}`);
  let edited = false;
  sheet.eachRow((row) => {
    if (row.getCell(nameColumn).value === member) {
      row.getCell(column).value = value;
      edited = true;
    }
  });
  if (!edited) throw new Error(`${source}: no member ${member}`);
  mkdirSync(REGISTERS, { recursive: true });
  const file = path.join(REGISTERS, name);
  await book.xlsx.writeFile(file);
  return file;
}

/**
 * Makes the page answer beforeunload dialogs, and records them: `stay` dismisses (the tab stays
 * open), `leave` accepts.
 *
 * @param page - the page
 * @returns the types of the dialogs seen, and the switch
 * @example
 * const dialogs = answerDialogs(page); dialogs.answer = "stay";
 */
export function answerDialogs(page: Page): { seen: string[]; answer: "stay" | "leave" } {
  const state = { seen: [] as string[], answer: "stay" as "stay" | "leave" };
  page.on("dialog", (dialog) => {
    state.seen.push(dialog.type());
    void (state.answer === "leave" ? dialog.accept() : dialog.dismiss());
  });
  return state;
}
