import {
  date,
  EMPTY,
  money,
  num,
  text,
  type SheetCell,
  type SheetSpec,
} from "../../src/domain/sheets/SheetSpec";
import {
  batchByBytes,
  boldRectangles,
  MAX_AREAS_ADDRESS,
  sheetWrites,
  splitWrite,
  writeBytes,
} from "../../src/workbook/office/sheetWrites";

const EURO = '#,##0.00 "€"';

function sheet(rows: readonly (readonly SheetCell[])[], extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name: "S", rows, columnWidths: [], print: { orientation: "portrait" }, ...extra };
}

describe("boldRectangles", () => {
  it("groups adjacent bold cells of a row, then the same run in the rows below", () => {
    expect(
      boldRectangles([
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
        [3, 2],
        [4, 0],
        [4, 2],
      ])
    ).toEqual(["A1:B2", "C4:C5", "A5"]);
  });

  it("gives nothing for no bold cell, one address for one", () => {
    expect(boldRectangles([])).toEqual([]);
    expect(boldRectangles([[9, 27]])).toEqual(["AB10"]);
  });
});

describe("sheetWrites", () => {
  it("writes a sheet in one write: values of the block, formats only where not General, bold areas, width runs, print setup", () => {
    const spec = sheet(
      [
        [text("Titre", true)],
        [],
        [text("Date"), date("2025-03-15")],
        [text("Total", true), EMPTY, money(1_000, true)],
      ],
      { columnWidths: [30, 12, 12], print: { orientation: "landscape" } }
    );
    const [write, ...others] = sheetWrites(spec, false, 4_500_000);
    expect(others).toEqual([]);
    expect(write).toEqual({
      name: "S",
      first: true,
      last: true,
      rows: { start: 0, end: 4 },
      replace: false,
      numberFormat: {
        address: "B3:C4",
        formats: [
          ["dd/mm/yyyy", "General"],
          ["General", EURO],
        ],
      },
      values: {
        address: "A1:C4",
        values: [
          ["'Titre", "", ""],
          ["", "", ""],
          ["'Date", 45731, ""],
          ["'Total", "", 10],
        ],
      },
      bold: ["A1,A4,C4"],
      columnWidths: [
        { columns: "A:A", points: 180 },
        { columns: "B:C", points: 72 },
      ],
      page: { orientation: "Landscape", printArea: "A1:C4" },
      table: null,
    });
  });

  it("writes no number format for a sheet of General cells", () => {
    const [write] = sheetWrites(sheet([[text("a"), num(1)]]), false, 4_500_000);
    expect(write?.numberFormat).toBeNull();
  });

  it("cuts bold areas into getRanges addresses Excel accepts", () => {
    // Every other row bold: 400 separate areas.
    const rows = Array.from({ length: 800 }, (_, row) => [text("x", row % 2 === 0)]);
    const [write] = sheetWrites(sheet(rows), false, 4_500_000);
    const areas = (write?.bold ?? []).flatMap((group) => group.split(","));
    expect(areas).toHaveLength(400);
    for (const group of write?.bold ?? [])
      expect(group.length).toBeLessThanOrEqual(MAX_AREAS_ADDRESS);
  });

  it("cuts a sheet heavier than a request into blocks of rows, each under it, covering each row once", () => {
    const rows = Array.from({ length: 1_000 }, (_, row) => [
      text(`ligne ${row}`, row === 0),
      text("x".repeat(1_000)),
      money(row),
    ]);
    const spec = sheet(rows, { columnWidths: [10, 40], table: { name: "T", headerRow: 0 } });
    const writes = sheetWrites(spec, true, 300_000);
    expect(writes.length).toBeGreaterThan(3);
    for (const write of writes) expect(writeBytes(write)).toBeLessThanOrEqual(300_000);
    expect(writes.map((write) => write.rows.start)).toEqual([
      0,
      ...writes.slice(0, -1).map((write) => write.rows.end),
    ]);
    expect(writes[writes.length - 1]?.rows.end).toBe(1_000);
    const [first, second] = writes;
    expect(first).toMatchObject({ first: true, last: false, replace: true, bold: ["A1"] });
    expect(first?.page).toEqual({ orientation: "Portrait", printArea: "A1:C1000" });
    expect(second).toMatchObject({ first: false, replace: false, page: null, columnWidths: [] });
    expect(second?.values.address).toBe(`A${(first?.rows.end ?? 0) + 1}:C${second?.rows.end}`);
    expect(writes.filter((write) => write.table)).toEqual([
      expect.objectContaining({ last: true, table: { address: "A1:C1000", name: "T" } }),
    ]);
  });

  it("splitWrite cuts a write in two halves by rows, the first keeping what the first write does", () => {
    const spec = sheet(
      Array.from({ length: 9 }, (_, row) => [num(row)]),
      { columnWidths: [10] }
    );
    const [whole] = sheetWrites(spec, true, 4_500_000);
    const halves = whole ? splitWrite(spec, whole) : null;
    expect(halves?.map((write) => [write.rows, write.first, write.replace, write.last])).toEqual([
      [{ start: 0, end: 4 }, true, true, false],
      [{ start: 4, end: 9 }, false, false, true],
    ]);
    const [one] = sheetWrites(sheet([[num(1)]]), false, 4_500_000);
    expect(one ? splitWrite(sheet([[num(1)]]), one) : undefined).toBeNull();
  });

  it("weighs more for more cells, and counts UTF-8 bytes", () => {
    const weight = (value: string) =>
      writeBytes(sheetWrites(sheet([[text(value)]]), false, 1e9)[0]!);
    expect(weight("x".repeat(1_000))).toBeGreaterThan(weight("x".repeat(100)));
    expect(weight("€".repeat(1_000)) - weight("x".repeat(1_000))).toBe(2_000);
  });
});

describe("batchByBytes", () => {
  const weight = (item: number) => item;

  it("keeps small items together, in order, under the limit", () => {
    const items = [5, 20, 30, 1, 49, 12, 12, 12, 12, 3, 25];
    const batches = batchByBytes(items, weight, 50, 0);
    expect(batches.flat()).toEqual(items);
    for (const batch of batches) expect(batch.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(50);
    // Greedy: each batch but the last closes because the next item did not fit.
    batches.slice(0, -1).forEach((batch, index) => {
      const next = batches[index + 1]?.[0] ?? 0;
      expect(batch.reduce((a, b) => a + b, 0) + next).toBeGreaterThan(50);
    });
  });

  it("counts each batch's overhead, puts an item over the limit alone, gives nothing for nothing", () => {
    expect(batchByBytes([10, 10, 10], weight, 35, 10)).toEqual([[10, 10], [10]]);
    expect(batchByBytes([10, 80, 10], weight, 50, 0)).toEqual([[10], [80], [10]]);
    expect(batchByBytes([], weight, 50, 0)).toEqual([]);
  });
});
