import { checkYear } from "../../../src/domain/dates/checkYear";
import {
  addDays,
  assertIsoDate,
  checkIsoDate,
  hasIsoDateShape,
  isIsoDate,
  localIsoDate,
  parseIsoDate,
  toIsoDate,
  utcDate,
} from "../../../src/domain/dates/isoDate";
import { domainErrorOf } from "../domainErrorOf";

describe("toIsoDate", () => {
  test("writes a UTC date as yyyy-mm-dd", () => {
    expect(toIsoDate(new Date(Date.UTC(2023, 5, 15)))).toBe("2023-06-15");
    expect(toIsoDate(new Date(Date.UTC(2023, 5, 15, 23, 59)))).toBe("2023-06-15");
  });
});

describe("parseIsoDate and isIsoDate", () => {
  test("read yyyy-mm-dd as midnight UTC", () => {
    expect(parseIsoDate("2025-03-01")?.toISOString()).toBe("2025-03-01T00:00:00.000Z");
    expect(isIsoDate("2025-03-01")).toBe(true);
  });

  test("refuse other writings, spaces around, and days that do not exist", () => {
    for (const text of ["01/03/2025", " 2025-03-01", "2025-3-1", "", "2023-02-29", "2025-13-01"]) {
      expect(parseIsoDate(text)).toBeNull();
      expect(isIsoDate(text)).toBe(false);
    }
  });

  test("read 29 February in a leap year only (low, high years)", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("9999-12-31")).toBe(true);
  });

  test("hasIsoDateShape looks at the writing alone", () => {
    expect(hasIsoDateShape("2025-02-30")).toBe(true);
    expect(hasIsoDateShape("30/02/2025")).toBe(false);
  });

  test("utcDate refuses a day the calendar does not have", () => {
    expect(utcDate(2024, 2, 29)?.getTime()).toBe(Date.UTC(2024, 1, 29));
    expect(utcDate(2023, 2, 29)).toBeNull();
    expect(utcDate(2023, 0, 1)).toBeNull();
  });
});

describe("addDays", () => {
  test("counts calendar days across months, years and 29 February", () => {
    expect(addDays("2024-01-30", 30)).toBe("2024-02-29");
    expect(addDays("2025-12-15", 30)).toBe("2026-01-14");
    expect(addDays("2025-08-31", 1)).toBe("2025-09-01");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(addDays("2025-03-30", 0)).toBe("2025-03-30");
  });

  test("refuses a text that is not an ISO date", () => {
    expect(() => addDays("30/03/2025", 1)).toThrow(RangeError);
  });
});

describe("the checks", () => {
  test("assertIsoDate gives the date back, or says what is expected", () => {
    expect(assertIsoDate("2022-06-16")).toBe("2022-06-16");
    const error = domainErrorOf(() => assertIsoDate("2022-02-30"));
    expect(error.code).toBe("invalid-date");
    expect(error.message).toBe(
      "Date « 2022-02-30 » invalide : une date existante est attendue (AAAA-MM-JJ, par exemple 2022-06-16)."
    );
  });

  test("checkIsoDate names the date, empty or invalid", () => {
    expect(checkIsoDate("2024-01-01", "date d'émission")).toBe("2024-01-01");
    const empty = domainErrorOf(() => checkIsoDate(" ", "date d'émission"));
    expect(empty.code).toBe("missing-value");
    expect(empty.message).toBe("Date d'émission absente.");
    const invalid = domainErrorOf(() => checkIsoDate("01/01/2024", "date de retrait de Hem"));
    expect(invalid.code).toBe("invalid-date");
    expect(invalid.message).toBe(
      "Date de retrait de Hem invalide : « 01/01/2024 » (attendu une date réelle au format aaaa-mm-jj)."
    );
  });

  test("checkYear takes whole years from 1900 to 9999 (low, high)", () => {
    expect(checkYear(1900)).toBe(1900);
    expect(checkYear(9999)).toBe(9999);
    expect(domainErrorOf(() => checkYear(1899)).code).toBe("invalid-year");
    expect(domainErrorOf(() => checkYear(2025.5)).message).toBe(
      "Exercice invalide : 2025,5 (attendu une année, par exemple 2025)."
    );
  });
});

describe("localIsoDate", () => {
  test("reads the date on the local clock, late in the evening as early in the morning", () => {
    expect(localIsoDate(new Date(2025, 2, 1, 23, 30))).toBe("2025-03-01");
    expect(localIsoDate(new Date(2025, 0, 1, 0, 5))).toBe("2025-01-01");
  });
});
