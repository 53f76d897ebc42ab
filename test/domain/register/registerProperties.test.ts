import fc from "fast-check";
import { checkRegister } from "../../../src/domain/register/checkRegister";
import { memberKey } from "../../../src/domain/membership/memberKey";
import { movedMoreThanAFifth } from "../../../src/domain/register/pupilChange";
import { readRegister } from "../../../src/domain/register/readRegister";
import { ARRAS_ROW, PEVELE_ROW, setCell, validTables } from "./registerTables";

// Invariants of reading and validation, over generated values.

describe("register properties", () => {
  test("the 20 % warning fires exactly outside [0,8 × before ; 1,2 × before]", () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.nat(1_000_000), (now, before) => {
        const outside = now * 5 > before * 6 || now * 5 < before * 4;
        expect(movedMoreThanAFifth(now, before)).toBe(outside);
      })
    );
  });

  test("the pupil warning of checkRegister agrees with the comparison, for any new count", () => {
    fc.assert(
      fc.property(fc.nat(20_000), (pupils) => {
        const tables = validTables();
        setCell(tables.members, PEVELE_ROW, "Élèves", pupils);
        const warned = checkRegister(tables, 2025).problems.length === 1;
        expect(warned).toBe(movedMoreThanAFifth(pupils, 5400));
      })
    );
  });

  test("any possible pupil count reads back, as a number or as text with thousands spaces", () => {
    fc.assert(
      // Up to the region's 500 000 primary pupils (PUPIL_BOUNDS.possible); a member's count
      // above 100 000 is read, with a warning of validation.
      fc.property(fc.nat(500_000), fc.boolean(), (pupils, asText) => {
        const tables = validTables();
        const typed = asText ? pupils.toLocaleString("fr-FR") : pupils;
        setCell(tables.members, ARRAS_ROW, "Élèves", typed);
        const { register, problems } = readRegister(tables);
        expect(problems).toEqual([]);
        expect(register.members[2]?.pupils).toBe(pupils);
      })
    );
  });

  test("any pupil count beyond the region's 500 000 is an error on its cell, member or school", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 500_001, max: Number.MAX_SAFE_INTEGER }),
        fc.boolean(),
        (pupils, school) => {
          const tables = validTables();
          if (school) setCell(tables.schools, 3, "Élèves", pupils);
          else setCell(tables.members, ARRAS_ROW, "Élèves", pupils);
          expect(readRegister(tables).problems).toEqual([
            expect.objectContaining({
              severity: "error",
              table: school ? "Écoles" : "Membres",
              row: school ? 3 : ARRAS_ROW,
              column: "Élèves",
              message: expect.stringContaining("nombre d'élèves impossible"),
            }),
          ]);
        }
      )
    );
  });

  test("any fractional pupil count is an error on its cell", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((x) => !Number.isInteger(x)),
        (pupils) => {
          const tables = validTables();
          setCell(tables.members, ARRAS_ROW, "Élèves", pupils);
          expect(readRegister(tables).problems).toEqual([
            expect.objectContaining({ table: "Membres", row: ARRAS_ROW, column: "Élèves" }),
          ]);
        }
      )
    );
  });

  test("blank rows before a bad cell move its reported row by as many", () => {
    fc.assert(
      fc.property(fc.nat(10), (blanks) => {
        const tables = validTables();
        setCell(tables.members, ARRAS_ROW, "Élèves", "abc");
        const blank = () => tables.members[0]!.map(() => "");
        tables.members.splice(1, 0, ...Array.from({ length: blanks }, blank));
        expect(readRegister(tables).problems[0]?.row).toBe(ARRAS_ROW + blanks);
      })
    );
  });

  test("a member's key ignores case, accents, spacing, hyphens and apostrophes", () => {
    const word = fc.stringMatching(/^[a-zéèêàçîô]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        const name = words.join("-");
        const typed = `  ${words.join("  ").toUpperCase()} `;
        const plain = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
        expect(memberKey(typed)).toBe(memberKey(name));
        expect(memberKey(plain)).toBe(memberKey(name));
      })
    );
  });
});
