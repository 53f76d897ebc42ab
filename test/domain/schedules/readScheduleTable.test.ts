import { DomainError } from "../../../src/domain/errors/DomainError";
import {
  parseScheduleTable,
  readScheduleTable,
} from "../../../src/domain/schedules/readScheduleTable";
import type { TableProblem } from "../../../src/domain/tables/TableProblem";
import { domainErrorOf } from "../domainErrorOf";
import { HEADERS, row, schedule2026, table, type Header } from "./workbookTable";

// RULES.md §2.3: a schedule voted by the comité can be given as a workbook table. Every problem is
// reported with its row (header = row 1) and the column header as the user typed it.

function where(problems: readonly TableProblem[]): Array<[number, string]> {
  return problems.map((p) => [p.row, p.column]);
}

function problemsOf(...rows: unknown[][]): TableProblem[] {
  return readScheduleTable(table(...rows)).problems;
}

describe("readScheduleTable on a valid table", () => {
  test("reads every row with its rate in cents and its source", () => {
    const { entries, problems } = readScheduleTable(schedule2026());
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(3);
    const [base, option, halfDay] = entries;
    expect(base).toEqual({
      schedule: "ctaf-2025-12",
      component: "Contribution de base",
      keyword: "base",
      aliases: [],
      basis: "perPupilPerYear",
      rateCents: 140,
      kind: "always",
      firstYear: 2026,
      lastYear: null,
      source: {
        document: "CTAF version du 12/12/2025",
        article: "art. 5",
        deliberation: "délibération 2025-30",
        date: "2025-12-12",
      },
    });
    expect(option?.aliases).toEqual(["optionnel"]);
    expect(option?.rateCents).toBe(35);
    expect(option?.kind).toBe("option");
    expect(halfDay?.basis).toBe("perHalfDay");
    expect(halfDay?.rateCents).toBe(16000);
  });

  test("matches headers in any case, with or without accents, and accepted synonyms", () => {
    const header = [
      "COMPOSANTE",
      "mot cle",
      "ASSIETTE",
      "Taux",
      "Nature",
      "Début",
      "FIN",
      "Source",
      "DELIBERATION",
      "Date de la délibération",
    ];
    const body = [
      "Base",
      "Base",
      "Par élève et par an",
      1.4,
      "Obligatoire",
      "2026",
      2027,
      "CTAF",
      "délib.",
      "12/12/2025",
    ];
    const { entries, problems } = readScheduleTable([header, body]);
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({
      keyword: "base",
      basis: "perPupilPerYear",
      rateCents: 140,
      kind: "always",
      firstYear: 2026,
      lastYear: 2027,
    });
  });

  test("reads a rate typed as a number, as text with a point, or with a euro sign", () => {
    for (const rate of [1.4, "1.40", "1,40 €", "1,4"]) {
      expect(readScheduleTable(table(row({ Tarif: rate }))).entries[0]?.rateCents).toBe(140);
    }
  });

  test("reads a rate of zero (low)", () => {
    expect(readScheduleTable(table(row({ Tarif: 0 }))).entries[0]?.rateCents).toBe(0);
  });

  test("reads a date given as an Excel serial", () => {
    // 45 292 is 1 January 2024 in Excel's 1900 date system
    expect(readScheduleTable(table(row({ Date: 45292 }))).entries[0]?.source.date).toBe(
      "2024-01-01"
    );
  });

  test("leaves the rate of an amount row empty", () => {
    const entries = readScheduleTable(
      table(row({ "Mot-clé": "devis", Base: "montant", Tarif: "", Type: "option" }))
    ).entries;
    expect(entries[0]?.rateCents).toBeNull();
  });

  test("skips blank rows", () => {
    const { entries, problems } = readScheduleTable(
      table(
        row(),
        HEADERS.map(() => ""),
        row({ "Mot-clé": "accompagnement", Type: "option" })
      )
    );
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.keyword)).toEqual(["base", "accompagnement"]);
  });

  test("accepts one keyword on rows whose years do not overlap (high of one, low of the next)", () => {
    expect(
      problemsOf(
        row({ "Dernier exercice": 2027 }),
        row({ "Premier exercice": 2028, Tarif: "1,50" })
      )
    ).toEqual([]);
  });

  test("accepts two schedule names in force in different years", () => {
    expect(
      problemsOf(
        row({ "Dernier exercice": 2027 }),
        row({ Barème: "ctaf-2027", "Premier exercice": 2028 })
      )
    ).toEqual([]);
  });

  test("accepts a last exercise equal to the first (a one-year schedule)", () => {
    expect(problemsOf(row({ "Dernier exercice": 2026 }))).toEqual([]);
  });
});

