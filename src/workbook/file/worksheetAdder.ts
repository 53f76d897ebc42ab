import type { Workbook, Worksheet } from "exceljs";

/** What ExcelJS keeps of a workbook's sheets at run time (its typings do not declare it). */
interface WorkbookInternals {
  /** Sheets by id (index 0 unused); a removed sheet leaves a hole its id is taken again from. */
  _worksheets: (Worksheet | undefined)[];
}

/** A sheet's place in the tabs, which ExcelJS keeps at run time (its typings do not declare it). */
const orderOf = (worksheet: Worksheet) => (worksheet as unknown as { orderNo: number }).orderNo;

type WorksheetConstructor = new (options: {
  id: number;
  name: string;
  orderNo: number;
  workbook: Workbook;
}) => Worksheet;

/** Adds a sheet named `name`, last in the tabs or, given `replaced`, in its place. */
export type AddWorksheet = (name: string, replaced?: Worksheet) => Worksheet;

/**
 * Adds sheets to an ExcelJS workbook as `workbook.addWorksheet` does (same id: the first free
 * one; same tab order: after the last), in a time that does not grow with the sheets already
 * there. ExcelJS's addWorksheet looks through every sheet three times (a free id, the last tab,
 * a sheet of the same name, which costs a lower-case copy of every name): five thousand
 * statement sheets took a second and a half there. Here the free id and the last tab are kept
 * from one sheet to the next, and the name is not looked for: the caller has checked, before
 * adding anything, that no two sheets share a name (writeSheets does, without regard to case).
 * A replaced sheet is removed first; the new one takes its id, as ExcelJS gives the first free
 * one, and its place in the tabs.
 *
 * @param workbook - the workbook; nothing else may add or remove sheets while the adder is used
 * @returns the function that adds a sheet
 * @example
 * const add = worksheetAdder(workbook);
 * for (const spec of specs) writeRows(add(spec.name), spec);
 */
export function worksheetAdder(workbook: Workbook): AddWorksheet {
  const internals = workbook as unknown as WorkbookInternals;
  let lastOrderNo = internals._worksheets.reduce(
    (last, sheet) => (sheet && orderOf(sheet) > last ? orderOf(sheet) : last),
    0
  );
  /** No id below this one is free. */
  let freeFrom = 1;
  const any = internals._worksheets.find(Boolean);
  let Sheet = any?.constructor as WorksheetConstructor | undefined;

  return (name, replaced) => {
    if (replaced) {
      workbook.removeWorksheet(replaced.id);
      freeFrom = Math.min(freeFrom, replaced.id);
    }
    const slots = internals._worksheets;
    while (freeFrom < slots.length && slots[freeFrom]) freeFrom += 1;
    let worksheet: Worksheet;
    if (Sheet === undefined) {
      // The first sheet of an empty workbook: ExcelJS's way, which gives its class.
      worksheet = workbook.addWorksheet(name);
      Sheet = worksheet.constructor as WorksheetConstructor;
    } else {
      // The name's setter looks for a sheet of that name among all of them: let it see none.
      internals._worksheets = [];
      try {
        worksheet = new Sheet({ id: freeFrom, name, orderNo: lastOrderNo + 1, workbook });
      } finally {
        internals._worksheets = slots;
      }
      slots[freeFrom] = worksheet;
    }
    if (replaced) (worksheet as unknown as { orderNo: number }).orderNo = orderOf(replaced);
    else lastOrderNo = orderOf(worksheet);
    return worksheet;
  };
}
