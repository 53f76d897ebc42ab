// Types only: this module must not load ExcelJS (xlsxWorkbook.ts loads it on demand).
import { BOLD_FONT } from "./excelStyles";
import type { Cell, CellValue, Style } from "exceljs";
import type { SheetCell } from "../../domain/sheets/SheetSpec";
import { numberFormatOf } from "../numberFormats";

/**
 * Namespace of the add-in's custom functions: manifest.xml, `Functions.Namespace`.
 *
 * @example
 * CUSTOM_FUNCTIONS_NAMESPACE; // "ENT"
 */
export const CUSTOM_FUNCTIONS_NAMESPACE = "ENT";

/**
 * Prefix Excel gives JavaScript custom functions in the file: it saves `=ENT.CONTRIB(…)` as
 * `_xldudf_ENT_CONTRIB(…)` and shows it as `=ENT.CONTRIB(…)` again once the add-in is loaded.
 */
const JS_CUSTOM_FUNCTION_PREFIX = "_xldudf_";

/** Excel's day 0 in the 1900 date system (serials from 1 March 1900 on). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A quoted string of a formula ("…", with "" inside) or anything up to the next quote. */
const FORMULA_PARTS = /("(?:[^"]|"")*"?)|([^"]+)/g;

/**
 * A formula as an .xlsx file stores it: without its "=", and with the add-in's custom functions
 * written as Excel writes them (`ENT.CONTRIB(` becomes `_xldudf_ENT_CONTRIB(`, dots in the name
 * becoming underscores). A file holding `ENT.CONTRIB(` would show the formula, but Excel would not
 * compute it until the cell is entered again. Text between double quotes is left alone.
 *
 * @param formula - a formula in Excel's invariant language, with or without its "="
 * @returns the formula for the file
 * @example
 * fileFormula('=ENT.CONTRIB(O2,2025,I2)'); // "_xldudf_ENT_CONTRIB(O2,2025,I2)"
 */
export function fileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const call = new RegExp(
    `(^|[^\\p{L}\\p{N}_.\\]])${CUSTOM_FUNCTIONS_NAMESPACE}\\.([\\p{L}\\p{N}_.]+)(?=\\s*\\()`,
    "giu"
  );
  return body.replace(FORMULA_PARTS, (part: string, quoted: string | undefined) =>
    quoted !== undefined
      ? part
      : part.replace(
          call,
          (_match, before: string, name: string) =>
            `${before}${JS_CUSTOM_FUNCTION_PREFIX}${CUSTOM_FUNCTIONS_NAMESPACE}_${name.replace(/\./g, "_").toUpperCase()}`
        )
  );
}

/**
 * The value ExcelJS must hold for a cell so that the file means what the cell says: text as a
 * plain string (ExcelJS stores it as a string, so "=…", "+33…", "@x" or "0059" stay text),
 * money in euros, a date as a JS Date at UTC midnight, a formula as `{ formula }`.
 *
 * @param cell - the cell
 * @returns the ExcelJS value
 * @throws RangeError for a date that is not an ISO date
 * @example
 * fileValue({ kind: "money", value: 157170 }); // 1571.7
 */
export function fileValue(cell: SheetCell): CellValue {
  switch (cell.kind) {
    case "text":
    case "number":
      return cell.value;
    case "money":
      return cell.value / 100;
    case "date": {
      const time = Date.parse(`${cell.value}T00:00:00Z`);
      if (Number.isNaN(time)) throw new RangeError(`Date invalide : « ${cell.value} ».`);
      return new Date(time);
    }
    case "formula":
      return { formula: fileFormula(cell.value) } as CellValue;
    default:
      return null;
  }
}

/**
 * Style objects shared by the cells written with no style of their own, by number format and
 * boldness: ExcelJS recognises a style object it has already written and skips serialising it
 * again, which halves the time to save a thousand statement sheets. Nothing changes these objects
 * in place: a cell written again gets a new one.
 */
const sharedStyles = {
  regular: new Map<string, Partial<Style>>(),
  bold: new Map<string, Partial<Style>>(),
};

function sharedStyle(numFmt: string, bold: boolean): Partial<Style> {
  const styles = bold ? sharedStyles.bold : sharedStyles.regular;
  let style = styles.get(numFmt);
  if (style === undefined) {
    style = bold ? { numFmt, font: { ...BOLD_FONT, bold: true } } : { numFmt };
    styles.set(numFmt, style);
  }
  return style;
}

/** Whether a style has no property (without the array Object.keys would make of it). */
function isEmptyStyle(style: Partial<Style>): boolean {
  for (const key in style) if (Object.prototype.hasOwnProperty.call(style, key)) return false;
  return true;
}

/**
 * Writes a cell: its value, its number format and, when asked, bold. A cell with no style yet
 * gets a shared style object (see sharedStyles); one with a style gets a new object of its own:
 * ExcelJS shares one style object between the cells of a loaded file that have the same style,
 * and changing it in place would change them all.
 *
 * @param target - the ExcelJS cell
 * @param cell - what to write
 * @example
 * writeCell(worksheet.getCell("A1"), text("Total", true));
 */
export function writeCell(target: Cell, cell: SheetCell): void {
  target.value = fileValue(cell);
  const bold = cell.kind !== "empty" && cell.bold === true;
  if (isEmptyStyle(target.style)) {
    target.style = sharedStyle(numberFormatOf(cell), bold);
    return;
  }
  const style: Partial<Style> = { ...target.style, numFmt: numberFormatOf(cell) };
  if (bold) style.font = { ...BOLD_FONT, ...target.font, bold: true };
  target.style = style;
}

/**
 * Excel's serial number of a date (1900 date system): days since 30 December 1899, with the
 * time of day as a fraction. ExcelJS reads cells shown as dates as JS Dates at UTC.
 *
 * @param date - the date
 * @returns the serial
 * @example
 * excelSerial(new Date(Date.UTC(2025, 0, 15))); // 45672
 */
export function excelSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/**
 * A value as Excel's `Range.values` gives it: numbers, text and booleans as they are, dates as
 * serial numbers, rich text and hyperlinks as their text, a formula as its last computed result
 * (or "" when the file has none, as for a formula written by this add-in and not yet computed by
 * Excel), an error as its text ("#N/A"), and an empty cell as "".
 *
 * @param value - an ExcelJS cell value
 * @returns the value
 * @example
 * flattenValue({ formula: "1+1", result: 2 }); // 2
 */
export function flattenValue(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (isDate(value)) return excelSerial(value);
  if (typeof value !== "object") return "";
  const object = value as Record<string, unknown>;
  if (Array.isArray(object.richText))
    return object.richText.map((run: { text?: unknown }) => String(run.text ?? "")).join("");
  if ("error" in object) return String(object.error);
  if ("formula" in object || "sharedFormula" in object) return flattenValue(object.result);
  if ("text" in object) return flattenValue(object.text);
  return "";
}

/**
 * The value of a cell as Excel's `Range.values` gives it; the cells of a merged block other than
 * its top-left one read as "" (ExcelJS would give the top-left cell's value).
 *
 * @param cell - an ExcelJS cell, or undefined for a cell never written
 * @returns the value
 * @example
 * readCell(worksheet.findCell(2, 1)); // "Ville de Hem"
 */
export function readCell(cell: Cell | undefined): string | number | boolean {
  if (!cell || cell.master !== cell) return "";
  return flattenValue(cell.value);
}
