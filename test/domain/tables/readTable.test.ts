import type { ColumnSpec } from "../../../src/domain/tables/matchHeaders";
import {
  PLAIN_PROBLEMS,
  readTable,
  type ProblemKinds,
  type RowContext,
} from "../../../src/domain/tables/readTable";
import { readRequiredText, readText } from "../../../src/domain/tables/readText";
import { readWholeNumber } from "../../../src/domain/tables/readWholeNumber";
import type { TableProblem } from "../../../src/domain/tables/TableProblem";

type Field = "name" | "pupils" | "note";

const COLUMNS: readonly (ColumnSpec<Field> & { label?: string })[] = [
  { field: "name", headers: ["nom"], required: true, label: "Nom" },
  { field: "pupils", headers: ["eleves", "effectif"], required: true },
  { field: "note", headers: ["note"], required: false },
];

const readRow = (r: RowContext<Field>) => ({
  row: r.row,
  name: r.read("name", readRequiredText, ""),
  pupils: r.read("pupils", readWholeNumber, 0),
  note: r.read("note", readText, "—"),
});

describe("readTable", () => {
  test("reads each non-blank row, keeping its place, with the headers as typed", () => {
    const read = readTable(
      "Écoles",
      [
        ["Nom", " Élèves "],
        ["Hem", 142],
        [null, ""],
        ["Roubaix", "1 209"],
      ],
      COLUMNS,
      readRow,
      PLAIN_PROBLEMS
    );
    expect(read.readable).toBe(true);
    expect(read.problems).toEqual([]);
    expect(read.headers).toEqual({ name: "Nom", pupils: "Élèves" });
    expect(read.items).toEqual([
      { row: 2, name: "Hem", pupils: 142, note: "—" },
      { row: 4, name: "Roubaix", pupils: 1209, note: "—" },
    ]);
  });

  test("collects every problem of every row with table, row, column as typed and value", () => {
    const read = readTable(
      "Écoles",
      [
        ["NOM", "Effectif"],
        ["", -3],
        ["Hem", "beaucoup"],
      ],
      COLUMNS,
      readRow,
      PLAIN_PROBLEMS
    );
    expect(read.problems).toEqual([
      { table: "Écoles", row: 2, column: "NOM", value: "", message: "valeur obligatoire." },
      {
        table: "Écoles",
        row: 2,
        column: "Effectif",
        value: "-3",
        message: "nombre entier d'élèves attendu, positif ou nul (par exemple 1209).",
      },
      {
        table: "Écoles",
        row: 3,
        column: "Effectif",
        value: "beaucoup",
        message: "nombre entier d'élèves attendu, positif ou nul (par exemple 1209).",
      },
    ]);
    expect(read.items.map((item) => item.pupils)).toEqual([0, 0]);
  });

  test("a header row with problems reads no row; an absent column is named by its label", () => {
    const read = readTable(
      "Écoles",
      [
        ["Élèves", "Élèves"],
        ["Hem", 1],
      ],
      COLUMNS,
      readRow,
      PLAIN_PROBLEMS
    );
    expect(read.readable).toBe(false);
    expect(read.items).toEqual([]);
    expect(read.problems.map((p) => [p.column, p.message])).toEqual([
      ["Élèves", "colonne en double (déjà en colonne 1)."],
      ["Nom", "colonne obligatoire absente de l'en-tête."],
    ]);
  });

  test("an Excel error value in a read column is a problem there, never data", () => {
    const read = readTable(
      "Écoles",
      [
        ["Nom", "Élèves"],
        ["Hem", "#REF!"],
      ],
      COLUMNS,
      readRow,
      PLAIN_PROBLEMS
    );
    expect(read.items[0]?.pupils).toBe(0);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ row: 2, column: "Élèves", value: "#REF!" });
    expect(read.problems[0]?.message).toMatch(/^la cellule contient l'erreur Excel #REF! : /);
  });

  test("an error value in an unread column is told only when the kinds say how", () => {
    const rows = [
      ["Nom", "Élèves", "Remarque"],
      ["Hem", 12, "#N/A"],
    ];
    expect(readTable("Écoles", rows, COLUMNS, readRow, PLAIN_PROBLEMS).problems).toEqual([]);
    type Marked = TableProblem & { readonly mark: string };
    const kinds: ProblemKinds<Marked> = {
      found: (problem) => ({ ...problem, mark: "found" }),
      ignoredErrorValue: (problem) => ({ ...problem, mark: "ignored" }),
    };
    const problems = readTable("Écoles", rows, COLUMNS, readRow, kinds).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      row: 2,
      column: "Remarque",
      value: "#N/A",
      mark: "ignored",
    });
  });

  test("the kinds turn header and cell problems into the caller's", () => {
    const kinds: ProblemKinds<TableProblem & { readonly mark: string }> = {
      found: (problem) => ({ ...problem, mark: "found" }),
    };
    const read = readTable(
      "Écoles",
      [
        ["Nom", "Élèves"],
        ["", 1],
      ],
      COLUMNS,
      readRow,
      kinds
    );
    expect(read.problems.map((p) => p.mark)).toEqual(["found"]);
  });

  test("a row knows whether it has problems, and may report its own", () => {
    const seen: boolean[] = [];
    const read = readTable(
      "Écoles",
      [
        ["Nom", "Élèves"],
        ["Hem", "x"],
        ["Lys", 3],
      ],
      COLUMNS,
      (r) => {
        r.read("pupils", readWholeNumber, 0);
        seen.push(r.hasProblems());
        if (!r.hasProblems()) {
          r.report({
            table: "Écoles",
            row: r.row,
            column: r.headers.name ?? "",
            value: "",
            message: "vu.",
          });
        }
        return r.row;
      },
      PLAIN_PROBLEMS
    );
    expect(seen).toEqual([true, false]);
    expect(read.problems.map((p) => [p.row, p.message])).toEqual([
      [2, "nombre entier d'élèves attendu, positif ou nul (par exemple 1209)."],
      [3, "vu."],
    ]);
  });

  test("an error that is not a CellProblem is not swallowed", () => {
    const broken = () => {
      throw new TypeError("bogue");
    };
    expect(() =>
      readTable(
        "Écoles",
        [
          ["Nom", "Élèves"],
          ["Hem", 1],
        ],
        COLUMNS,
        (r) => r.read("name", broken, ""),
        PLAIN_PROBLEMS
      )
    ).toThrow("bogue");
  });
});