describe("readScheduleTable on a table with problems", () => {
  test("reports a missing required column on the header row", () => {
    const header = HEADERS.filter((h) => h !== "Tarif");
    const { entries, problems } = readScheduleTable([
      header,
      row().filter((_, i) => HEADERS[i] !== "Tarif"),
    ]);
    expect(entries).toEqual([]);
    expect(where(problems)).toEqual([[1, "tarif"]]);
    expect(problems[0]?.message).toContain("absente");
  });

  test("reports a column given twice on the header row", () => {
    const { problems } = readScheduleTable([
      [...HEADERS, "Taux"],
      [...row(), "1,50"],
    ]);
    expect(where(problems)).toEqual([[1, "Taux"]]);
  });

  test.each<[Header, unknown]>([
    ["Base", "par mois"],
    ["Tarif", "abc"],
    ["Tarif", "1,305"],
    ["Tarif", 1.305],
    ["Tarif", "-1,00"],
    ["Tarif", ""],
    ["Type", "parfois"],
    ["Premier exercice", "deux mille"],
    ["Premier exercice", ""],
    ["Dernier exercice", "2026,5"],
    ["Composante", ""],
    ["Mot-clé", " "],
    ["Document", ""],
    ["Délibération", ""],
    ["Date", "31/02/2025"],
    ["Date", "demain"],
  ])("reports column %p holding %p on its row, with the value", (header, value) => {
    const problems = problemsOf(row(), row({ "Mot-clé": "autre", [header]: value }));
    expect(where(problems)).toEqual([[3, header]]);
    expect(problems[0]?.table).toBe("Barème");
    expect(problems[0]?.message).not.toBe("");
  });

  test("reports the value of a bad rate as typed", () => {
    expect(problemsOf(row({ Tarif: "1,305" }))[0]?.value).toBe("1,305");
  });

  test("reports a date cell holding a number that is no date instead of throwing", () => {
    // A serial of 10^11 days is far beyond 31/12/9999 (serial 2 958 465)
    let problems: TableProblem[] = [];
    expect(() => {
      problems = problemsOf(row({ Date: 1e11 }));
    }).not.toThrow();
    expect(where(problems)).toEqual([[2, "Date"]]);
  });

  test("reports every row with a problem, counting blank rows", () => {
    const blank = HEADERS.map(() => null);
    const problems = problemsOf(
      row({ Tarif: "abc" }),
      blank,
      row({ "Mot-clé": "autre", Base: "?" })
    );
    expect(where(problems)).toEqual([
      [2, "Tarif"],
      [4, "Base"],
    ]);
  });

  test("reports a last exercise before the first on its row", () => {
    const problems = problemsOf(
      row(),
      row({ "Mot-clé": "autre", "Premier exercice": 2026, "Dernier exercice": 2025 })
    );
    expect(problems.map((p) => p.row)).toEqual([3]);
    expect(problems[0]?.value).toBe("2025");
  });

  test("reports a keyword used twice for overlapping years on the later row", () => {
    const problems = problemsOf(
      row({ "Dernier exercice": 2028 }),
      row({ "Premier exercice": 2028 })
    );
    expect(problems.map((p) => p.row)).toEqual([3]);
    expect(problems[0]?.value).toBe("base");
    expect(problems[0]?.message).toContain("ligne 2");
  });

  test("reports a keyword that is another row's alias in the same years", () => {
    const problems = problemsOf(
      row({ "Mot-clé": "accompagnement", Alias: "optionnel", Type: "option" }),
      row({ "Mot-clé": "Optionnel", Type: "option" })
    );
    expect(problems.map((p) => p.row)).toEqual([3]);
  });

  test("reports two schedule names in force the same years on the later row", () => {
    const problems = problemsOf(
      row(),
      row({
        Barème: "autre",
        "Mot-clé": "accompagnement",
        "Premier exercice": 2027,
        "Dernier exercice": 2028,
      })
    );
    expect(problems.map((p) => p.row)).toEqual([3]);
    expect(problems[0]?.message).toContain("ctaf-2025-12");
    expect(problems[0]?.message).toContain("autre");
  });

  test.each<[string, unknown[][], Header]>([
    ["a last exercise before the first", [row({ "Dernier exercice": 2025 })], "Dernier exercice"],
    ["a duplicated keyword", [row(), row()], "Mot-clé"],
    ["two schedules overlapping", [row(), row({ Barème: "autre", "Mot-clé": "autre" })], "Barème"],
  ])("names the column of %s by its header as typed", (_, rows, header) => {
    expect(problemsOf(...rows).map((p) => p.column)).toEqual([header]);
  });

  test("reports an empty table on row 2", () => {
    const empty = readScheduleTable(table());
    expect(empty.entries).toEqual([]);
    expect(empty.problems.map((p) => p.row)).toEqual([2]);
    expect(empty.problems[0]?.message).toContain("aucune composante");
    expect(readScheduleTable(table(HEADERS.map(() => "")))).toEqual(empty);
  });

  test("reports every required column when there is no header at all", () => {
    const { problems } = readScheduleTable([]);
    expect(problems.every((p) => p.row === 1)).toBe(true);
    expect(problems.map((p) => p.column)).toEqual(
      expect.arrayContaining([
        "composante",
        "mot-cle",
        "base",
        "tarif",
        "type",
        "premier-exercice",
        "document",
        "deliberation",
        "date",
      ])
    );
  });
});

describe("parseScheduleTable", () => {
  test("returns the rows of a valid table", () => {
    expect(parseScheduleTable(schedule2026()).map((e) => e.keyword)).toEqual([
      "base",
      "accompagnement",
      "demi-journees",
    ]);
  });

  test("throws invalid-schedule-table naming the row and the column", () => {
    const error = domainErrorOf(() =>
      parseScheduleTable(table(row(), row({ "Mot-clé": "autre", Tarif: "abc" })))
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe("invalid-schedule-table");
    expect(error.message).toContain("ligne 3");
    expect(error.message).toContain("Tarif");
    expect(error.message).toContain("abc");
  });
});

describe("readScheduleTable with words named like Object.prototype's properties (issue 12)", () => {
  test.each(["constructor", "Constructor", "hasOwnProperty", "toString", "__proto__"])(
    "a basis or kind %p is a problem on its cell, not a function read as a basis",
    (word) => {
      expect(where(problemsOf(row({ Base: word })))).toEqual([[2, "Base"]]);
      expect(where(problemsOf(row({ Type: word })))).toEqual([[2, "Type"]]);
      expect(problemsOf(row({ Base: word }))[0]?.message).toContain("valeurs acceptées");
    }
  );
});
