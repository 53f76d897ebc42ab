import { owesYear } from "../../../src/domain/membership/owesYear";
import { member } from "../statements/fixtures";

// RULES.md §6: a member owes exercise Y when its transfer took effect on or before 31 Dec Y and
// it had not withdrawn before 1 Jan Y.

const joined = (transferDate: string, withdrawalDate: string | null = null) =>
  member({ name: "Hem", transferDate, withdrawalDate });

describe("owesYear", () => {
  test("owes the year of a transfer on 31 December (high boundary of the transfer)", () => {
    expect(owesYear(joined("2025-12-31"), 2025)).toBe(true);
  });

  test("does not owe the year before a transfer on 1 January of the next year", () => {
    expect(owesYear(joined("2026-01-01"), 2025)).toBe(false);
    expect(owesYear(joined("2026-01-01"), 2026)).toBe(true);
  });

  test("owes the year of a transfer on 1 January (low boundary) and every later year", () => {
    expect(owesYear(joined("2025-01-01"), 2025)).toBe(true);
    expect(owesYear(joined("2025-01-01"), 2040)).toBe(true);
  });

  test("does not owe a year after a withdrawal on 31 December of the year before", () => {
    expect(owesYear(joined("2020-01-01", "2024-12-31"), 2025)).toBe(false);
    // …but owes the year of that withdrawal.
    expect(owesYear(joined("2020-01-01", "2024-12-31"), 2024)).toBe(true);
  });

  test("owes the year of a withdrawal on 1 January, as the rule reads (not before 1 Jan Y)", () => {
    expect(owesYear(joined("2020-01-01", "2025-01-01"), 2025)).toBe(true);
    expect(owesYear(joined("2020-01-01", "2025-01-01"), 2026)).toBe(false);
  });

  test("owes a year in the middle of its membership", () => {
    expect(owesYear(joined("2020-06-15", "2030-06-15"), 2025)).toBe(true);
  });
});
