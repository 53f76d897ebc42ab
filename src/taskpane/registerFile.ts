import { isSpreadsheetFileError } from "../workbook/file/spreadsheetFileError";
import type { XlsxWorkbook } from "../workbook/file/xlsxWorkbook";

/** MIME type of an .xlsx workbook, for downloads. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The reader of register files, downloaded the first time a file is used (with ExcelJS). */
function xlsxModule() {
  return import(/* webpackChunkName: "xlsx" */ "../workbook/file/xlsxWorkbook");
}

/**
 * Opens a register file chosen by the user (.xlsx or .ods) as a workbook, behind the same
 * interface as Excel's. The file itself is never changed: the result is downloaded as a new
 * .xlsx file.
 *
 * @param file - the file (from an `<input type="file">`)
 * @returns the workbook, in memory
 * @throws Error with a French message naming the file and saying what to do, when it is not a
 *   workbook that can be read (not a spreadsheet, damaged, protected by a password, an old .xls,
 *   larger than a register may be)
 * @example
 * const workbook = await openRegisterFile(input.files[0]);
 */
export async function openRegisterFile(file: File): Promise<XlsxWorkbook> {
  try {
    const { checkFileSize, openXlsxWorkbook } = await xlsxModule();
    // Before the file is read into memory.
    checkFileSize(file.size);
    return await openXlsxWorkbook(await file.arrayBuffer());
  } catch (error) {
    if (isSpreadsheetFileError(error))
      throw new Error(error.messageFor(file.name), { cause: error });
    throw error;
  }
}

/**
 * A new, empty workbook in memory, for the sample register outside Excel.
 *
 * @returns the workbook
 * @example
 * const workbook = await createRegisterFile();
 * await workbook.writeSheets(sampleRegisterSheets(2025));
 */
export async function createRegisterFile(): Promise<XlsxWorkbook> {
  const { createXlsxWorkbook } = await xlsxModule();
  return createXlsxWorkbook();
}
