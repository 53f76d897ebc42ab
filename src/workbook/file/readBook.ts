import { isExcelErrorName } from "../../domain/tables/excelErrorValue";
import { SpreadsheetFileError } from "./spreadsheetFileError";

/**
 * The bounds of a file read as a register, checked while it is read so that a small crafted file
 * is refused before it fills the memory (a 300 KB zip inflating to 300 MB, 10 million cells in
 * 32 MB). A register of 30 000 members, 16 columns filled, is about 500 000 cells: 17 MB of XML
 * written by Excel or LibreOffice as .xlsx, about 60 MB as .ods: within them.
 */
export const READ_LIMITS = {
  /** What the parts read may inflate to, in all (bytes); also the largest file read. */
  inflatedBytes: 100_000_000,
  /** Cells holding a value or a formula, over every sheet. */
  cells: 1_000_000,
  /** Characters of one text: Excel's own limit for a cell. */
  textLength: 32_767,
} as const;

/** An error value as Excel's `Range.values` gives it: "#REF!", "#N/A"… kept apart from text. */
export interface ErrorValue {
  readonly error: string;
}

/** A cell value: text, number (dates as serials of the 1900 system), boolean or error. */
export type ReadValue = string | number | boolean | ErrorValue;

/** A cell read from a file. */
export interface ReadCell {
  /** The value, or for a formula its last computed result ("" when the file has none). */
  readonly value: ReadValue;
  /** The formula in Excel's syntax, without "=" (the master cell of a shared formula included). */
  readonly formula?: string;
  /** "shared" or "array": `formula` spans `formulaRef`. */
  readonly shareType?: "shared" | "array";
  readonly formulaRef?: string;
  /** A cell of a shared formula other than its master: the master's address. */
  readonly sharedFormula?: string;
  /** Number format code, when not General. */
  readonly numFmt?: string;
  /** Bold and alignment, when the cell has any (one object shared by the cells of a style). */
  readonly layout?: ReadLayout;
}

/**
 * What the reader keeps of a cell's style beyond its number format: what the add-in's own sheets
 * (statements, summary, journal) need to print as they were written. Fonts other than bold,
 * fills, borders and horizontal alignment are not kept.
 */
export interface ReadLayout {
  readonly bold?: boolean;
  /** The text wraps within its cell. */
  readonly wrapText?: boolean;
  /** Vertical alignment, in ExcelJS's words ("middle" for the file's "center"); none for bottom. */
  readonly vertical?: "top" | "middle" | "distributed" | "justify";
}

/** Page margins, in inches (as the .xlsx file and ExcelJS give them). */
export interface ReadMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

/** A sheet's page setup for printing: only what the file gives. */
export interface ReadPageSetup {
  readonly orientation?: "portrait" | "landscape";
  /** Excel's paper size code: 9 for A4. */
  readonly paperSize?: number;
  /** Printed at `fitToWidth` × `fitToHeight` pages (0: as many as it takes) instead of `scale`. */
  readonly fitToPage?: boolean;
  readonly fitToWidth?: number;
  readonly fitToHeight?: number;
  /** Percent. */
  readonly scale?: number;
  readonly margins?: ReadMargins;
}

/** A sheet read from a file: cells by row then column, both 1-based. */
export interface ReadSheet {
  readonly name: string;
  readonly rows: Map<number, Map<number, ReadCell>>;
  /** Widths in characters, by column (1-based). */
  readonly columnWidths: Map<number, number>;
  /** Merged blocks, as "A1:B2". */
  readonly merges: string[];
  /** Heights in points of the rows given one (rows holding cells only), by row (1-based). */
  readonly rowHeights?: Map<number, number>;
  /** Layout of whole columns (the style of cells created there later), by column (1-based). */
  readonly columnLayouts?: Map<number, ReadLayout>;
  /** Page setup, when the file gives one. */
  readonly pageSetup?: ReadPageSetup;
  /** Print area: its blocks without "$" or sheet name, e.g. ["A1:E52"], or whole columns "A:E". */
  readonly printArea?: readonly string[];
}

/** A table of a file (an Excel table, or a LibreOffice database range). */
export interface ReadTable {
  readonly name: string;
  readonly sheet: string;
  /** The whole table, header and totals rows included, e.g. "A1:M6". */
  readonly ref: string;
  readonly headerRow: boolean;
  readonly totalsRow: boolean;
  /** Column names, left to right. */
  readonly columns: readonly string[];
}

/** What a file holds for the add-in: its sheets in tab order, and its tables. */
export interface ReadBook {
  readonly sheets: ReadSheet[];
  readonly tables: ReadTable[];
}

