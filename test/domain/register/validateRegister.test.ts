import { DomainError } from "../../../src/domain/errors/DomainError";
import { schoolsEquipped } from "../../../src/domain/phasing/schoolsEquipped";
import { checkRegister } from "../../../src/domain/register/checkRegister";
import { owesYear } from "../../../src/domain/membership/owesYear";
import { partYearMonths } from "../../../src/domain/register/partYearMonths";
import { changeText, movedMoreThanAFifth } from "../../../src/domain/register/pupilChange";
import { pupilsBilled } from "../../../src/domain/membership/pupilsBilled";
import { readRegister } from "../../../src/domain/register/readRegister";
import {
  hasBlockingProblems,
  sortProblems,
  type RegisterProblem,
} from "../../../src/domain/register/RegisterProblem";
import type { Register } from "../../../src/domain/register/types";
import { validateRegister } from "../../../src/domain/register/validateRegister";
import { parseScheduleTable } from "../../../src/domain/schedules/readScheduleTable";
import { domainErrorOf } from "../domainErrorOf";
import { schedule2026 } from "../schedules/workbookTable";
import {
  addRow,
  HEM_PUPILS_2024,
  HEM_ROW,
  newMember,
  PEVELE,
  PEVELE_ROW,
  setCell,
  validTables,
} from "./registerTables";

function registerOf(change: (t: ReturnType<typeof validTables>) => void = () => {}): Register {
  const tables = validTables();
  change(tables);
  return readRegister(tables).register;
}

describe("pupilsBilled (RULES.md §4)", () => {
  const register = registerOf();
  const hem = register.members[0]!;

  test("bills Hem the pupils of the schools equipped each year, 3, 6, 9 then 11 schools", () => {
    const billed = [2023, 2024, 2025, 2026, 2027, 2030].map((y) =>
      pupilsBilled(hem, register.schools, y)
    );
    expect(billed.map((b) => b?.equipped)).toEqual([0, 3, 6, 9, 11, 11]);
    expect(billed.map((b) => b?.equipped)).toEqual(
      [2023, 2024, 2025, 2026, 2027, 2030].map((y) => schoolsEquipped(11, 2024, y))
    );
    expect(billed.map((b) => b?.pupils)).toEqual([0, HEM_PUPILS_2024, 685, 1024, 1209, 1209]);
  });

  test("uses the member's own pupils when it has no school, and nothing when it has neither", () => {
    const pevele = register.members[1]!;
    expect(pupilsBilled(pevele, register.schools, 2025)).toEqual({
      pupils: 5400,
      fromSchools: false,
      equipped: 0,
      schools: [],
    });
    expect(pupilsBilled({ name: "Wattrelos", pupils: null }, register.schools, 2025)).toBeNull();
  });

  test("finds a member's schools whatever the case, accents and spacing of its name", () => {
    expect(pupilsBilled({ name: " HEM ", pupils: null }, register.schools, 2027)?.pupils).toBe(
      1209
    );
  });
});

describe("owesYear (RULES.md §6)", () => {
  const member = (transferDate: string, withdrawalDate: string | null = null) => ({
    transferDate,
    withdrawalDate,
  });

  test("owes the year of a transfer on 31 December (high boundary), not the year before", () => {
    expect(owesYear(member("2024-12-31"), 2024)).toBe(true);
    expect(owesYear(member("2024-12-31"), 2023)).toBe(false);
    expect(owesYear(member("2025-01-01"), 2024)).toBe(false);
  });

  test("still owes the year of a withdrawal on 1 January (low boundary), as RULES §6 reads", () => {
    expect(owesYear(member("2019-01-01", "2023-01-01"), 2023)).toBe(true);
    expect(owesYear(member("2019-01-01", "2022-12-31"), 2023)).toBe(false);
    expect(owesYear(member("2019-01-01", "2022-12-31"), 2022)).toBe(true);
  });

  test("checks a member whose transfer date could not be read", () => {
    expect(owesYear(member(""), 2025)).toBe(true);
  });
});

