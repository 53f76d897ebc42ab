import { statementsWorkbookName } from "../../app/generationFiles";
import { XLSX_TYPE } from "../registerFile";
import { downloadFile } from "./downloadFile";
import { messageOf } from "./messageOf";
import type { RegisterFile } from "./statementsState";
import type { StatementsStrings } from "./statementsStrings";

/**
 * Outside Excel, makes the statements workbook (the register with the statements, the summary
 * and the journal, as Excel would hold them) and downloads it.
 *
 * @param file - the register file open, generated
 * @param year - the exercise, for the file's name
 * @param texts - the view's texts (why the browser refused)
 * @returns null when the download started, else why it did not
 * @example
 * await offerStatementsWorkbook(file, 2025, texts); // null: appels-2025.xlsx downloaded
 */
export async function offerStatementsWorkbook(
  file: RegisterFile,
  year: number,
  texts: StatementsStrings
): Promise<string | null> {
  try {
    const bytes = await file.workbook.toXlsx();
    return downloadFile(bytes, statementsWorkbookName(year), XLSX_TYPE)
      ? null
      : texts.workbookRefused;
  } catch (error) {
    return messageOf(error);
  }
}
