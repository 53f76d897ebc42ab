import { readDate, readOptionalDate } from "../../../src/domain/tables/readDate";
import { cellProblemOf } from "./cellProblemOf";

const INVALID = "date attendue (JJ/MM/AAAA, par exemple 01/01/2024).";

describe("readDate", () => {
  test.each([
    [45292, "2024-01-01"],
    [45292.75, "2024-01-01"],
    [new Date(Date.UTC(2024, 0, 1)), "2024-01-01"],
    ["01/01/2024", "2024-01-01"],
    ["2024-01-01", "2024-01-01"],
    [" 29/02/2024 ", "2024-02-29"],
    [2026, "1905-07-18"], // without a first serial, any number is an Excel date
  ])("%p reads as %p", (cell, date) => {
    expect(readDate(cell)).toBe(date);
  });

  test.each(["31/02/2024", "demain", "2024-13-01", true, 1e9, new Date(Number.NaN)])(
    "%p is refused as not a date",
    (cell) => {
      const problem = cellProblemOf(() => readDate(cell));
      expect(problem.message).toBe(INVALID);
      expect(problem.reason).toBe("invalid");
    }
  );

  test.each([null, undefined, "", "  "])("%p is missing", (cell) => {
    const problem = cellProblemOf(() => readDate(cell));
    expect(problem.message).toBe("valeur obligatoire.");
    expect(problem.reason).toBe("missing");
  });

  describe("with a first serial", () => {
    const reading = {
      earliest: { serial: 36526, message: (serial: number) => `${serial} avant 2000.` },
    };

    test("a number or a Date before it is refused with the caller's message", () => {
      expect(cellProblemOf(() => readDate(2026, reading)).message).toBe("2026 avant 2000.");
      expect(cellProblemOf(() => readDate(new Date(Date.UTC(1999, 11, 31)), reading)).message).toBe(
        "36525 avant 2000."
      );
    });

    test("from it on, numbers and text are read as before", () => {
      expect(readDate(36526, reading)).toBe("2000-01-01");
      expect(readDate("01/01/1990", reading)).toBe("1990-01-01");
    });

    test("without its own message, the invalid one is said", () => {
      const plain = { earliest: { serial: 10_000 }, messages: { invalid: "pas une date." } };
      expect(cellProblemOf(() => readDate(2024, plain)).message).toBe("pas une date.");
    });
  });
});

describe("readOptionalDate", () => {
  test("an empty cell is null, a date is read, anything else refused", () => {
    expect(readOptionalDate("")).toBeNull();
    expect(readOptionalDate("15/06/2023")).toBe("2023-06-15");
    expect(cellProblemOf(() => readOptionalDate("bientôt")).message).toBe(INVALID);
  });
});