describe("partYearMonths (RULES.md §2.4)", () => {
  test.each([
    ["2025-09-01", null, 4],
    ["2025-09-15", null, 4],
    ["2025-12-31", null, 1],
    ["2019-01-01", "2025-08-31", 8],
    ["2019-01-01", "2025-09-01", 9],
    ["2019-01-01", "2025-01-01", 1],
    ["2025-03-01", "2025-10-15", 8],
  ])("counts transfer %s, withdrawal %s as mois=%i", (transferDate, withdrawalDate, months) => {
    expect(partYearMonths({ transferDate, withdrawalDate }, 2025)?.months).toBe(months);
  });

  test("finds nothing to say for a member all year, from 1 January", () => {
    expect(partYearMonths({ transferDate: "2025-01-01", withdrawalDate: null }, 2025)).toBeNull();
  });
});

describe("the 20 % comparison", () => {
  test.each([
    [1200, 1000, false, "+20,0 %"],
    [1201, 1000, true, "+20,1 %"],
    [800, 1000, false, "-20,0 %"],
    [799, 1000, true, "-20,1 %"],
    [1512, 1209, true, "+25,1 %"],
    [1, 0, true, "hausse depuis zéro"],
    [0, 0, false, "hausse depuis zéro"],
  ])("compares %i with %i exactly: %p, %s", (now, before, moved, text) => {
    expect(movedMoreThanAFifth(now, before)).toBe(moved);
    expect(changeText(now, before)).toBe(text);
  });

  test("compares a phased member on the schools already equipped last year", () => {
    expect(validateRegister(registerOf(), 2025)).toEqual([]);
    const grown = registerOf((t) => setCell(t.schools, 2, "Élèves", 300));
    expect(validateRegister(grown, 2025)).toEqual([
      expect.objectContaining({
        severity: "warning",
        row: HEM_ROW,
        column: "Élèves",
        message:
          "élèves 2025 des écoles déjà équipées en 2024 : 519, contre 361 sur l'avis 2024-0001 de 2024 (+43,8 %) : écart de plus de 20 %, vérifiez l'effectif.",
      }),
    ]);
  });

  test("compares with the latest statement still in force, not a cancelled one", () => {
    const register = registerOf((t) => {
      addRow(t.journal, {
        Numéro: "2024-0005",
        Exercice: 2024,
        Membre: PEVELE,
        Montant: 1,
        Élèves: 1,
        Date: "01/06/2024",
        Statut: "annulé",
      });
      addRow(t.journal, {
        Numéro: "2024-0006",
        Exercice: 2024,
        Membre: PEVELE.toUpperCase(),
        Montant: 1,
        Élèves: 4000,
        Date: "01/05/2024",
      });
    });
    expect(validateRegister(register, 2025)).toEqual([
      expect.objectContaining({
        row: PEVELE_ROW,
        message: expect.stringContaining("contre 4000 sur l'avis 2024-0006 de 2024 (+35,0 %)"),
      }),
    ]);
  });
});

describe("warnings about schools", () => {
  test("warns when the first years do not follow the four-year phasing", () => {
    const register = registerOf((t) => {
      for (let row = 2; row <= 12; row += 1) setCell(t.schools, row, "Première année", 2024);
    });
    const messages = validateRegister(register, 2025).map((p) => p.message);
    expect(messages).toContain(
      "phasage : 11 écoles équipées en 2025 d'après les premières années, le déploiement sur quatre ans commencé en 2024 en prévoit 6 sur 11 (RULES §4) ; les premières années font foi."
    );
  });

  test("warns when the member's pupils differ from its schools' total, and bills the schools", () => {
    const register = registerOf((t) => setCell(t.members, HEM_ROW, "Élèves", 1200));
    expect(validateRegister(register, 2025)).toEqual([
      expect.objectContaining({
        severity: "warning",
        row: HEM_ROW,
        value: "1200",
        message:
          "le nombre d'élèves du membre diffère du total de ses écoles (1209) ; les écoles font foi.",
      }),
    ]);
    expect(pupilsBilled(register.members[0]!, register.schools, 2027)?.pupils).toBe(1209);
  });
});

