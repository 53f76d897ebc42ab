import fc from "fast-check";
import {
  compactIban,
  formatIban,
  ibanProblem,
  ibanRemainder,
  isValidBic,
  isValidIban,
} from "../../../src/domain/identifiers/iban";

// ISO 13616 and ISO 9362. The oracle below computes IBAN keys with BigInt, independently of the
// chunked arithmetic of src; the examples are published ones (the French banks' documentation
// example, and the registry's examples for Germany, the United Kingdom and Belgium).

/** Each letter as two digits (A = 10 … Z = 35), digits as they are. */
const numeric = (text: string): string =>
  [...text].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join("");

/** The IBAN of a country and a BBAN: check digits 98 − (BBAN + country + "00" mod 97). */
function ibanOf(country: string, bban: string): string {
  const remainder = BigInt(numeric(`${bban}${country}00`)) % 97n;
  return `${country}${String(98n - remainder).padStart(2, "0")}${bban}`;
}

/** The French RIB key of bank, branch and a digits-only account: 97 − (89 b + 15 g + 3 c mod 97). */
function ribKey(bank: string, branch: string, account: string): string {
  const sum = 89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account);
  return String(97n - (sum % 97n)).padStart(2, "0");
}

const digits = (length: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((d) => d.join(""));

describe("IBAN (ISO 13616)", () => {
  test.each([
    "FR7630006000011234567890189",
    "FR76 3000 6000 0112 3456 7890 189",
    "fr76 3000 6000 0112 3456 7890 189",
    "FR7630001005940000059400031", // the sample register's, Banque de France
    "DE89370400440532013000",
    "GB82WEST12345698765432",
    "BE68539007547034",
  ])("accepts %s", (iban) => {
    expect(ibanProblem(iban)).toBeNull();
    expect(isValidIban(iban)).toBe(true);
  });

  test("the oracle agrees with the published example", () => {
    expect(ibanOf("FR", "30006000011234567890189")).toBe("FR7630006000011234567890189");
    expect(ribKey("30006", "00001", "12345678901")).toBe("89");
  });

  test.each([
    ["the last digit changed", "FR7630006000011234567890188"],
    ["the check digits changed", "FR7730006000011234567890189"],
    ["two digits swapped", "FR7630006000011234567890198"],
    ["a letter for a digit", "GB82WEST12345698765433"],
  ])("refuses a wrong key: %s", (_what, iban) => {
    expect(ibanProblem(iban)).toEqual({ kind: "checksum" });
    expect(isValidIban(iban)).toBe(false);
  });

  test.each(["FR76-3000-6000-0112-3456-7890-189", "FR7630006000011234567890l8é", "FR76.30006"])(
    "refuses characters other than letters, digits and spaces: %s",
    (iban) => {
      expect(ibanProblem(iban)).toEqual({ kind: "characters" });
    }
  );

  test.each([
    "7630006000011234567890189",
    "F17630006000011234567890189",
    "FRA630006000011234567890189",
  ])("refuses an IBAN that does not start with a country code and two digits: %s", (iban) => {
    expect(ibanProblem(iban)).toEqual({ kind: "country" });
  });

  test("refuses a French IBAN of other than 27 characters, whatever its key", () => {
    // Keys right for their length, so only the length can be at fault.
    const short = ibanOf("FR", "3000600001123456789018");
    const long = ibanOf("FR", "300060000112345678901890");
    expect(BigInt(numeric(short.slice(4) + short.slice(0, 4))) % 97n).toBe(1n);
    expect(ibanProblem(short)).toEqual({ kind: "length", country: "FR", expected: 27, actual: 26 });
    expect(ibanProblem(long)).toEqual({ kind: "length", country: "FR", expected: 27, actual: 28 });
  });

  test("an unlisted country is checked for 15 to 34 characters and its key", () => {
    const brazil = ibanOf("BR", "00360305000010009795493P1");
    expect(ibanProblem(brazil)).toBeNull();
    expect(ibanProblem(ibanOf("ZZ", "1234567890"))).toMatchObject({
      kind: "length",
      expected: null,
    });
  });

  test("accepts every French IBAN built from a valid RIB, always with key 76", () => {
    fc.assert(
      fc.property(digits(5), digits(5), digits(11), (bank, branch, account) => {
        const bban = `${bank}${branch}${account}${ribKey(bank, branch, account)}`;
        const iban = ibanOf("FR", bban);
        expect(iban.slice(0, 4)).toBe("FR76");
        expect(isValidIban(iban)).toBe(true);
      })
    );
  });

  test("the chunked remainder equals the BigInt one, for any IBAN-shaped text", () => {
    const chars = fc.constantFrom(..."0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    const text = fc.tuple(
      fc.constantFrom("FR", "DE", "GB", "IT"),
      digits(2),
      fc.array(chars, { minLength: 11, maxLength: 30 }).map((c) => c.join(""))
    );
    fc.assert(
      fc.property(text, ([country, check, bban]) => {
        const iban = `${country}${check}${bban}`;
        const expected = Number(BigInt(numeric(bban + country + check)) % 97n);
        expect(ibanRemainder(iban)).toBe(expected);
      })
    );
  });

  test("detects any single character typed wrong (mod 97 catches every one)", () => {
    const valid = "FR7630006000011234567890189";
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: valid.length - 1 }),
        fc.integer({ min: 1, max: 9 }),
        (at, shift) => {
          const digit = (Number(valid[at]) + shift) % 10;
          const typo = `${valid.slice(0, at)}${digit}${valid.slice(at + 1)}`;
          expect(isValidIban(typo)).toBe(false);
        }
      )
    );
  });

  test("prints in groups of four, compact and upper case", () => {
    expect(formatIban("fr7630006000011234567890189")).toBe("FR76 3000 6000 0112 3456 7890 189");
    expect(formatIban("FR76 3000 6000 0112 3456 7890 189")).toBe(
      "FR76 3000 6000 0112 3456 7890 189"
    );
    expect(compactIban(" fr76\u00a03000 6000 ")).toBe("FR7630006000");
  });
});

describe("BIC (ISO 9362)", () => {
  test.each(["BDFEFRPPCCT", "BDFEFRPP", "bdfe fr pp cct", "DEUTDEFF500", "NWBKGB2L"])(
    "accepts %s",
    (bic) => {
      expect(isValidBic(bic)).toBe(true);
    }
  );

  test.each([
    ["9 characters", "BDFEFRPPC"],
    ["10 characters", "BDFEFRPPCC"],
    ["12 characters", "BDFEFRPPCCTX"],
    ["a country code with a digit", "BDFEF1PPCCT"],
    ["a character not allowed", "BDFE-FRPP-CCT"],
    ["nothing", ""],
  ])("refuses %s", (_what, bic) => {
    expect(isValidBic(bic)).toBe(false);
  });
});
