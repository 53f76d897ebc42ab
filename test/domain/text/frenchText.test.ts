import {
  countOf,
  deWord,
  frenchDate,
  frenchPercent,
  groupDigits,
  NARROW_NO_BREAK_SPACE,
} from "../../../src/domain/text/frenchText";
import {
  isTooLargeWholeNumber,
  TOO_LARGE_WHOLE_NUMBER,
  wholeNumberExpected,
} from "../../../src/domain/text/wholeNumberText";

describe("countOf", () => {
  test("is singular for 0 and 1, plural from 2 (low, boundary, high)", () => {
    expect(countOf(0, "représenté")).toBe("0 représenté");
    expect(countOf(1, "membre")).toBe("1 membre");
    expect(countOf(2, "membre")).toBe("2 membres");
    expect(countOf(22, "suffrage exprimé", "suffrages exprimés")).toBe("22 suffrages exprimés");
    expect(countOf(3, "voix", "voix")).toBe("3 voix");
  });
});

describe("frenchDate", () => {
  test("writes an ISO date dd/mm/yyyy", () => {
    expect(frenchDate("2023-12-07")).toBe("07/12/2023");
    expect(frenchDate("2024-02-29")).toBe("29/02/2024");
  });

  test("leaves a text that is not written yyyy-mm-dd as it is", () => {
    expect(frenchDate("")).toBe("");
    expect(frenchDate("07/12/2023")).toBe("07/12/2023");
    expect(frenchDate("2023-12-7")).toBe("2023-12-7");
  });
});

describe("deWord", () => {
  test("elides de before a vowel or a mute h, not before a consonant", () => {
    expect(deWord("écoles")).toBe("d'écoles");
    expect(deWord("élèves")).toBe("d'élèves");
    expect(deWord("heures")).toBe("d'heures");
    expect(deWord("adhérents")).toBe("d'adhérents");
    expect(deWord("demi-journées")).toBe("de demi-journées");
    expect(deWord("mois")).toBe("de mois");
    expect(deWord("membres présents")).toBe("de membres présents");
  });
});

describe("groupDigits and the whole-number limit", () => {
  test("groups thousands with no-break spaces", () => {
    expect(groupDigits(999)).toBe("999");
    expect(groupDigits(1209)).toBe("1\u00a0209");
    expect(groupDigits(9007199254740991n)).toBe("9\u00a0007\u00a0199\u00a0254\u00a0740\u00a0991");
  });

  test("groups digits given as text, and with the separator asked for", () => {
    expect(groupDigits("1234567")).toBe("1\u00a0234\u00a0567");
    expect(groupDigits(500000, NARROW_NO_BREAK_SPACE)).toBe("500\u202f000");
    expect(groupDigits(-1209)).toBe("-1\u00a0209");
  });

  test("2^53 − 1 is the last whole number counted exactly", () => {
    expect(isTooLargeWholeNumber(Number.MAX_SAFE_INTEGER)).toBe(false);
    expect(isTooLargeWholeNumber(2 ** 53)).toBe(true);
    expect(isTooLargeWholeNumber(Infinity)).toBe(true);
    expect(isTooLargeWholeNumber(-1e300)).toBe(false);
    expect(isTooLargeWholeNumber(12.5)).toBe(false);
    expect(TOO_LARGE_WHOLE_NUMBER).toBe("au plus 9\u00a0007\u00a0199\u00a0254\u00a0740\u00a0991");
  });

  test("says at least 1 where zero is refused", () => {
    expect(wholeNumberExpected()).toBe("un nombre entier positif ou nul");
    expect(wholeNumberExpected(1)).toBe("un nombre entier d'au moins 1");
  });
});

describe("frenchPercent", () => {
  test("writes a decimal comma and a no-break space, keeping the decimals typed", () => {
    expect(frenchPercent(125, 1000)).toBe("12,5\u00a0%");
    expect(frenchPercent(20, 100)).toBe("20\u00a0%");
    expect(frenchPercent(0, 100)).toBe("0\u00a0%");
    expect(frenchPercent(5, 1000)).toBe("0,5\u00a0%");
    expect(frenchPercent(1250, 10000)).toBe("12,50\u00a0%");
    expect(frenchPercent(33333, 100000)).toBe("33,333\u00a0%");
    expect(frenchPercent(100, 100)).toBe("100\u00a0%");
  });

  test("refuses a denominator that is not 100 times a power of ten", () => {
    expect(() => frenchPercent(1, 3)).toThrow(RangeError);
    expect(() => frenchPercent(1, 10)).toThrow(RangeError);
  });
});
