import type { XlsxWorkbook } from "../workbook/file/xlsxWorkbook";

/** MIME type of an .xlsx workbook, for downloads. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The .xlsx implementation of the workbook, downloaded the first time a file is used (ExcelJS). */
function xlsxModule() {
  return import(/* webpackChunkName: "xlsx" */ "../workbook/file/xlsxWorkbook");
}

/**
 * Opens a register file chosen by the user as a workbook, behind the same interface as Excel's.
 * The file itself is never changed: the result is downloaded as a new file.
 *
 * @param file - the .xlsx file (from an `<input type="file">`)
 * @returns the workbook, in memory
 * @throws Error when the file is not an .xlsx workbook ExcelJS can read
 * @example
 * const workbook = await openRegisterFile(input.files[0]);
 */
export async function openRegisterFile(file: Blob): Promise<XlsxWorkbook> {
  const [{ openXlsxWorkbook }, bytes] = await Promise.all([xlsxModule(), file.arrayBuffer()]);
  return openXlsxWorkbook(bytes);
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
