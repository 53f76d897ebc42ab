import { date, EMPTY, money, num, text } from "../../src/domain/sheets/SheetSpec";
import { blockAddress, columnLetters } from "../../src/workbook/cellAddress";
import { NUMBER_FORMATS } from "../../src/workbook/numberFormats";
import { cellBlock, excelValue } from "../../src/workbook/office/sheetPayload";

describe("excelValue", () => {
  it("writes a text with Excel's apostrophe, so that it stays text", () => {
    expect(excelValue(text("Hem"))).toBe("'Hem");
    expect(excelValue(text("=1+1"))).toBe("'=1+1");
    expect(excelValue(text("0059"))).toBe("'0059");
    expect(excelValue(text(""))).toBe("'");
  });

  it("writes a number as it is", () => {
    expect(excelValue(num(1209))).toBe(1209);
    expect(excelValue(num(-0.5))).toBe(-0.5);
  });

  it("writes cents as euros", () => {
    expect(excelValue(money(157170))).toBe(1571.7);
    expect(excelValue(money(1))).toBe(0.01);
    expect(excelValue(money(-250))).toBe(-2.5);
    expect(excelValue(money(0))).toBe(0);
  });

  it("writes an ISO date as an Excel serial (1900 date system)", () => {
    expect(excelValue(date("2024-01-01"))).toBe(45292);
    expect(excelValue(date("1900-03-01"))).toBe(61);
    expect(excelValue(date("2025-12-31"))).toBe(46022);
    expect(excelValue(date("2024-02-29"))).toBe(45351);
  });

  it("writes an empty cell as an empty string", () => {
    expect(excelValue(EMPTY)).toBe("");
  });

  it("gives each kind its number format", () => {
    expect(NUMBER_FORMATS).toEqual({
      text: "General",
      number: "General",
      money: '#,##0.00 "€"',
      formula: '#,##0.00 "€"',
      date: "dd/mm/yyyy",
      empty: "General",
    });
  });
});

describe("cellBlock", () => {
  it("pads ragged rows with empty cells into a rectangle", () => {
    const block = cellBlock([
      [text("Titre", true)],
      [],
      [text("A"), money(100), date("2024-01-01")],
    ]);
    expect(block.rowCount).toBe(3);
    expect(block.columnCount).toBe(3);
    expect(block.values).toEqual([
      ["'Titre", "", ""],
      ["", "", ""],
      ["'A", 1, 45292],
    ]);
    expect(block.formats).toEqual([
      ["General", "General", "General"],
      ["General", "General", "General"],
      ["General", '#,##0.00 "€"', "dd/mm/yyyy"],
    ]);
    expect(block.values.every((row) => row.length === block.columnCount)).toBe(true);
  });

  it("lists bold cells as [row, column] from A1, padding included", () => {
    const block = cellBlock([[text("a")], [EMPTY, text("b", true)], [money(5, true)]]);
    expect(block.bold).toEqual([
      [1, 1],
      [2, 0],
    ]);
  });

  it("gives at least one cell for a sheet without rows", () => {
    const block = cellBlock([]);
    expect(block).toMatchObject({
      rowCount: 1,
      columnCount: 1,
      values: [[""]],
      formats: [["General"]],
    });
  });
});

describe("cellAddress", () => {
  it.each([
    [0, "A"],
    [1, "B"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16_383, "XFD"],
  ])("columnLetters(%i) is %s", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
  });

  it("gives the address of a block from A1", () => {
    expect(blockAddress(1, 1)).toBe("A1:A1");
    expect(blockAddress(35, 6)).toBe("A1:F35");
    expect(blockAddress(3, 27)).toBe("A1:AA3");
  });
});
