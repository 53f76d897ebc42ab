import {
  createOfficeWorkbook,
  READ_CELLS_PER_REQUEST,
} from "../../src/workbook/office/officeWorkbook";
import { createOfficeJsRuntime, EXCEL_WEB_LIMIT_BYTES } from "../office/officeJsRuntime";
import { registerSeed } from "../office/registerSeed";

// readTables on Microsoft's runtime: for a read, what counts is the size of Excel's answer.

/** Reads every table of a generated register; the requests and answers it took. */
async function readRegister(members: number, limitBytes?: number | null) {
  const office = createOfficeJsRuntime(registerSeed(members), { limitBytes });
  const tables = await createOfficeWorkbook(office.run).readTables();
  await office.settle();
  return { office, tables };
}

/** The bytes one member adds to the answer (the Membres row, its share of the Écoles rows). */
async function bytesPerMember(): Promise<{ base: number; perMember: number }> {
  const answer = async (members: number) =>
    Math.max(...(await readRegister(members)).office.requests.map((r) => r.responseBytes));
  const small = await answer(1000);
  const large = await answer(3000);
  const perMember = (large - small) / 2000;
  return { base: small - 1000 * perMember, perMember };
}

describe("readTables on Microsoft's runtime", () => {
  it("reads every table's values in one request after the names: two round trips", async () => {
    const { office, tables } = await readRegister(1000);
    expect(office.requests.map((request) => request.kind)).toEqual(["read", "read"]);
    expect(tables.map((table) => [table.name, table.sheet, table.address])).toEqual([
      ["Membres", "Membres", "Membres!A1:M1001"],
      ["Ecoles", "Écoles", "Écoles!A1:E376"],
      ["Parametres", "Paramètres", "Paramètres!A1:B22"],
    ]);
    // Values as Excel gives them back: texts without their mark, dates as serials.
    expect(tables[0]?.values[1]?.slice(0, 6)).toEqual([
      "Communauté de communes n° 1",
      "epci",
      expect.stringMatching(/^\d{14}$/),
      expect.stringContaining("rue de la République"),
      "62",
      43466,
    ]);
  });

  it("stays in one answer under 5 MB up to about 27 000 members, and reads larger registers in blocks of rows", async () => {
    const { base, perMember } = await bytesPerMember();
    const most = Math.floor((EXCEL_WEB_LIMIT_BYTES - base) / perMember);
    console.log(
      `lecture du registre : ${perMember.toFixed(1)} octets de réponse par membre (ligne Membres, ` +
        `part des Écoles) : une réponse reste sous 5 Mo jusqu'à environ ${most} membres`
    );
    expect(most).toBeGreaterThan(25_000);
    expect(most).toBeLessThan(30_000);
    const within = await readRegister(most - 500);
    expect(within.office.requests.map((request) => [request.kind, request.error])).toEqual([
      ["read", null],
      ["read", null],
    ]);

    const members = most + 3_000;
    const { office, tables } = await readRegister(members);
    const unlimited = await readRegister(members, null);
    // Excel refused the answer of the one-request read; the blocks then stayed under its limit.
    expect(office.requests.filter((request) => request.error !== null)).toEqual([
      expect.objectContaining({ error: "ResponsePayloadSizeLimitExceeded" }),
    ]);
    for (const request of office.requests)
      if (request.error === null)
        expect(request.responseBytes).toBeLessThanOrEqual(EXCEL_WEB_LIMIT_BYTES);
    expect(tables).toEqual(unlimited.tables);
    expect(tables[0]?.values).toHaveLength(members + 1);
    const cells = tables.reduce(
      (sum, table) => sum + table.values.length * (table.values[0]?.length ?? 0),
      0
    );
    const reads = office.requests.filter((request) => request.kind === "read").length;
    // Names, the refused read, names and sizes again, then the blocks (a table's last block
    // may leave part of a request unused).
    expect(reads).toBeGreaterThanOrEqual(4 + Math.ceil(cells / READ_CELLS_PER_REQUEST));
    expect(reads).toBeLessThanOrEqual(
      4 + Math.ceil(cells / READ_CELLS_PER_REQUEST) + tables.length
    );
    console.log(
      `registre de ${members} membres : ${reads} allers-retours de lecture, ` +
        `plus grosse réponse ${Math.max(...office.requests.filter((r) => r.error === null).map((r) => r.responseBytes))} octets`
    );
  }, 120_000);

  it("halves the blocks when Excel still refuses their answer", async () => {
    // Long texts: 150 000 cells of 60 characters are about 9 MB, twice what one answer may carry.
    const values = [
      ["Nom", "Adresse"],
      ...Array.from({ length: 75_000 }, (_, row) => [`M${row}`, "z".repeat(60)]),
    ];
    const office = createOfficeJsRuntime({ tables: [{ name: "Long", sheet: "Longue", values }] });
    const [table] = await createOfficeWorkbook(office.run).readTables();
    expect(table?.values).toHaveLength(75_001);
    expect(table?.values[75_000]).toEqual(["M74999", "z".repeat(60)]);
    const refused = office.requests.filter((request) => request.error !== null);
    expect(refused.map((request) => request.error)).toEqual([
      "ResponsePayloadSizeLimitExceeded",
      "ResponsePayloadSizeLimitExceeded",
    ]);
  }, 60_000);
});
