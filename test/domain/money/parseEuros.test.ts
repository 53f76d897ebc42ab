import { eurosToCents, parseEurosText } from "../../../src/domain/money/parseEuros";
import { domainErrorOf } from "../domainErrorOf";

const NBSP = "\u00a0";
const NARROW_NBSP = "\u202f";

describe("parseEurosText", () => {
  test("reads a decimal comma or a decimal point", () => {
    expect(parseEurosText("571,70", "subvention")).toBe(57170);
    expect(parseEurosText("571.70", "subvention")).toBe(57170);
  });

  test("reads thousands spaces (plain, no-break, narrow) and a euro sign", () => {
    expect(parseEurosText("1 571,70 €", "x")).toBe(157170);
    expect(parseEurosText(`1${NBSP}571,70${NBSP}€`, "x")).toBe(157170);
    expect(parseEurosText(`1${NARROW_NBSP}571,70`, "x")).toBe(157170);
  });

  test("reads whole euros and one decimal as tens of cents", () => {
    expect(parseEurosText("12", "x")).toBe(1200);
    expect(parseEurosText("12,5", "x")).toBe(1250);
  });

  test("reads the smallest amounts (low: 0,00 and 0,01)", () => {
    expect(parseEurosText("0,00", "x")).toBe(0);
    expect(parseEurosText("0,01", "x")).toBe(1);
  });

  test("reads a sign", () => {
    expect(parseEurosText("-3,20", "x")).toBe(-320);
    expect(parseEurosText("+3", "x")).toBe(300);
  });

  test("refuses a third decimal instead of rounding it", () => {
    const error = domainErrorOf(() => parseEurosText("571,705", "subvention"));
    expect(error.code).toBe("invalid-number");
    expect(error.message).toContain("subvention");
    expect(error.message).toContain("571,705");
    expect(error.message).toContain("deux décimales");
  });

  test.each(["", "abc", "1,2,3", "12,", ",50", "12 €€"])("refuses %p", (text) => {
    expect(domainErrorOf(() => parseEurosText(text, "x")).code).toBe("invalid-number");
  });

  test("refuses an amount whose cents are not a safe integer", () => {
    expect(domainErrorOf(() => parseEurosText("99999999999999999", "x")).code).toBe(
      "invalid-number"
    );
  });
});

describe("eurosToCents", () => {
  test("reads Excel numbers through their decimal form", () => {
    expect(eurosToCents(571.7, "x")).toBe(57170);
    expect(eurosToCents(1571.7, "x")).toBe(157170);
    // 1.15 × 100 = 114.99999999999999 and 0.07 × 100 = 7.000000000000001 in binary floats
    expect(eurosToCents(1.15, "x")).toBe(115);
    expect(eurosToCents(0.07, "x")).toBe(7);
  });

  test("absorbs binary noise from Excel sums", () => {
    expect(eurosToCents(0.1 + 0.2, "x")).toBe(30);
  });

  test("reads zero, negatives and whole euros", () => {
    expect(eurosToCents(0, "x")).toBe(0);
    expect(eurosToCents(-2.5, "x")).toBe(-250);
    expect(eurosToCents(150, "x")).toBe(15000);
  });

  test("refuses a fraction of a cent", () => {
    const error = domainErrorOf(() => eurosToCents(1.005, "tarif"));
    expect(error.code).toBe("invalid-number");
    expect(error.message).toContain("tarif");
    expect(error.message).toContain("1,005");
    expect(domainErrorOf(() => eurosToCents(0.001, "x")).code).toBe("invalid-number");
  });

  test.each([Number.NaN, Number.POSITIVE_INFINITY, 1e20])("refuses %p", (value) => {
    expect(domainErrorOf(() => eurosToCents(value, "x")).code).toBe("invalid-number");
  });
});
