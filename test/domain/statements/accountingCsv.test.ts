import { accountingCsv } from "../../../src/domain/statements/accountingCsv";
import { csvDecimal, csvField } from "../../../src/domain/statements/csvFields";
import { statementsForAccounting } from "../../../src/domain/statements/statementsForAccounting";
import { HEM, LYS, member, register, ROUBAIX } from "./fixtures";
import { generate } from "./generations";
import { numbered } from "./numbered";

/**
 * Reads a `;`-separated CSV back (RFC 4180 quoting), to check the file by its meaning: fields in
 * double quotes may hold ; CR LF and doubled quotes. Records end with CR LF.
 */
function parseCsv(content: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < content.length; i += 1) {
    const c = content[i];
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") {
      record.push(field);
      field = "";
    } else if (c === "\r" && content[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 1;
    } else field += c;
  }
  if (field !== "" || record.length > 0) throw new Error("last record not ended by CRLF");
  return records;
}

const HEADER = "Numéro;Débiteur;SIRET;Objet;Montant;Code service;N° d'engagement";

describe("accountingCsv", () => {
  test("writes UTF-8 with BOM, ; separators, CRLF, French decimals", () => {
    // Hem 2025: 157 170 c → 1571,70 (no thousands separator); Roubaix 65 000 c → 650,00
    const csv = accountingCsv(numbered([HEM, ROUBAIX]));
    expect(csv).toBe(
      "\uFEFF" +
        `${HEADER}\r\n` +
        "2025-0001;Hem;21590299500012;Contribution ENT 2025 - Hem;1571,70;FIN-01;EJ-2025-77\r\n" +
        "2025-0002;Roubaix;21590512000014;Contribution ENT 2025 - Roubaix;650,00;;\r\n"
    );
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  test('quotes fields holding ; " CR or LF and reads back to the same texts', () => {
    const tricky = member({
      name: 'Communauté "Pévèle; Carembault"',
      siret: "21590373000012",
      serviceCode: "SERV\r\nA",
      engagementNumber: "EJ\n42",
    });
    const csv = accountingCsv(numbered([tricky]));
    // 100 pupils × 130 c = 13 000 c → 130,00
    expect(csv).toBe(
      `\uFEFF${HEADER}\r\n` +
        '2025-0001;"Communauté ""Pévèle; Carembault""";21590373000012;' +
        '"Contribution ENT 2025 - Communauté ""Pévèle; Carembault""";130,00;"SERV\r\nA";"EJ\n42"\r\n'
    );
    const [header, row, ...rest] = parseCsv(csv.slice(1));
    expect(header?.join(";")).toBe(HEADER);
    expect(row).toEqual([
      "2025-0001",
      'Communauté "Pévèle; Carembault"',
      "21590373000012",
      'Contribution ENT 2025 - Communauté "Pévèle; Carembault"',
      "130,00",
      "SERV\r\nA",
      "EJ\n42",
    ]);
    expect(rest).toEqual([]);
  });

  test("writes formula-like names as they are: the file is for import", () => {
    const csv = accountingCsv(numbered([member({ name: "=HYPERLINK(1)" })]));
    expect(parseCsv(csv.slice(1))[1]?.[1]).toBe("=HYPERLINK(1)");
  });

  test("writes only the header when there is nothing to export", () => {
    expect(accountingCsv([])).toBe(`\uFEFF${HEADER}\r\n`);
  });
});

describe("csv fields", () => {
  test.each([
    [0, "0,00"],
    [5, "0,05"],
    [1300, "13,00"],
    [157170, "1571,70"],
    [123456789, "1234567,89"],
    [-5, "-0,05"],
  ])("writes %p cents as %p", (cents, written) => {
    expect(csvDecimal(cents)).toBe(written);
  });

  test("leaves plain fields alone and quotes the others", () => {
    expect(csvField("Hem")).toBe("Hem");
    expect(csvField("")).toBe("");
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField("a\rb")).toBe('"a\rb"');
    expect(csvField("a\nb")).toBe('"a\nb"');
  });
});

describe("statementsForAccounting", () => {
  test("exports new numbers only, never below 15 €", () => {
    const first = generate(register([HEM, ROUBAIX, LYS]), 2025, "2025-03-01");
    expect(statementsForAccounting(first.result.statements).map((s) => s.number)).toEqual([
      "2025-0001",
      "2025-0002",
    ]);
    const again = generate(
      register([HEM, { ...ROUBAIX, pupils: 600 }, LYS], { journal: first.journal }),
      2025,
      "2025-04-01"
    );
    // Hem already issued; Roubaix changed → 2025-0004; Lys below 15 €.
    expect(statementsForAccounting(again.result.statements).map((s) => s.number)).toEqual([
      "2025-0004",
    ]);
    expect(statementsForAccounting(again.result.statements, "tous").map((s) => s.number)).toEqual([
      "2025-0001",
      "2025-0004",
    ]);
  });
});
