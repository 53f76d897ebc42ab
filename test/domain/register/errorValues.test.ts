/*
 * Excel error values in register tables (issue 13): a cell showing #REF!, #N/A… is never read as
 * data. Office.js's range.values gives them as these strings, and the file readers deliver the
 * same. Each one, in each kind of column of each table, is an error at that cell; in a column the
 * table does not read, a warning.
 */
import { readAttendanceTable } from "../../../src/domain/governance/readAttendanceTable";
import { checkRegister } from "../../../src/domain/register/checkRegister";
import { readRegister } from "../../../src/domain/register/readRegister";
import { readScheduleTable } from "../../../src/domain/schedules/readScheduleTable";
import { excelErrorMessage, excelErrorValue } from "../../../src/domain/tables/excelErrorValue";
import { schedule2026 } from "../schedules/workbookTable";
import {
  addColumn,
  ARRAS_ROW,
  HEM_ROW,
  MEMBER_HEADERS,
  PEVELE_ROW,
  setCell,
  validTables,
  type Tables,
} from "./registerTables";

/** The error values of the issue, as Office.js gives them. */
const ERROR_VALUES = [
  "#REF!",
  "#N/A",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
] as const;

const OPTIONS_HEADER = ["Membre", "Exercice", "Options"];

function withExerciseOptions(tables: Tables) {
  return {
    ...tables,
    options: [OPTIONS_HEADER, ["Arras", 2025, "demi-journees=1"]],
  };
}

describe("excelErrorValue", () => {
  test.each(ERROR_VALUES)("knows %s, with spaces around and in lower case", (value) => {
    expect(excelErrorValue(value)).toBe(value);
    expect(excelErrorValue(` ${value.toLowerCase()} `)).toBe(value);
  });

  test("knows the French names and LibreOffice's Err:NNN, and nothing else", () => {
    expect(excelErrorValue("#VALEUR!")).toBe("#VALUE!");
    expect(excelErrorValue("#NOM?")).toBe("#NAME?");
    expect(excelErrorValue("#NOMBRE!")).toBe("#NUM!");
    expect(excelErrorValue("#PROPAGATION!")).toBe("#SPILL!");
    expect(excelErrorValue("Err:502")).toBe("Err:502");
    for (const data of ["Hem", "#1", "#", "N/A", "REF!", "", 0, null, undefined, true, 45292]) {
      expect(excelErrorValue(data)).toBeNull();
    }
  });

  test("the message names the value, its French name and what to do", () => {
    expect(excelErrorMessage("#VALUE!")).toBe(
      "la cellule contient l'erreur Excel #VALUE! (#VALEUR! dans Excel en français) : une formule calcule sur une valeur du mauvais type. Corrigez la formule ou tapez la valeur : une erreur n'est jamais lue comme une donnée."
    );
    expect(excelErrorMessage("#REF!")).toContain("une formule vise une cellule supprimée");
  });
});

/** Every column of every register table, with a row where the value is read. */
const CELLS: readonly [string, keyof ReturnType<typeof withExerciseOptions>, number, string][] = [
  ...MEMBER_HEADERS.map(
    (header) => ["Membres", "members", PEVELE_ROW, header] as [string, "members", number, string]
  ),
  ...["UAI", "Nom", "Membre", "Élèves", "Première année"].map(
    (header) => ["Écoles", "schools", 3, header] as [string, "schools", number, string]
  ),
  ["Paramètres", "settings", 2, "Paramètre"],
  ["Paramètres", "settings", 2, "Valeur"],
  ["Paramètres", "settings", 3, "Valeur"],
  ...["Numéro", "Exercice", "Membre", "Montant", "Élèves", "Date", "Barème", "Statut"].map(
    (header) => ["Journal", "journal", 3, header] as [string, "journal", number, string]
  ),
  ...OPTIONS_HEADER.map(
    (header) =>
      ["Options par exercice", "options", 2, header] as [string, "options", number, string]
  ),
];

