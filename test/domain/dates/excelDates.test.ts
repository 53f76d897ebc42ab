import { excelSerialToDate, parseDateText } from "../../../src/domain/dates/excelDates";
import { toIsoDate } from "../../../src/domain/dates/isoDate";

// Excel's 1900 date system: serial 61 is 1 March 1900 (60 is the fictitious 29 February 1900).
// Worked out: 1/3/1900 -> 1/3/2024 is 124 × 365 + 31 leap days (1904–2024) = 45 291 days;
// 1/1/2024 is 60 days earlier, so its serial is 61 + 45 291 − 60 = 45 292.

const iso = (serial: number): string => toIsoDate(excelSerialToDate(serial));

describe("excelSerialToDate", () => {
  test("reads 45 292 as 1 January 2024", () => {
    expect(iso(45292)).toBe("2024-01-01");
  });

  test("reads 45 458 as 15 June 2024", () => {
    // 2024 is a leap year: 31 + 29 + 31 + 30 + 31 = 152 days before June, + 14 -> 45 292 + 166
    expect(iso(45458)).toBe("2024-06-15");
  });

  test("reads the first serial after Excel's fictitious 29/02/1900 as 1 March 1900 (low)", () => {
    expect(iso(61)).toBe("1900-03-01");
  });

  test("reads Excel's last date, serial 2 958 465, as 31 December 9999 (high)", () => {
    expect(iso(2958465)).toBe("9999-12-31");
  });

  test("ignores the time of day", () => {
    expect(iso(45292.5)).toBe("2024-01-01");
    expect(iso(45292.999)).toBe("2024-01-01");
    expect(excelSerialToDate(45292.75).getUTCHours()).toBe(0);
  });
});

describe("parseDateText", () => {
  test("reads a French date and an ISO date", () => {
    expect(parseDateText("15/06/2023")?.getTime()).toBe(Date.UTC(2023, 5, 15));
    expect(parseDateText("2023-06-15")?.getTime()).toBe(Date.UTC(2023, 5, 15));
    expect(parseDateText(" 1/6/2023 ")?.getTime()).toBe(Date.UTC(2023, 5, 1));
  });

  test("reads the first and last days of a year (low, high)", () => {
    expect(parseDateText("01/01/2023")?.getTime()).toBe(Date.UTC(2023, 0, 1));
    expect(parseDateText("31/12/2023")?.getTime()).toBe(Date.UTC(2023, 11, 31));
  });

  test("reads 29 February in a leap year only", () => {
    expect(parseDateText("29/02/2024")?.getTime()).toBe(Date.UTC(2024, 1, 29));
    expect(parseDateText("29/02/2023")).toBeNull();
    expect(parseDateText("29/02/1900")).toBeNull();
    expect(parseDateText("29/02/2000")?.getTime()).toBe(Date.UTC(2000, 1, 29));
  });

  test.each([
    "31/02/2023",
    "31/04/2023",
    "32/01/2023",
    "00/01/2023",
    "15/13/2023",
    "15/00/2023",
    "2023-02-30",
  ])("refuses the day that does not exist %p", (text) => {
    expect(parseDateText(text)).toBeNull();
  });

  test.each(["", "hier", "2023/06/15", "15-06-2023", "15/06/23", "2023-6-15", "15/06/2023 12:00"])(
    "refuses %p",
    (text) => {
      expect(parseDateText(text)).toBeNull();
    }
  );
});
