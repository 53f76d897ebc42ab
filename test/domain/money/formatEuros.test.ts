import fc from "fast-check";
import { formatEuros } from "../../../src/domain/money/formatEuros";
import { parseEurosText } from "../../../src/domain/money/parseEuros";

// French format: decimal comma, no-break spaces (U+00A0) between thousands and before €.
const NBSP = "\u00a0";
const fr = (text: string): string => text.replace(/ /g, NBSP);

describe("formatEuros", () => {
  test("formats Hem's 2024 contribution as 1 571,70 €", () => {
    expect(formatEuros(157170)).toBe(fr("1 571,70 €"));
  });

  test("formats cents below one euro with a leading zero (low)", () => {
    expect(formatEuros(0)).toBe(fr("0,00 €"));
    expect(formatEuros(5)).toBe(fr("0,05 €"));
    expect(formatEuros(100)).toBe(fr("1,00 €"));
  });

  test("groups thousands from 1 000 € on (boundary 999,99 / 1 000,00)", () => {
    expect(formatEuros(99999)).toBe(fr("999,99 €"));
    expect(formatEuros(100000)).toBe(fr("1 000,00 €"));
    expect(formatEuros(123456789)).toBe(fr("1 234 567,89 €"));
  });

  test("puts a minus sign before negative amounts", () => {
    expect(formatEuros(-5)).toBe(fr("-0,05 €"));
    expect(formatEuros(-193440)).toBe(fr("-1 934,40 €"));
  });

  test("never uses the narrow no-break space", () => {
    expect(formatEuros(123456789)).not.toContain("\u202f");
  });

  test("reads back to the same cents through parseEurosText", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        expect(parseEurosText(formatEuros(cents), "x")).toBe(cents);
      })
    );
  });
});
