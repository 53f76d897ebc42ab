import {
  pdfDate,
  pdfNumber,
  pdfTextString,
  pdfWinAnsiLiteral,
} from "../../../src/documents/pdf/pdfSyntax";

describe("pdfNumber", () => {
  test.each([
    [595.28, "595.28"],
    [841.89, "841.89"],
    [0.1 + 0.2, "0.3"],
    [12, "12"],
    [-3.5, "-3.5"],
    [-0.0001, "0"],
    [1e-9, "0"],
    [2 / 3, "0.667"],
    [123456.0004, "123456"],
  ])("%p → %s", (value, expected) => {
    expect(pdfNumber(value)).toBe(expected);
  });

  test("never writes an exponent", () => {
    for (const value of [1e-7, 5e-4, 1e21 / 1e15, 0.0005, -0.0005])
      expect(pdfNumber(value)).toMatch(/^-?\d+(\.\d+)?$/);
  });
});

describe("pdfWinAnsiLiteral", () => {
  test("escapes the delimiters and writes other bytes in octal", () => {
    expect(pdfWinAnsiLiteral("a(b)c\\d")).toBe("(a\\(b\\)c\\\\d)");
    expect(pdfWinAnsiLiteral("1\u00a0571,70\u00a0€")).toBe("(1\\240571,70\\240\\200)");
    expect(pdfWinAnsiLiteral("é œ —")).toBe("(\\351 \\234 \\227)");
  });

  test("writes ? for what WinAnsi cannot encode, one per character", () => {
    expect(pdfWinAnsiLiteral("a😀b\u4e2d")).toBe("(a?b?)");
  });

  test("is pure printable ASCII", () => {
    let all = "";
    for (let unit = 0; unit < 0x2200; unit += 1) all += String.fromCharCode(unit);
    expect(pdfWinAnsiLiteral(all)).toMatch(/^[\x20-\x7e]*$/);
  });
});

describe("pdfTextString", () => {
  test("keeps printable ASCII as a literal, escaped", () => {
    expect(pdfTextString("fr-FR")).toBe("(fr-FR)");
    expect(pdfTextString("a (b) \\")).toBe("(a \\(b\\) \\\\)");
  });

  test("writes anything else in UTF-16BE with its byte order mark", () => {
    expect(pdfTextString("n° é")).toBe("<FEFF006E00B0002000E9>");
    expect(pdfTextString("🚀")).toBe("<FEFFD83DDE80>");
  });
});

test("pdfDate writes UTC, with the year on four digits", () => {
  expect(pdfDate(new Date(Date.UTC(2025, 2, 1)))).toBe("(D:20250301000000Z)");
  expect(pdfDate(new Date(Date.UTC(2026, 10, 22, 13, 5, 9)))).toBe("(D:20261122130509Z)");
});
