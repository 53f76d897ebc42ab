/**
 * The Office requirement sets the add-in uses, checked at start-up so that an old Excel says
 * what it lacks instead of failing later. Sources (learn.microsoft.com, JavaScript API reference):
 *
 * - SharedRuntime 1.1: the functions and the pane share one runtime (manifest `<Runtimes>`);
 *   javascript/api/requirement-sets/common/shared-runtime-requirement-sets.
 * - CustomFunctionsRuntime 1.2: `CustomFunctions.Error` and `ErrorCode`, with which every ENT
 *   function reports a French message (src/functions/excelError.ts);
 *   javascript/api/custom-functions-runtime/customfunctions.error.
 * - ExcelApi 1.9: the highest set the workbook gateway (src/workbook/office/) calls:
 *   `Worksheet.pageLayout` (orientation, paperSize, zoom, setPrintArea;
 *   javascript/api/excel/excel.pagelayout) and `Worksheet.getRanges` (RangeAreas), both 1.9;
 *   below them `Range.getResizedRange`, `RangeFormat.columnWidth` and `Table.worksheet` (1.2), the
 *   rest 1.1 (worksheets, ranges, tables, rows.add, activate, select). For reference,
 *   `Worksheet.getRangeByIndexes` is 1.7 and `getItemOrNullObject` 1.4. A host that supports a
 *   version supports the lower ones; a call of a higher set added to the gateway must raise the
 *   version here.
 */

/** A requirement set and the lowest version the add-in needs. */
export interface RequirementSet {
  /** e.g. "ExcelApi" */
  readonly name: RequirementName;
  /** e.g. "1.9" */
  readonly version: string;
}

/** The sets the add-in checks. */
export type RequirementName = "SharedRuntime" | "CustomFunctionsRuntime" | "ExcelApi";

/** What the add-in needs, in the order the pane lists what is missing. */
export const ADDIN_REQUIREMENTS: readonly RequirementSet[] = [
  { name: "SharedRuntime", version: "1.1" },
  { name: "CustomFunctionsRuntime", version: "1.2" },
  { name: "ExcelApi", version: "1.9" },
];

/** Office.context.requirements.isSetSupported, or a double of it. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/**
 * The requirement sets the host does not support. A check that throws counts the set as missing.
 *
 * @param isSetSupported - Office.context.requirements.isSetSupported, bound
 * @param required - the sets to check; the add-in's by default
 * @returns the missing sets, in the order of `required`; [] when everything is there
 * @example
 * missingRequirements((name, version) => name !== "ExcelApi" || version === "1.1");
 * // [{ name: "ExcelApi", version: "1.9" }]
 */
export function missingRequirements(
  isSetSupported: IsSetSupported,
  required: readonly RequirementSet[] = ADDIN_REQUIREMENTS
): RequirementSet[] {
  return required.filter((set) => {
    try {
      return isSetSupported(set.name, set.version) !== true;
    } catch {
      return true;
    }
  });
}

/**
 * "ExcelApi 1.9": how the pane names a set.
 *
 * @param set - a requirement set
 * @returns its name and version
 * @example
 * requirementLabel({ name: "SharedRuntime", version: "1.1" }); // "SharedRuntime 1.1"
 */
export function requirementLabel(set: RequirementSet): string {
  return `${set.name} ${set.version}`;
}
