import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { text, type SheetSpec } from "../../src/domain/sheets/SheetSpec";
import {
  JOURNAL_HEADERS,
  JOURNAL_TABLE_NAME,
  journalRows,
  journalSheet,
} from "../../src/domain/statements/journalSheet";
import { statementSheet } from "../../src/domain/statements/statementSheet";
import { summarySheet } from "../../src/domain/statements/summarySheet";
import type { NumberedStatement } from "../../src/domain/statements/types";
import { createXlsxWorkbook, openXlsxWorkbook } from "../../src/workbook/file/xlsxWorkbook";
import {
  LONG_COMPONENT,
  LONG_NAMES,
  LONG_SETTINGS,
  longGenerations,
} from "../documents/longStatements";
import { HAS_POPPLER } from "../documents/poppler";
import { printWithLibreOffice, sofficeTest } from "./soffice";

// Issue 15: printed with LibreOffice and Carlito (Calibri's metrics), the statement sheets cut
// their components ("…application m"), the summary its labels ("Nombre d'appe") and long debtor
// names ran past the print area. Here the statements workbook of two generations with names and
// a component of 120 characters is written by the project's .xlsx writer, printed to PDF by
// LibreOffice, and every text of every sheet must be found whole on that sheet's pages.

/** A text without its spaces: a cell's wrapped lines, read back, are the same characters. */
const squeeze = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, "");

