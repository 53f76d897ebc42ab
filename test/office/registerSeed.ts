/**
 * A generated member register (bench/makeRegister.ts: valid SIRETs, schools, options,
 * withdrawn members, the Paramètres table) as a workbook of Microsoft's runtime holds it: texts as
 * text, dates as serials, numbers as numbers. Test-only, and for `npm run bench:office`.
 */
import { generatedRegisterSheets } from "../../bench/makeRegister";
import { excelValue } from "../../src/workbook/office/sheetPayload";
import type { RuntimeCell, RuntimeSeed } from "./officeJsRuntime";

/**
 * The seed of a workbook holding a generated register.
 *
 * @param members - number of members
 * @returns sheets Membres, Écoles and Paramètres, each with its table
 * @example
 * createOfficeJsRuntime(registerSeed(1000));
 */
export function registerSeed(members: number): RuntimeSeed {
  const sheets = generatedRegisterSheets(members);
  return {
    sheets: sheets.map((sheet) => sheet.name),
    tables: sheets.map((sheet) => ({
      name: sheet.table?.name ?? sheet.name,
      sheet: sheet.name,
      values: sheet.rows.map((row) =>
        row.map((cell): RuntimeCell => {
          if (cell.kind === "text") return cell.value;
          if (cell.kind === "empty") return "";
          return excelValue(cell);
        })
      ),
    })),
  };
}
