import { pendingRequestBytes } from "../../src/workbook/office/officeWorkbook";
import { createOfficeJsRuntime, EXCEL_WEB_LIMIT_BYTES, RUNTIME_SCRIPT } from "./officeJsRuntime";

// The harness itself: Microsoft's runtime (excel-web-16.00.js) talking to an in-memory Excel.

interface Body {
  Actions: { ActionType: number; Name: string; ArgumentInfo?: { Arguments?: unknown[] } }[];
  ObjectPaths: Record<string, { Name: string }>;
}

describe("officeJsRuntime", () => {
  it("runs Microsoft's runtime for Excel on the web from the dev dependency", () => {
    expect(RUNTIME_SCRIPT).toMatch(/@microsoft[\\/]office-js[\\/]dist[\\/]excel-web-16\.00\.js$/);
  });

  it("records each request as the text Office.js sends, the size pendingRequestBytes reads before sync", async () => {
    const office = createOfficeJsRuntime({ sheets: ["Feuil1"] });
    let measured: number | null = null;
    await office.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Été");
      sheet.getRange("A1:B1").values = [["'é €", 1.5]];
      measured = pendingRequestBytes(context);
      await context.sync();
    });
    await office.settle();
    const [request] = office.requests;
    expect(request?.kind).toBe("write");
    expect(request?.bytes).toBe(Buffer.byteLength(request?.body ?? "", "utf8"));
    // UTF-8 bytes, not characters: "é" is 2 bytes, "€" 3.
    expect(request?.bytes).toBeGreaterThan(request?.body.length ?? 0);
    expect(measured).toBe(request?.bytes);
    const body = JSON.parse(request?.body ?? "{}") as Body;
    expect(Object.values(body.ObjectPaths).map((path) => path.Name)).toEqual(
      expect.arrayContaining(["Worksheets", "Add", "GetRange"])
    );
    expect(body.Actions.find((action) => action.Name === "Values")?.ArgumentInfo).toEqual({
      Arguments: [[["'é €", 1.5]]],
    });
    expect(office.sheet("Été")?.values).toEqual([["'é €", 1.5]]);
  });

  it("answers loads as Excel does: sheet names, table values without text marks, addresses", async () => {
    const office = createOfficeJsRuntime({
      sheets: ["Accueil"],
      tables: [
        {
          name: "Membres",
          sheet: "Registre 2025",
          at: "B2",
          values: [
            ["Nom", "Élèves"],
            ["=Lys", 12],
          ],
        },
      ],
    });
    const read = await office.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      const range = tables.items[0]?.getRange().load("values,address");
      const sheet = tables.items[0]?.worksheet.load("name");
      await context.sync();
      return {
        sheets: sheets.items.map((item) => item.name),
        tables: tables.items.map((item) => item.name),
        values: range?.values,
        address: range?.address,
        sheet: sheet?.name,
      };
    });
    expect(read).toEqual({
      sheets: ["Accueil", "Registre 2025"],
      tables: ["Membres"],
      values: [
        ["Nom", "Élèves"],
        ["=Lys", 12],
      ],
      address: "'Registre 2025'!B2:C3",
      sheet: "Registre 2025",
    });
    await office.settle();
    // Excel.run kept the range it loaded: the runtime releases it once the run is over.
    expect(office.requests.map((request) => request.kind)).toEqual(["read", "read", "cleanup"]);
  });

  it("fails as Excel does, with its error codes", async () => {
    const office = createOfficeJsRuntime({ sheets: ["Feuil1"] });
    await expect(
      office.run(async (context) => {
        context.workbook.tables.getItem("Absent").getRange().select();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(
      office.run(async (context) => {
        context.workbook.worksheets.add("FEUIL1");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(
      office.run(async (context) => {
        context.workbook.worksheets.getItem("Feuil1").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses, like Excel on the web, a request or a response over 5 MB", async () => {
    const big = "x".repeat(EXCEL_WEB_LIMIT_BYTES);
    const office = createOfficeJsRuntime({
      tables: [{ name: "T", sheet: "S", values: [["a"], [big]] }],
    });
    await expect(
      office.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("C1").values = [[big]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(office.sheet("S")?.values[0]?.[2]).toBeUndefined();
    await expect(
      office.run(async (context) => {
        const range = context.workbook.tables.getItem("T").getRange().load("values");
        await context.sync();
        return range.values;
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    const unlimited = createOfficeJsRuntime({}, { limitBytes: null });
    await unlimited.run(async (context) => {
      context.workbook.worksheets.getItem("Feuil1").getRange("A1").values = [[big]];
      await context.sync();
    });
    expect(unlimited.requests[0]?.bytes).toBeGreaterThan(EXCEL_WEB_LIMIT_BYTES);
  });

  it("keeps the ranges Excel.run tracks, then the runtime releases them in a request of its own", async () => {
    const office = createOfficeJsRuntime();
    await office.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Feuil1");
      sheet.getRange("A1").values = [["'suivie"]];
      sheet.getRange("A2").untrack().values = [["'libre"]];
      await context.sync();
    });
    await office.settle();
    expect(office.requests.map((request) => request.kind)).toEqual(["write", "cleanup"]);
    const write = JSON.parse(office.requests[0]?.body ?? "{}") as Body;
    expect(write.Actions.filter((action) => action.Name === "_KeepReference")).toHaveLength(1);
    const cleanup = JSON.parse(office.requests[1]?.body ?? "{}") as Body;
    expect(cleanup.Actions.filter((action) => action.Name === "_RemoveReference")).toHaveLength(1);
  });

  it("lets Office.js split an array of more than 1 500 cells into blocks of rows, as it does", async () => {
    const office = createOfficeJsRuntime();
    const values = Array.from({ length: 1000 }, (_, row) => [row, `'${row}`, row * 2]);
    await office.run(async (context) => {
      context.workbook.worksheets.getItem("Feuil1").getRange("A1:C1000").values = values;
      await context.sync();
    });
    const body = JSON.parse(office.requests[0]?.body ?? "{}") as Body;
    expect(body.Actions.filter((action) => action.Name === "Values")).toHaveLength(2);
    expect(body.Actions.some((action) => action.Name === "_ValidateArraySize")).toBe(true);
    expect(office.sheet("Feuil1")?.values).toEqual(values);
  });

  it("fails loudly on what it does not model, rather than pretending", async () => {
    const office = createOfficeJsRuntime();
    await expect(
      office.run(async (context) => {
        context.workbook.worksheets.getItem("Feuil1").getRange("A1").format.fill.color = "red";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "NotModelledInHarness" });
  });
});