describe("validateRegister", () => {
  test("checks options against a schedule voted in the workbook", () => {
    const entries = parseScheduleTable(schedule2026());
    const ok = registerOf((t) =>
      setCell(t.members, PEVELE_ROW, "Options", "accompagnement; demi-journées=2")
    );
    expect(validateRegister(ok, 2026, entries).filter((p) => p.column === "Options")).toEqual([]);
    const old = registerOf((t) => setCell(t.members, PEVELE_ROW, "Options", "mobile"));
    expect(validateRegister(old, 2026, entries)).toContainEqual(
      expect.objectContaining({
        column: "Options",
        message: expect.stringContaining("n'existe pas dans le barème de 2026 (ctaf-2025-12)"),
      })
    );
  });

  test("fails loudly for a year with no schedule", () => {
    const error = domainErrorOf(() => validateRegister(registerOf(), 2018));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe("no-schedule");
  });

  test("names columns by their documented headers for a register built by hand", () => {
    const { columns: _typed, ...register } = registerOf((t) => setCell(t.members, 4, "Élèves", ""));
    expect(validateRegister(register, 2025)).toEqual([
      expect.objectContaining({
        row: 4,
        column: "Élèves",
        message: expect.stringContaining("élèves manquants"),
      }),
    ]);
  });

  test("names columns as the user typed them", () => {
    const tables = validTables();
    (tables.members[0] as unknown[])[7] = "NB ELEVES";
    setCell(tables.members, 4, "NB ELEVES", "");
    expect(checkRegister(tables, 2025).problems).toEqual([
      expect.objectContaining({ row: 4, column: "NB ELEVES", value: "" }),
    ]);
  });

  test("checks a nameless member's row only for its name", () => {
    const tables = validTables();
    setCell(tables.members, HEM_ROW, "Nom", "");
    expect(checkRegister(tables, 2025).problems).toEqual([
      expect.objectContaining({ row: HEM_ROW, column: "Nom", message: "valeur obligatoire." }),
    ]);
  });

  test("holds warnings back while a cell cannot be read, and gives them once it can", () => {
    const tables = validTables();
    setCell(tables.members, PEVELE_ROW, "Élèves", 9999);
    setCell(tables.members, 4, "Élèves", "abc");
    const problems = checkRegister(tables, 2025).problems;
    expect(problems.map((p) => p.severity)).toEqual(["error"]);
    setCell(tables.members, 4, "Élèves", 2150);
    expect(checkRegister(tables, 2025).problems.map((p) => p.severity)).toEqual(["warning"]);
  });
});

describe("problem lists", () => {
  const problem = (table: string, row: number, severity: RegisterProblem["severity"]) => ({
    table,
    row,
    column: "",
    value: "",
    message: "",
    severity,
  });

  test("sort by table as in the workbook, then by row, keeping the order within a row", () => {
    const sorted = sortProblems([
      problem("Journal", 2, "error"),
      problem("Membres", 5, "warning"),
      problem("Écoles", 3, "error"),
      problem("Membres", 2, "error"),
      problem("Membres", 5, "error"),
    ]);
    expect(sorted.map((p) => `${p.table} ${p.row} ${p.severity}`)).toEqual([
      "Membres 2 error",
      "Membres 5 warning",
      "Membres 5 error",
      "Écoles 3 error",
      "Journal 2 error",
    ]);
  });

  test("block generation only when one is an error", () => {
    expect(hasBlockingProblems([problem("Membres", 2, "warning")])).toBe(false);
    expect(
      hasBlockingProblems([problem("Membres", 2, "warning"), problem("Écoles", 2, "error")])
    ).toBe(true);
  });

  test("a register with several problems lists them all, errors and warnings, in order", () => {
    const tables = validTables();
    addRow(tables.members, newMember({ "Date d'effet": "01/10/2025", SIRET: "" }));
    setCell(tables.schools, 5, "UAI", "0591022S");
    setCell(tables.members, PEVELE_ROW, "Options", "tablettes");
    const problems = checkRegister(tables, 2025).problems;
    expect(problems.map((p) => [p.severity, p.table, p.row, p.column])).toEqual([
      ["error", "Membres", 3, "Options"],
      ["error", "Membres", 6, "SIRET"],
      ["warning", "Membres", 6, "Date d'effet"],
      ["error", "Écoles", 5, "UAI"],
    ]);
  });
});
