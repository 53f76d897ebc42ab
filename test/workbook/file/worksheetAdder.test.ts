import * as ExcelJS from "exceljs";
import { worksheetAdder } from "../../../src/workbook/file/worksheetAdder";

/** Each sheet's id, place in the tabs and name, in tab order. */
function sheetsOf(workbook: ExcelJS.Workbook): [number, number, string][] {
  return workbook.worksheets.map((sheet) => [
    sheet.id,
    (sheet as unknown as { orderNo: number }).orderNo,
    sheet.name,
  ]);
}

/** Removes then adds as writeSheets does, with ExcelJS's own addWorksheet. */
function addTheExcelJSWay(workbook: ExcelJS.Workbook, name: string, replaced?: ExcelJS.Worksheet) {
  const orderNo = replaced && (replaced as unknown as { orderNo: number }).orderNo;
  if (replaced) workbook.removeWorksheet(replaced.id);
  const sheet = workbook.addWorksheet(name);
  if (orderNo !== undefined) (sheet as unknown as { orderNo: number }).orderNo = orderNo;
  return sheet;
}

/** A workbook with sheets A to E, then C and D deleted (ids 3 and 4 free again). */
function withHoles(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const name of ["A", "B", "C", "D", "E"]) workbook.addWorksheet(name);
  workbook.removeWorksheet(workbook.getWorksheet("C")!.id);
  workbook.removeWorksheet(workbook.getWorksheet("D")!.id);
  return workbook;
}

describe("worksheetAdder", () => {
  test("gives the ids and tab order ExcelJS's addWorksheet gives, from an empty workbook", () => {
    const ours = new ExcelJS.Workbook();
    const theirs = new ExcelJS.Workbook();
    const add = worksheetAdder(ours);
    for (const name of ["Appel 1", "Appel 2", "Synthèse"]) {
      add(name);
      addTheExcelJSWay(theirs, name);
    }
    expect(sheetsOf(ours)).toEqual(sheetsOf(theirs));
    expect(sheetsOf(ours)).toEqual([
      [1, 1, "Appel 1"],
      [2, 2, "Appel 2"],
      [3, 3, "Synthèse"],
    ]);
  });

  test("fills the ids deleted sheets left free, replaces sheets in place, as ExcelJS does", () => {
    const ours = withHoles();
    const theirs = withHoles();
    const add = worksheetAdder(ours);
    const steps: [string, string?][] = [["F"], ["B", "B"], ["G"], ["A", "A"], ["H"], ["I"]];
    for (const [name, replaced] of steps) {
      add(name, replaced ? ours.getWorksheet(replaced) : undefined);
      addTheExcelJSWay(theirs, name, replaced ? theirs.getWorksheet(replaced) : undefined);
    }
    expect(sheetsOf(ours)).toEqual(sheetsOf(theirs));
    expect(sheetsOf(ours).map(([, , name]) => name)).toEqual(["A", "B", "E", "F", "G", "H", "I"]);
  });

  test("adds sheets ExcelJS can find by name and write", async () => {
    const workbook = withHoles();
    const add = worksheetAdder(workbook);
    add("Appel 2025-0001").getCell("A1").value = "N° 2025-0001";
    expect(workbook.getWorksheet("Appel 2025-0001")?.getCell("A1").value).toBe("N° 2025-0001");
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await workbook.xlsx.writeBuffer());
    expect(reread.worksheets.map((sheet) => sheet.name)).toEqual([
      "A",
      "B",
      "E",
      "Appel 2025-0001",
    ]);
    expect(reread.getWorksheet("Appel 2025-0001")?.getCell("A1").value).toBe("N° 2025-0001");
  });
});
