import fc from "fast-check";
import {
  checkIdentifier,
  guessIdentifierType,
  parseIdentifierType,
} from "../../../src/domain/identifiers/checkIdentifier";
import { numberCellCode } from "../../../src/domain/identifiers/numberCellCode";
import {
  isValidSiren,
  isValidSiret,
  isValidSiretWithSiren,
  withSiretKeys,
  failedSiretKey,
} from "../../../src/domain/identifiers/siren";
import { isValidUai, normalizeUai } from "../../../src/domain/identifiers/uai";
import { domainErrorOf } from "../domainErrorOf";

// RULES.md §8. The helpers below compute check characters from the rules, independently of src.

const UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"; // A–Z without I, O, Q: 23 letters

/** Check letter of a UAI: UAI_LETTERS[number mod 23]. */
function uaiLetter(sevenDigits: string): string {
  return UAI_LETTERS.charAt(Number(sevenDigits) % 23);
}

/** Luhn sum: from the right, every second digit doubled (minus 9 above 9). */
function luhnSum(digits: string): number {
  return [...digits].reverse().reduce((sum, char, i) => {
    const d = Number(char);
    const doubled = i % 2 === 1 ? d * 2 : d;
    return sum + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
}

/** The digit that, appended, makes the Luhn sum a multiple of 10. */
function luhnCheckDigit(prefix: string): string {
  for (let d = 0; d <= 9; d += 1) if (luhnSum(prefix + String(d)) % 10 === 0) return String(d);
  throw new Error("unreachable: one digit always fits");
}

const digitSum = (digits: string): number => [...digits].reduce((sum, c) => sum + Number(c), 0);
const digitsOf = (length: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((ds) => ds.join(""));

describe("the test helpers", () => {
  test("compute the Luhn sums worked out by hand", () => {
    // 732829320 from the right: 0 + 4 + 3 + 9 + 2 + 7 + 2 + 6 + 7 = 40
    expect(luhnSum("732829320")).toBe(40);
    // 20003038600020 from the right: 0+4+0+0+0+3+8+6+0+6+0+0+0+4 = 31
    expect(luhnSum("20003038600020")).toBe(31);
    expect(luhnCheckDigit("73282932")).toBe("0");
  });
});

describe("UAI", () => {
  test("accepts 0951099D", () => {
    // 951 099 = 23 × 41 352 + 3, and letter 3 is D
    expect(uaiLetter("0951099")).toBe("D");
    expect(isValidUai("0951099D")).toBe(true);
  });

  test("accepts 951099D whose leading zero a spreadsheet ate, in lower case too", () => {
    expect(isValidUai("951099D")).toBe(true);
    expect(isValidUai("951099d")).toBe(true);
    expect(isValidUai(" 0951099d ")).toBe(true);
    expect(normalizeUai(" 951099d ")).toBe("0951099D");
  });

  test("refuses a wrong check letter", () => {
    expect(isValidUai("0951099E")).toBe(false);
    expect(isValidUai("0951099C")).toBe(false);
  });

  test("checks the first and last letters of the alphabet (low 0000000A, high 9999999P)", () => {
    // 0 mod 23 = 0 -> A; 9 999 999 = 23 × 434 782 + 13 -> P
    expect(isValidUai("0000000A")).toBe(true);
    expect(isValidUai("9999999P")).toBe(true);
    // 22 -> Z, the last letter; 8 -> J, as I is skipped
    expect(isValidUai("0000022Z")).toBe(true);
    expect(isValidUai("0000008J")).toBe(true);
    expect(isValidUai("0000008I")).toBe(false);
  });

  test.each(["", "0951099", "095109D", "09510999D", "0951O99D", "D0951099"])(
    "refuses the shape %p",
    (code) => {
      expect(isValidUai(code)).toBe(false);
    }
  );

  test("accepts exactly the check letter of the rule for any seven digits", () => {
    fc.assert(
      fc.property(
        digitsOf(7),
        fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        (digits, letter) => {
          expect(isValidUai(digits + letter)).toBe(letter === uaiLetter(digits));
        }
      )
    );
  });
});

describe("SIREN", () => {
  test("accepts a SIREN passing the Luhn check", () => {
    expect(isValidSiren("732829320")).toBe(true);
    expect(isValidSiren("732 829 320")).toBe(true);
    expect(isValidSiren("732.829.320")).toBe(true);
  });

  test("refuses the syndicate's SIREN as printed, 200030386 (Luhn sum 21)", () => {
    // from the right: 6 + 7 + 3 + 0 + 3 + 0 + 0 + 0 + 2 = 21
    expect(luhnSum("200030386")).toBe(21);
    expect(isValidSiren("200030386")).toBe(false);
  });

  test.each(["73282932", "7328293200", "73282932A", ""])("refuses %p, not nine digits", (code) => {
    expect(isValidSiren(code)).toBe(false);
  });

  test("accepts a built SIREN and refuses every other check digit", () => {
    fc.assert(
      fc.property(digitsOf(8), fc.integer({ min: 0, max: 9 }), (prefix, d) => {
        const check = luhnCheckDigit(prefix);
        expect(isValidSiren(prefix + String(d))).toBe(String(d) === check);
      })
    );
  });
});

describe("SIRET", () => {
  test("accepts a SIRET passing the Luhn check", () => {
    expect(isValidSiret("73282932000074")).toBe(true);
    expect(isValidSiret("732 829 320 00074")).toBe(true);
  });

  test("flags the syndicate SIRET 20003038600020 as invalid without throwing", () => {
    expect(isValidSiret("20003038600020")).toBe(false);
    expect(checkIdentifier("20003038600020", null)).toBe(false);
    expect(checkIdentifier("20003038600020", "siret")).toBe(false);
  });

  test("accepts a La Poste SIRET whose digit sum is a multiple of 5 though it fails Luhn", () => {
    const laPoste = "35600000000001";
    expect(digitSum(laPoste)).toBe(15);
    expect(luhnSum(laPoste) % 10).not.toBe(0);
    expect(isValidSiret(laPoste)).toBe(true);
  });

  test("refuses a La Poste SIRET failing both rules", () => {
    const bad = "35600000000002";
    expect(digitSum(bad) % 5).not.toBe(0);
    expect(luhnSum(bad) % 10).not.toBe(0);
    expect(isValidSiret(bad)).toBe(false);
  });

  test("does not apply the La Poste rule to another SIREN", () => {
    const other = "10000000000004";
    expect(digitSum(other)).toBe(5);
    expect(luhnSum(other) % 10).not.toBe(0);
    expect(isValidSiret(other)).toBe(false);
  });

  test("accepts La Poste's SIREN 356000000 itself by Luhn", () => {
    expect(luhnSum("356000000") % 10).toBe(0);
    expect(isValidSiren("356000000")).toBe(true);
  });

  test.each(["7328293200007", "732829320000744", "7328293200007A", ""])(
    "refuses %p, not fourteen digits",
    (code) => {
      expect(isValidSiret(code)).toBe(false);
    }
  );

  test("accepts a built SIRET and refuses every other check digit", () => {
    fc.assert(
      fc.property(digitsOf(13), fc.integer({ min: 0, max: 9 }), (prefix, d) => {
        fc.pre(!prefix.startsWith("356000000"));
        expect(isValidSiret(prefix + String(d))).toBe(String(d) === luhnCheckDigit(prefix));
      })
    );
  });

  test("accepts a La Poste SIRET exactly when it passes Luhn or its digit sum is a multiple of 5", () => {
    fc.assert(
      fc.property(digitsOf(5), (nic) => {
        const siret = `356000000${nic}`;
        expect(isValidSiret(siret)).toBe(luhnSum(siret) % 10 === 0 || digitSum(siret) % 5 === 0);
      })
    );
  });
});

describe("checkIdentifier", () => {
  test("guesses the type from the length", () => {
    expect(guessIdentifierType("0951099D")).toBe("uai");
    expect(guessIdentifierType("951099d")).toBe("uai");
    expect(guessIdentifierType("732829320")).toBe("siren");
    expect(guessIdentifierType("732 829 320 00074")).toBe("siret");
    expect(guessIdentifierType("12345")).toBeNull();
  });

  test("checks with the guessed type", () => {
    expect(checkIdentifier("0951099D", null)).toBe(true);
    expect(checkIdentifier("951099d", null)).toBe(true);
    expect(checkIdentifier("732829320", null)).toBe(true);
    expect(checkIdentifier("73282932000074", null)).toBe(true);
    expect(checkIdentifier("12345", null)).toBe(false);
  });

  test("checks against the type given", () => {
    expect(checkIdentifier("732829320", "siret")).toBe(false);
    expect(checkIdentifier("0951099D", "siren")).toBe(false);
    expect(checkIdentifier("0951099D", "uai")).toBe(true);
  });

  test("reads a type ignoring case", () => {
    expect(parseIdentifierType("Siret")).toBe("siret");
    expect(parseIdentifierType(" UAI ")).toBe("uai");
    expect(parseIdentifierType("siren")).toBe("siren");
  });

  test("refuses an unknown type, listing the accepted ones", () => {
    const error = domainErrorOf(() => parseIdentifierType("NIR"));
    expect(error.code).toBe("invalid-identifier");
    expect(error.message).toContain("UAI");
    expect(error.message).toContain("SIRET");
  });
});

describe("a SIRET's SIREN (issue 12)", () => {
  test("a SIRET whose own key passes but whose SIREN's fails is refused by checkIdentifier", () => {
    // 21590299500012: Luhn sum 30 over 14 digits; its SIREN 215902995 sums 39
    expect(luhnSum("21590299500012") % 10).toBe(0);
    expect(luhnSum("215902995") % 10).not.toBe(0);
    expect(isValidSiretWithSiren("21590299500012")).toBe(false);
    expect(checkIdentifier("21590299500012", "siret")).toBe(false);
    expect(checkIdentifier("21590299500012", null)).toBe(false);
  });

  test("a SIRET built on a valid SIREN passes, La Poste's exception included", () => {
    expect(isValidSiretWithSiren("73282932000074")).toBe(true);
    expect(isValidSiretWithSiren("732 829 320 00074")).toBe(true);
    // La Poste: SIREN 356000000 passes Luhn (sum 10); the SIRET 35600000000001 by its digit sum 15
    expect(luhnSum("356000000") % 10).toBe(0);
    expect(isValidSiretWithSiren("35600000000001")).toBe(true);
    expect(isValidSiretWithSiren("35600000000002")).toBe(false);
  });

  test("failedSiretKey names the SIRET's own key first, then its SIREN's", () => {
    expect(failedSiretKey("73282932000074")).toBeNull();
    expect(failedSiretKey("732 829 320 00074")).toBeNull();
    expect(failedSiretKey("73282932000075")).toBe("siret");
    expect(failedSiretKey("21590299500012")).toBe("siren");
    // The syndicate's SIRET as printed fails both keys: its own is named.
    expect(failedSiretKey("20003038600020")).toBe("siret");
    expect(failedSiretKey("35600000000001")).toBeNull();
    expect(failedSiretKey("35600000000002")).toBe("siret");
    expect(failedSiretKey("7328293200007")).toBe("siret");
    fc.assert(
      fc.property(digitsOf(14), (siret) => {
        const expected = !isValidSiret(siret)
          ? "siret"
          : luhnSum(siret.slice(0, 9)) % 10 === 0
            ? null
            : "siren";
        expect(failedSiretKey(siret)).toBe(expected);
        expect(failedSiretKey(siret) === null).toBe(isValidSiretWithSiren(siret));
      })
    );
  });

  test("withSiretKeys builds SIRETs whose two keys pass", () => {
    expect(withSiretKeys("73282932", "0007")).toBe("73282932000074");
    fc.assert(
      fc.property(digitsOf(8), digitsOf(4), (prefix, nic) => {
        const siret = withSiretKeys(prefix, nic);
        expect(siret.slice(0, 8)).toBe(prefix);
        expect(siret.slice(9, 13)).toBe(nic);
        expect(luhnSum(siret.slice(0, 9)) % 10).toBe(0);
        expect(luhnSum(siret) % 10).toBe(0);
      })
    );
  });

  test("for any SIREN and establishment number: valid exactly when both keys pass", () => {
    fc.assert(
      fc.property(digitsOf(9), digitsOf(4), (siren, nic) => {
        const siret = siren + nic + luhnCheckDigit(siren + nic);
        expect(isValidSiretWithSiren(siret)).toBe(
          luhnSum(siren) % 10 === 0 || (siren === "356000000" && digitSum(siret) % 5 === 0)
        );
      })
    );
  });
});

describe("numberCellCode: the leading zeros a number cell ate (issue 12)", () => {
  test("puts back one zero when guessing: 8 digits are a SIREN, 13 a SIRET", () => {
    expect(numberCellCode(12345674, null)).toBe("012345674");
    expect(numberCellCode(1234567400017, null)).toBe("01234567400017");
    expect(checkIdentifier(numberCellCode(12345674, null), null)).toBe(true);
  });

  test("puts back every zero up to the length of the type given", () => {
    expect(numberCellCode(1234566, "siren")).toBe("001234566");
    expect(numberCellCode(12345674, "siret")).toBe("00000012345674");
    expect(isValidSiren(numberCellCode(1234566, "siren"))).toBe(true);
  });

  test("leaves other lengths, and a UAI, as they are", () => {
    expect(numberCellCode(732829320, null)).toBe("732829320");
    expect(numberCellCode(73282932000074, "siret")).toBe("73282932000074");
    expect(numberCellCode(12345, null)).toBe("12345");
    expect(numberCellCode(951099, "uai")).toBe("951099");
  });
});
