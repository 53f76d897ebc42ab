/*
 * Values checked for what they mean (issue 13): a year typed in a date cell is not a date, and a
 * pupil count beyond what the region has is not a pupil count.
 */
import { checkRegister } from "../../../src/domain/register/checkRegister";
import { FIRST_DATE_SERIAL, REGISTER_DATES } from "../../../src/domain/register/dateCells";
import { PUPIL_BOUNDS } from "../../../src/domain/register/pupilBounds";
import { readRegister } from "../../../src/domain/register/readRegister";
import { previewStatements } from "../../../src/domain/statements/previewStatements";
import { readDate as readAnyDate } from "../../../src/domain/tables/readDate";
import {
  addRow,
  ARRAS_ROW,
  HEM_ROW,
  LIEVIN_ROW,
  newMember,
  PEVELE_ROW,
  setCell,
  SPARE_UAIS,
  validTables,
} from "./registerTables";

/** The register's date cells, as its tables read them. */
const readDate = (cell: unknown) => readAnyDate(cell, REGISTER_DATES);

describe("a number in a date column", () => {
  test("a year typed in « Date d'effet » is an error that says to type a date, not 18/07/1905", () => {
    const tables = validTables();
    const row = addRow(tables.members, newMember({ "Date d'effet": 2026 }));
    const { register, problems } = readRegister(tables);
    expect(problems).toEqual([
      {
        severity: "error",
        table: "Membres",
        row,
        column: "Date d'effet",
        value: "2026",
        message:
          "2026 est un nombre, pas une date : une année seule n'est pas une date (Excel la lit comme le 18/07/1905). Tapez la date complète, par exemple 01/01/2026.",
      },
    ]);
    // Not read as 1905: the member is not billed for 2025 by a date it does not have.
    expect(register.members.at(-1)?.transferDate).toBe("");
    expect(checkRegister(tables, 2025).problems.filter((p) => p.severity === "error")).toEqual(
      problems
    );
  });

  test("a year in « Date de retrait », a year as a Date from a file, a small number: all errors", () => {
    const tables = validTables();
    setCell(tables.members, LIEVIN_ROW, "Date de retrait", 2022);
    // A file reader gives a date-formatted cell holding 2026 as the Date it shows: 18/07/1905.
    setCell(tables.members, ARRAS_ROW, "Date d'effet", new Date(Date.UTC(1905, 6, 18)));
    setCell(tables.members, PEVELE_ROW, "Date d'effet", 1234.5);
    const problems = readRegister(tables).problems;
    expect(problems.map((p) => [p.row, p.column, p.message.slice(0, 40)])).toEqual([
      [PEVELE_ROW, "Date d'effet", "1234,5 est un nombre, pas une date : Exc"],
      [ARRAS_ROW, "Date d'effet", "2026 est un nombre, pas une date : une a"],
      [LIEVIN_ROW, "Date de retrait", "2022 est un nombre, pas une date : une a"],
    ]);
  });

  test("a year in the journal's « Date » column", () => {
    const tables = validTables();
    setCell(tables.journal, 2, "Date", 2024);
    expect(readRegister(tables).problems).toEqual([
      expect.objectContaining({ table: "Journal", row: 2, column: "Date", value: "2024" }),
    ]);
  });

  test("a real date reads, as a serial, a Date or a text; from 1 January 2000 on", () => {
    expect(readDate(45901)).toBe("2025-09-01");
    expect(readDate(45901.75)).toBe("2025-09-01");
    expect(readDate(new Date(Date.UTC(2025, 8, 1)))).toBe("2025-09-01");
    expect(readDate("01/09/2025")).toBe("2025-09-01");
    expect(readDate(FIRST_DATE_SERIAL)).toBe("2000-01-01");
    expect(() => readDate(FIRST_DATE_SERIAL - 1)).toThrow("avant 2000");
  });
});