/** The PDF's text page by page (pdftotext -raw, in the order LibreOffice draws the cells). */
function pagesOf(pdf: Uint8Array): { texts: string[]; sizes: [number, number][] } {
  const dir = mkdtempSync(join(tmpdir(), "printed-sheets-"));
  try {
    const file = join(dir, "appels.pdf");
    writeFileSync(file, pdf);
    const text = spawnSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    if (text.status !== 0) throw new Error(`pdftotext failed: ${text.stderr}`);
    const info = spawnSync("pdfinfo", ["-f", "1", "-l", "999", file], { encoding: "utf8" });
    const sizes = [...info.stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map(
      (match): [number, number] => [Number(match[1]), Number(match[2])]
    );
    return { texts: text.stdout.split("\f").slice(0, sizes.length), sizes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text that tells a sheet's first page: a statement's title (with its number), the journal's
 * first headers, the summary's title.
 */
function markerOf(sheet: SheetSpec): string {
  const texts = textsOf(sheet);
  if (sheet.table?.headerRow === 0) return squeeze(texts.slice(0, 3).join(""));
  return squeeze(texts.find((value) => value.startsWith("Avis des sommes")) ?? texts[0] ?? "");
}

/** The pages of each sheet, in the order written: from its marker's page to the next one's. */
function pagesBySheet(sheets: readonly SheetSpec[], pages: readonly string[]): number[][] {
  const starts: number[] = [];
  for (const sheet of sheets) {
    const from = starts.at(-1) ?? 0;
    const marker = markerOf(sheet);
    const index = pages.findIndex((page, i) => i >= from && squeeze(page).includes(marker));
    if (index < 0) throw new Error(`Aucune page ne porte « ${marker} » (${sheet.name}).`);
    starts.push(index);
  }
  return starts.map((start, i) =>
    Array.from({ length: (starts[i + 1] ?? pages.length) - start }, (_, n) => start + n)
  );
}

/** Every text cell of a sheet, as written. */
const textsOf = (sheet: SheetSpec): string[] =>
  sheet.rows.flatMap((row) => row.flatMap((cell) => (cell.kind === "text" ? [cell.value] : [])));

/**
 * The statements workbook after two generations, written as the pane and the command line write
 * it: the first generation's sheets into a new workbook; then the second one's new statements,
 * its summary in place of the first, its rows appended to the journal and the cancelled
 * statement's status changed, into the same workbook or into the file opened again.
 *
 * @param reopen - whether the second generation writes into the first one's file opened again
 * @returns the file, and the sheets in the order they print, as they read in the end
 */
async function twoGenerations(
  reopen: boolean
): Promise<{ xlsx: Uint8Array; printed: SheetSpec[] }> {
  const { first, second } = longGenerations();
  const sheetsOf = (statements: readonly NumberedStatement[]) =>
    statements.map((statement) => statementSheet(statement, LONG_SETTINGS));
  const firstSheets = sheetsOf(first.statements);
  const book = await createXlsxWorkbook();
  await book.writeSheets([
    ...firstSheets,
    summarySheet(first.statements, 2025),
    journalSheet(first.journal),
  ]);

  const again = reopen ? await openXlsxWorkbook(await book.toXlsx()) : book;
  const fresh = sheetsOf(
    second.statements.filter((statement) => statement.outcome !== "already-issued")
  );
  const summary = summarySheet(second.statements, 2025);
  await again.writeSheets([...fresh, summary], { replace: new Set([summary.name]) });
  await again.appendTableRows(JOURNAL_TABLE_NAME, journalRows(second.added));
  const cancelled = first.journal.findIndex((entry) =>
    second.journal.some((later) => later.number === entry.number && later.status === "cancelled")
  );
  expect(cancelled).toBeGreaterThanOrEqual(0);
  await again.updateTableCells(JOURNAL_TABLE_NAME, [
    { row: cancelled + 2, column: JOURNAL_HEADERS.indexOf("Statut"), cell: text("annulé") },
  ]);
  return {
    xlsx: await again.toXlsx(),
    printed: [...firstSheets, summary, journalSheet(second.journal), ...fresh],
  };
}

/**
 * Prints the workbook with LibreOffice and lists what is not printed whole: each text cell of
 * each sheet must be on that sheet's pages, every long name in the summary and the journal, no
 * number shown as ###, every page in its sheet's orientation and no sheet on more pages than its
 * rows need (one page wide).
 */
function notPrintedWhole(xlsx: Uint8Array, sheets: readonly SheetSpec[]): string[] {
  const { texts, sizes } = pagesOf(printWithLibreOffice(xlsx));
  const bySheet = pagesBySheet(sheets, texts);
  const cut: string[] = [];
  const pagesText = (index: number) =>
    squeeze((bySheet[index] ?? []).map((page) => texts[page] ?? "").join(""));
  sheets.forEach((sheet, index) => {
    const pages = bySheet[index] ?? [];
    const printed = pagesText(index);
    const expected = [...textsOf(sheet)];
    // Across the rows a long text is cut into, it reads whole too.
    if (sheet.name.startsWith("Appel ")) expected.push(LONG_COMPONENT);
    if (sheet.table) expected.push(...Object.values(LONG_NAMES));
    for (const text of expected)
      if (!printed.includes(squeeze(text))) cut.push(`${sheet.name} : « ${text} »`);
    if (printed.includes("###")) cut.push(`${sheet.name} : ### (nombre trop large)`);
    const landscape = sheet.print.orientation === "landscape";
    for (const page of pages) {
      const [width = 0, height = 0] = sizes[page] ?? [];
      if (width > height !== landscape) cut.push(`${sheet.name} : page ${page + 1} mal orientée`);
    }
    if (pages.length > (sheet.rows.length > 80 ? 3 : 1))
      cut.push(`${sheet.name} : ${pages.length} pages`);
  });
  return cut;
}

describe("the statements workbook printed by LibreOffice", () => {
  sofficeTest(HAS_POPPLER)(
    "prints every label, name, component and mention whole, on pages one sheet wide",
    async () => {
      const { xlsx, printed: sheets } = await twoGenerations(false);
      expect(sheets.map((sheet) => sheet.name)).toContain("Appel 2025-0006");
      expect(notPrintedWhole(xlsx, sheets)).toEqual([]);
    },
    240_000
  );

  // openXlsxWorkbook rebuilds the file it opens (bookToExcelJS): the sheets a first generation
  // wrote must keep their wrapping, row heights, bold, page setup and print area when a second
  // one writes the file again.
  sofficeTest(HAS_POPPLER)(
    "still prints the first generation's sheets whole after the file is opened again",
    async () => {
      const { xlsx, printed: sheets } = await twoGenerations(true);
      expect(notPrintedWhole(xlsx, sheets)).toEqual([]);
    },
    240_000
  );
});

describe("the statements workbook printed by LibreOffice (the checks above, checked)", () => {
  sofficeTest(HAS_POPPLER)(
    "finds what was cut when the sheets neither wrap nor fit their texts",
    async () => {
      const { printed: sheets } = await twoGenerations(false);
      const unwrapped = sheets.map(({ wrap: _wrap, ...sheet }) => sheet);
      const book = await createXlsxWorkbook();
      await book.writeSheets(unwrapped);
      const cut = notPrintedWhole(await book.toXlsx(), unwrapped);
      expect(cut.some((line) => line.includes(LONG_COMPONENT))).toBe(true);
      expect(cut.some((line) => line.startsWith("Synthèse 2025 : « COMMUNAUTE"))).toBe(true);
    },
    240_000
  );
});
