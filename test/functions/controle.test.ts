/*
 * ENT.CONTROLE: UAI check letter, SIREN/SIRET Luhn key and La Poste's exception (RULES.md §8).
 */
import { controle } from "../../src/functions/functions";
import { expectExcelError } from "./excelCall";

describe("ENT.CONTROLE with UAI codes", () => {
  test("0951099D is a valid UAI", () => {
    // 951 099 = 23 × 41 352 + 3; "ABCDEFGHJKLMNPRSTUVWXYZ"[3] = D
    expect(controle("0951099D", null)).toBe(true);
  });

  test("0951099E has the wrong check letter", () => {
    expect(controle("0951099E", null)).toBe(false);
  });

  test("a UAI whose leading zero a spreadsheet ate is still valid", () => {
    expect(controle("951099D", null)).toBe(true);
    expect(controle("951099d", null)).toBe(true);
    expect(controle("951099E", null)).toBe(false);
  });

  test("a lower-case or padded UAI is upper-cased and trimmed", () => {
    expect(controle(" 0951099d ", null)).toBe(true);
    expect(controle("0951099d", "UAI")).toBe(true);
  });

  test("a UAI number without its letter is not valid", () => {
    // 951099 as a number: six digits, no letter, no length fits
    expect(controle(951099, null)).toBe(false);
    expect(controle("0951099", "UAI")).toBe(false);
  });
});

describe("ENT.CONTROLE with SIREN and SIRET", () => {
  test("a valid SIREN passes as text and as a number", () => {
    // 732829320, from the right, doubling every second digit: 0 + 4 + 3 + 9 + 2 + 7 + 2 + 6 + 7 = 40
    expect(controle("732829320", null)).toBe(true);
    expect(controle(732829320, null)).toBe(true);
    expect(controle("732 829 320", null)).toBe(true);
  });

  test("a SIREN with a wrong key fails", () => {
    // 732829321: 1 + 4 + 3 + 9 + 2 + 7 + 2 + 6 + 7 = 41
    expect(controle("732829321", null)).toBe(false);
    expect(controle(732829321, null)).toBe(false);
  });

  test("a valid SIRET passes as text and as a number", () => {
    // 73282932000074: 4 + 5 + 0 + 0 + 0 + 0 + 2 + 6 + 9 + 4 + 8 + 4 + 3 + 5 = 50
    expect(controle("73282932000074", null)).toBe(true);
    expect(controle(73282932000074, null)).toBe(true);
    expect(controle("732 829 320 00074", null)).toBe(true);
  });

  test("the syndicate's SIRET as printed fails the check without crashing", () => {
    // 20003038600020: 0 + 4 + 0 + 0 + 0 + 3 + 8 + 6 + 0 + 6 + 0 + 0 + 0 + 4 = 31
    expect(controle("20003038600020", null)).toBe(false);
    expect(controle(20003038600020, null)).toBe(false);
    expect(controle("20003038600020", "SIRET")).toBe(false);
  });

  test("a La Poste SIRET is valid when its digit sum is a multiple of five", () => {
    // 35600000000001: Luhn 1 + 3 (6×2=12) + 5 + 6 (3×2) = 15, fails; digit sum 3 + 5 + 6 + 1 = 15, a multiple of 5
    expect(controle("35600000000001", null)).toBe(true);
    // 35600000000002: digit sum 16, Luhn 16: neither rule
    expect(controle("35600000000002", null)).toBe(false);
  });

  test("an explicit SIRET type checks the SIRET rule only", () => {
    expect(controle("73282932000074", "SIRET")).toBe(true);
    expect(controle("73282932000074", "siret")).toBe(true);
    // a valid SIREN is not a SIRET
    expect(controle("732829320", "SIRET")).toBe(false);
    expect(controle("0951099D", "SIRET")).toBe(false);
  });

  test("an explicit SIREN or UAI type checks that rule only", () => {
    expect(controle("732829320", "SIREN")).toBe(true);
    expect(controle("73282932000074", "SIREN")).toBe(false);
    expect(controle("732829320", "UAI")).toBe(false);
  });

  test("an empty type means the type is guessed", () => {
    expect(controle("0951099D", "")).toBe(true);
  });
});

describe("ENT.CONTROLE guesses the type from the length", () => {
  test("8 characters are a UAI, 9 digits a SIREN, 14 digits a SIRET", () => {
    expect(controle("0951099D", null)).toBe(true);
    expect(controle("732829320", null)).toBe(true);
    expect(controle("73282932000074", null)).toBe(true);
  });

  test("a length that fits no identifier is not valid", () => {
    expect(controle("12345", null)).toBe(false);
    expect(controle("7328293200007", null)).toBe(false);
    expect(controle(12345, null)).toBe(false);
    expect(controle("hello world", null)).toBe(false);
  });
});

describe("ENT.CONTROLE errors", () => {
  test("an unknown type is an error listing the accepted types", () => {
    expectExcelError(() => controle("0951099D", "TVA"), "« TVA »", "UAI, SIREN, SIRET");
  });

  test("a missing code is an error", () => {
    expectExcelError(() => controle(null, null), "code manquant");
    expectExcelError(() => controle("", null), "code manquant");
  });

  test("a code that is neither text nor a whole number is an error", () => {
    expectExcelError(() => controle(true, null), "ni un texte ni un nombre entier");
    expectExcelError(() => controle(12.5, null), "ni un texte ni un nombre entier");
  });
});