describe("pupils beyond what is possible and what is plausible (PUPIL_BOUNDS)", () => {
  test("the bounds: the region's 500 000 primary pupils (seed 003), 100 000 a member, 2 000 a school", () => {
    expect(PUPIL_BOUNDS).toEqual({
      possible: 500_000,
      plausibleMember: 100_000,
      plausibleSchool: 2_000,
    });
  });

  test("1e12 pupils for a member is an error at its cell: no statement of 1 300 000 000 300,00 €", () => {
    const tables = validTables();
    setCell(tables.members, PEVELE_ROW, "Élèves", 1e12);
    const { register, problems } = checkRegister(tables, 2025);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: "error",
        table: "Membres",
        row: PEVELE_ROW,
        column: "Élèves",
        value: "1000000000000",
        message: expect.stringContaining(
          "nombre d'élèves impossible : plus que les 500\u202f000 élèves du premier degré de toute la région"
        ),
      }),
    ]);
    expect(register.members[1]?.pupils).toBeNull();
  });

  test("a school of 98 000 000 000 pupils is an error at its cell: Hem is not billed 127 400 000 752,70 €", () => {
    const tables = validTables();
    setCell(tables.schools, 2, "Élèves", 98_000_000_000);
    const problems = checkRegister(tables, 2025).problems;
    expect(problems.map((p) => [p.severity, p.table, p.row, p.column, p.value])).toEqual([
      ["error", "Écoles", 2, "Élèves", "98000000000"],
    ]);
  });

  test("exactly 500 000 reads; 500 001 does not", () => {
    const at = (pupils: number) => {
      const tables = validTables();
      setCell(tables.members, ARRAS_ROW, "Élèves", pupils);
      return readRegister(tables).problems.map((p) => p.severity);
    };
    expect(at(500_000)).toEqual([]);
    expect(at(500_001)).toEqual(["error"]);
  });

  test("a member of more than 100 000 pupils is a warning, 100 000 is not", () => {
    // A new member, with no statement of 2024 to compare with.
    let row = 0;
    const at = (pupils: number) => {
      const tables = validTables();
      row = addRow(tables.members, newMember({ Élèves: pupils }));
      return checkRegister(tables, 2025).problems;
    };
    expect(at(100_000)).toEqual([]);
    expect(at(100_001)).toEqual([
      {
        severity: "warning",
        table: "Membres",
        row,
        column: "Élèves",
        value: "100001",
        message:
          "plus de 100\u202f000 élèves pour un seul membre, un cinquième des 500\u202f000 élèves du premier degré de la région : vérifiez l'effectif (avertissement seulement).",
      },
    ]);
  });

  test("a school of more than 2 000 pupils is a warning, 2 000 is not", () => {
    const at = (pupils: number) => {
      const tables = validTables();
      setCell(tables.schools, 5, "Élèves", pupils);
      return checkRegister(tables, 2025).problems;
    };
    expect(at(2_000)).toEqual([]);
    expect(at(2_001)).toEqual([
      expect.objectContaining({
        severity: "warning",
        table: "Écoles",
        row: 5,
        column: "Élèves",
        value: "2001",
        message: expect.stringContaining("plus de 2\u202f000 élèves dans une seule école"),
      }),
    ]);
  });

  test("schools of a member beyond the region's pupils when added up: an error on the member", () => {
    const tables = validTables();
    // Hem's schools equipped in 2025 (rows 2 to 7) at 90 000 pupils each: 540 000 in all.
    for (let row = 2; row <= 7; row += 1) setCell(tables.schools, row, "Élèves", 90_000);
    const problems = checkRegister(tables, 2025).problems;
    const onHem = problems.filter((p) => p.table === "Membres" && p.severity === "error");
    expect(onHem).toEqual([
      expect.objectContaining({
        severity: "error",
        row: HEM_ROW,
        column: "Élèves",
        message:
          "les écoles du membre équipées en 2025 comptent 540\u202f000 élèves, plus que les 500\u202f000 élèves du premier degré de toute la région : vérifiez les effectifs du tableau Écoles.",
      }),
    ]);
    // In 2024 only 3 schools are equipped: 270 000, a warning.
    const in2024 = checkRegister(tables, 2024).problems.filter((p) =>
      p.message.startsWith("les écoles du membre")
    );
    expect(in2024.map((p) => [p.severity, p.row, p.message.slice(0, 60)])).toEqual([
      ["warning", HEM_ROW, "les écoles du membre équipées en 2024 comptent 270\u202f000 élève"],
    ]);
  });

  test("the statements of a register with a plausible large school are still computed", () => {
    const tables = validTables();
    addRow(tables.schools, {
      UAI: SPARE_UAIS[0],
      Membre: "Arras",
      Élèves: 2_150,
      "Première année": 2025,
    });
    const { register, problems } = checkRegister(tables, 2025);
    expect(problems.every((p) => p.severity === "warning")).toBe(true);
    const arras = previewStatements(register, 2025).drafts.find((d) => d.member.name === "Arras");
    expect(arras?.contribution.totalCents).toBe(2_150 * 130);
  });
});