/** Counts the cells and checks the texts of a file while it is read (see READ_LIMITS). */
export class ReadBudget {
  private cells = 0;

  /**
   * Counts one more cell with a value.
   *
   * @throws SpreadsheetFileError("too-large") past READ_LIMITS.cells
   */
  countCell(): void {
    this.cells += 1;
    if (this.cells > READ_LIMITS.cells)
      throw new SpreadsheetFileError(
        "too-large",
        `plus de ${formatLimit(READ_LIMITS.cells)} cellules remplies`
      );
  }

  /**
   * Refuses at once a sheet whose XML holds more values than the bounds allow, counted on its
   * bytes before it is parsed: each cell with a value has one `<v>` (or `<is>` for inline text).
   *
   * @param xml - the sheet part's bytes
   * @throws SpreadsheetFileError("too-large") past READ_LIMITS.cells
   */
  precount(xml: Uint8Array): void {
    let values = 0;
    for (let at = xml.indexOf(0x3c); at !== -1; at = xml.indexOf(0x3c, at + 1)) {
      const next = xml[at + 1];
      if (
        (next === 0x76 /* v */ && xml[at + 2] === 0x3e) ||
        (next === 0x69 /* i */ && xml[at + 2] === 0x73 && xml[at + 3] === 0x3e)
      )
        values += 1;
    }
    if (this.cells + values > READ_LIMITS.cells) this.countCells(values);
  }

  /**
   * Counts `count` cells at once (a repeated cell of a LibreOffice file).
   *
   * @throws SpreadsheetFileError("too-large") past READ_LIMITS.cells
   */
  countCells(count: number): void {
    this.cells += count - 1;
    this.countCell();
  }

  /**
   * Checks a text against READ_LIMITS.textLength.
   *
   * @param text - the text
   * @param where - where it is, e.g. "feuille Membres, cellule B2"
   * @returns the text
   */
  text(text: string, where: string): string {
    if (text.length > READ_LIMITS.textLength)
      throw new SpreadsheetFileError(
        "too-large",
        `un texte de ${formatLimit(text.length)} caractères${where ? ` (${where})` : ""}, ` +
          `au plus ${formatLimit(READ_LIMITS.textLength)}`
      );
    return text;
  }
}

/**
 * A count in French (thousands separated by a narrow space).
 *
 * @example
 * formatLimit(1000000); // "1 000 000"
 */
export function formatLimit(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
}

/** Excel's day 0 in the 1900 date system. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * The serial number of an ISO date or date-time (1900 date system), as Excel's `Range.values`
 * gives a date cell; null for a text that is not one.
 *
 * @param iso - e.g. "2025-01-15" or "2025-01-15T12:00:00"
 * @returns the serial, e.g. 45672
 * @example
 * isoDateSerial("2025-01-15T12:00:00"); // 45672.5
 */
export function isoDateSerial(iso: string): number | null {
  const match = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(
    iso.trim()
  );
  if (!match) return null;
  const [, year, month, day, hours = "0", minutes = "0", seconds = "0"] = match;
  const time = Date.UTC(Number(year), Number(month) - 1, Number(day));
  const ofDay = (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) / 86_400;
  return (time - EXCEL_EPOCH_MS) / DAY_MS + ofDay;
}

/**
 * An error value as Excel names it: one of Excel's error values as is (case ignored); anything
 * else a spreadsheet program shows as an error (LibreOffice's "Err:502"…) as "#VALUE!", the
 * error Excel gives a formula it cannot compute.
 *
 * @param text - the error as the file holds it
 * @returns the error value
 * @example
 * errorValue("#div/0!"); // { error: "#DIV/0!" }
 * errorValue("Err:502"); // { error: "#VALUE!" }
 */
export function errorValue(text: string): ErrorValue {
  const upper = text.trim().toUpperCase();
  return { error: isExcelErrorName(upper) ? upper : "#VALUE!" };
}

/**
 * A formula with the add-in's custom functions named as Excel writes them: LibreOffice, which
 * does not know them, saves `_xldudf_ENT_CONTRIB` lower-cased.
 *
 * @param formula - a formula in Excel's syntax
 * @returns the formula
 * @example
 * customFunctionsAsExcelWrites("_xldudf_ent_contrib(O2,2025,P2)"); // "_xldudf_ENT_CONTRIB(O2,2025,P2)"
 */
export function customFunctionsAsExcelWrites(formula: string): string {
  return formula.replace(
    /_xldudf_([\p{L}\p{N}_.]+)/giu,
    (_whole, name: string) => `_xldudf_${name.toUpperCase()}`
  );
}