describe("an error value in a column the register reads is an error at that cell", () => {
  test.each(CELLS)("%s (%s), row %i, column « %s »", (table, key, row, header) => {
    // Each error value in turn, so that every kind of column meets every value across the table.
    for (const value of ERROR_VALUES) {
      const tables = withExerciseOptions(validTables());
      const rows = tables[key] as unknown[][];
      const index = (rows[0] ?? []).indexOf(header);
      (rows[row - 1] as unknown[])[index] = value;
      const { problems } = readRegister(tables);
      expect(problems).toContainEqual({
        severity: "error",
        table,
        row,
        column: header,
        value,
        message: excelErrorMessage(value),
      });
      // Nothing else is said about that cell: the error value is not read as data.
      expect(
        problems.filter((p) => p.table === table && p.row === row && p.column === header)
      ).toHaveLength(1);
    }
  });

  test("#REF! as a member's name gets no statement; #N/A as the issuer's name or address is not printed", () => {
    const tables = validTables();
    setCell(tables.members, ARRAS_ROW, "Nom", "#REF!");
    setCell(tables.settings, 2, "Valeur", "#N/A");
    setCell(tables.settings, 3, "Valeur", "#N/A");
    const { register, problems } = checkRegister(tables, 2025);
    expect(register.members.map((m) => m.name)).not.toContain("#REF!");
    expect(register.settings?.name).toBe("");
    expect(register.settings?.address).toBe("");
    const errors = problems.filter((p) => p.severity === "error").map((p) => [p.table, p.row]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ["Membres", ARRAS_ROW],
        ["Paramètres", 2],
        ["Paramètres", 3],
      ])
    );
  });

  test("#N/A as Hem's options or pupils blocks generation, as any unreadable cell", () => {
    const tables = validTables();
    setCell(tables.members, HEM_ROW, "Options", "#N/A");
    setCell(tables.members, PEVELE_ROW, "Élèves", "#DIV/0!");
    const problems = checkRegister(tables, 2025).problems;
    expect(problems.map((p) => [p.severity, p.row, p.column, p.value])).toEqual([
      ["error", HEM_ROW, "Options", "#N/A"],
      ["error", PEVELE_ROW, "Élèves", "#DIV/0!"],
    ]);
  });
});

describe("an error value in a column the register ignores is a warning", () => {
  test("a note column of Membres showing #REF!", () => {
    const tables = validTables();
    addColumn(tables.members, "Remarque");
    setCell(tables.members, ARRAS_ROW, "Remarque", "#REF!");
    const { problems } = readRegister(tables);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: "warning",
        table: "Membres",
        row: ARRAS_ROW,
        column: "Remarque",
        value: "#REF!",
        message: expect.stringContaining("n'est pas lue par le registre"),
      }),
    ]);
  });
});

describe("the tables read outside the register", () => {
  test.each(ERROR_VALUES)("the schedule table: %s in a rate is an error at that cell", (value) => {
    const rows = schedule2026();
    const header = rows[0] ?? [];
    const rate = header.findIndex((cell) => /tarif/i.test(String(cell)));
    (rows[1] as unknown[])[rate] = value;
    const { problems } = readScheduleTable(rows);
    expect(problems).toEqual([
      {
        table: "Barème",
        row: 2,
        column: String(header[rate]),
        value,
        message: excelErrorMessage(value),
      },
    ]);
  });

  test("the schedule table: #NAME? in a keyword, #REF! in a deliberation's date", () => {
    const rows = schedule2026();
    const header = (rows[0] ?? []).map(String);
    const keyword = header.findIndex((cell) => /mot/i.test(cell));
    const date = header.findIndex((cell) => /^date/i.test(cell));
    (rows[1] as unknown[])[keyword] = "#NAME?";
    (rows[2] as unknown[])[date] = "#REF!";
    const problems = readScheduleTable(rows).problems;
    expect(problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [2, header[keyword], "#NAME?"],
      [3, header[date], "#REF!"],
    ]);
  });

  test.each(ERROR_VALUES)(
    "the attendance table: %s as a delegate, a presence or a vote",
    (value) => {
      const header = ["Délégué", "Organisme représenté", "Présence", "Pouvoir à", "Vote"];
      const { rows, problems } = readAttendanceTable([
        header,
        [value, "Département du Nord", "présent", "", "pour"],
        ["M. Luc MONNET", "Département du Nord", value, "", "pour"],
        ["Mme Anne PETIT", "Département du Nord", "présent", value, value],
      ]);
      expect(rows).toEqual([]);
      expect(problems.map((p) => [p.row, p.column, p.value])).toEqual([
        [2, "Délégué", value],
        [3, "Présence", value],
        [4, "Pouvoir à", value],
        [4, "Vote", value],
      ]);
      expect(problems.every((p) => p.message === excelErrorMessage(value))).toBe(true);
    }
  );
});
