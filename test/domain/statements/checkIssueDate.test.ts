import type { JournalEntry, Member } from "../../../src/domain/register/types";
import { describeProblem } from "../../../src/domain/tables/TableProblem";
import { assignNumbers } from "../../../src/domain/statements/assignNumbers";
import {
  checkIssueDate,
  transferDateProblems,
} from "../../../src/domain/statements/checkIssueDate";
import { previewStatements } from "../../../src/domain/statements/previewStatements";
import { domainErrorOf } from "../domainErrorOf";
import { HEM, member, register, ROUBAIX } from "./fixtures";
import { generate } from "./generations";

// The date of issue of new numbers (RULES.md §6, §9; checkIssueDate.ts). Hem and Roubaix joined
// on 1 January 2024 (fixtures); Val d'Exemple joins on 1 September 2025 for a third of 2025.

const VAL = member({
  row: 5,
  name: "Val d'Exemple",
  pupils: 2310,
  transferDate: "2025-09-01",
  options: "mois=4",
});

const numbersOf = (journal: readonly JournalEntry[]) => journal.map((entry) => entry.number);

describe("date of issue before the exercise", () => {
  test("is refused, naming the date and the exercise, and saying from when", () => {
    const drafts = previewStatements(register([HEM, ROUBAIX]), 2025).drafts;
    const error = domainErrorOf(() => assignNumbers(drafts, [], 2025, "2019-01-01"));
    expect(error.code).toBe("invalid-date");
    expect(error.message).toBe(
      "Date d'émission 01/01/2019 antérieure à l'exercice 2025 : les appels de l'exercice 2025 ne peuvent pas être émis avant le 01/01/2025. Choisissez une date d'émission à partir du 01/01/2025."
    );
  });

  test("the day before 1 January is refused, 1 January itself is accepted", () => {
    const reg = register([HEM, ROUBAIX]);
    expect(domainErrorOf(() => generate(reg, 2025, "2024-12-31")).message).toContain(
      "Date d'émission 31/12/2024 antérieure à l'exercice 2025"
    );
    const { result } = generate(reg, 2025, "2025-01-01");
    expect(result.statements.map((s) => [s.number, s.issueDate])).toEqual([
      ["2025-0001", "2025-01-01"],
      ["2025-0002", "2025-01-01"],
    ]);
  });
});

describe("date of issue after a later exercise in the journal", () => {
  /** A journal with the 2026 statements issued on 1 March 2026, then a newcomer on 1 May 2026. */
  function journalWith2026(): JournalEntry[] {
    const first = generate(register([HEM]), 2026, "2026-03-01");
    const newcomer = member({ row: 3, name: "Wattrelos", pupils: 300 });
    return generate(register([HEM, newcomer], { journal: first.journal }), 2026, "2026-05-01")
      .journal;
  }

  test("is refused, naming the later exercise, its number and its date", () => {
    const journal = journalWith2026();
    expect(numbersOf(journal)).toEqual(["2026-0001", "2026-0002"]);
    const error = domainErrorOf(() =>
      generate(register([HEM, ROUBAIX], { journal }), 2025, "2026-04-01")
    );
    expect(error.code).toBe("invalid-date");
    // The limit is the EARLIEST 2026 statement (1 March), not the latest (1 May).
    expect(error.message).toBe(
      "Date d'émission 01/04/2026 postérieure à l'appel 2026-0001 de l'exercice 2026, émis le 01/03/2026 : les appels de l'exercice 2025 ne peuvent pas être datés après ceux d'un exercice suivant. Choisissez une date d'émission au plus tard le 01/03/2026."
    );
  });

  test("counts a cancelled statement of the later exercise, and any later exercise", () => {
    const entry = (number: string, date: string, status: JournalEntry["status"], row: number) => ({
      row,
      number,
      year: Number(number.slice(0, 4)),
      member: "Hem",
      amountCents: 157170,
      pupils: 1209,
      date,
      schedule: "ctaf-2023-06-15",
      status,
    });
    const journal: JournalEntry[] = [
      entry("2026-0001", "2026-03-01", "issued", 2),
      entry("2026-0002", "2026-02-01", "cancelled", 3),
    ];
    const reg = register([HEM], { journal });
    expect(domainErrorOf(() => generate(reg, 2025, "2026-02-15")).message).toContain(
      "postérieure à l'appel 2026-0002 de l'exercice 2026, émis le 01/02/2026"
    );
    const with2027 = register([HEM], {
      journal: [...journal, entry("2027-0001", "2026-01-15", "issued", 4)],
    });
    const error = domainErrorOf(() => generate(with2027, 2025, "2026-01-20"));
    expect(error.message).toContain("postérieure à l'appel 2027-0001 de l'exercice 2027");
    expect(error.message).toContain("au plus tard le 15/01/2026");
  });

  test("the later exercise's date itself is accepted, and earlier exercises do not limit", () => {
    const journal = [...generate(register([HEM]), 2024, "2024-03-01").journal];
    const with2026 = generate(register([HEM], { journal }), 2026, "2026-03-01").journal;
    const { result } = generate(
      register([HEM, ROUBAIX], { journal: with2026 }),
      2025,
      "2026-03-01"
    );
    expect(result.statements.map((s) => [s.number, s.outcome, s.issueDate])).toEqual([
      ["2025-0001", "new", "2026-03-01"],
      ["2025-0002", "new", "2026-03-01"],
    ]);
  });

  test("checkIssueDate alone: the exercise's own latest date still keeps the series in order", () => {
    const journal = generate(register([HEM]), 2025, "2025-06-01").journal;
    expect(domainErrorOf(() => checkIssueDate("2025-05-31", 2025, journal)).message).toBe(
      "Date d'émission 31/05/2025 antérieure au dernier appel du journal (01/06/2025) : la série des numéros doit rester chronologique."
    );
    expect(() => checkIssueDate("2025-06-01", 2025, journal)).not.toThrow();
  });
});

describe("date of issue before a member's transfer", () => {
  function statementsOn(
    members: readonly Member[],
    issueDate: string,
    journal: JournalEntry[] = []
  ) {
    const reg = register(members, { journal });
    return { reg, result: generate(reg, 2025, issueDate).result };
  }

  test("is an error on that member's row, naming it and both dates", () => {
    const { reg, result } = statementsOn([HEM, VAL], "2025-03-01");
    const problems = transferDateProblems(result.statements, reg);
    expect(problems).toEqual([
      {
        severity: "error",
        table: "Membres",
        row: 5,
        column: "Date d'effet",
        value: "01/09/2025",
        message:
          "date d'émission 01/03/2025 antérieure à la date d'effet du transfert de « Val d'Exemple » (01/09/2025). Son appel 2025-0002 ne peut pas être émis avant que ce membre ait rejoint le syndicat : choisissez une date d'émission à partir du 01/09/2025, ou corrigez la date d'effet si elle est fausse.",
      },
    ]);
    expect(problems.map(describeProblem)[0]).toMatch(
      /^Membres, ligne 5, colonne « Date d'effet » \(« 01\/09\/2025 »\) : date d'émission 01\/03\/2025 .*« Val d'Exemple »/
    );
  });

  test("names the column as the workbook typed it", () => {
    const { reg, result } = statementsOn([VAL], "2025-08-31");
    const columns = { members: { transferDate: "DATE TRANSFERT" }, schools: {}, journal: {} };
    const problems = transferDateProblems(result.statements, { ...reg, columns });
    expect(problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [5, "DATE TRANSFERT", "01/09/2025"],
    ]);
  });

  test("the transfer date itself is accepted", () => {
    const { reg, result } = statementsOn([HEM, VAL], "2025-09-01");
    expect(result.statements.map((s) => [s.number, s.outcome])).toEqual([
      ["2025-0001", "new"],
      ["2025-0002", "new"],
    ]);
    expect(transferDateProblems(result.statements, reg)).toEqual([]);
  });

  test("checks a replacing statement (montant modifié), never one already issued (déjà émis)", () => {
    // Statements issued on 1 February 2025, before Val's transfer was known to be in September
    // (a journal kept before this rule): Hem's stays, Val's amount changes.
    const first = generate(
      register([HEM, { ...VAL, transferDate: "2025-01-01" }]),
      2025,
      "2025-02-01"
    );
    const { reg, result } = statementsOn(
      [HEM, { ...VAL, pupils: 2400 }],
      "2025-03-01",
      first.journal
    );
    expect(result.statements.map((s) => [s.draft.member.name, s.outcome, s.issueDate])).toEqual([
      ["Hem", "already-issued", "2025-02-01"],
      ["Val d'Exemple", "amount-changed", "2025-03-01"],
    ]);
    expect(transferDateProblems(result.statements, reg).map((p) => p.message)).toEqual([
      expect.stringContaining("« Val d'Exemple » (01/09/2025). Son appel 2025-0003"),
    ]);
    // The same amount again: Val's statement of 1 February is already issued and not refused.
    const same = statementsOn([HEM, VAL], "2025-03-01", first.journal);
    expect(same.result.statements.map((s) => s.outcome)).toEqual([
      "already-issued",
      "already-issued",
    ]);
    expect(transferDateProblems(same.result.statements, same.reg)).toEqual([]);
  });
});

describe("statements already issued keep their date and are not checked", () => {
  test("generating again with nothing new accepts any date: no number takes it", () => {
    const with2025 = generate(register([HEM, ROUBAIX]), 2025, "2025-03-01").journal;
    const journal = generate(
      register([HEM, ROUBAIX], { journal: with2025 }),
      2026,
      "2026-03-01"
    ).journal;
    for (const date of ["2019-01-01", "2026-04-01"]) {
      const { result } = generate(register([HEM, ROUBAIX], { journal }), 2025, date);
      expect(result.statements.map((s) => [s.number, s.outcome, s.issueDate])).toEqual([
        ["2025-0001", "already-issued", "2025-03-01"],
        ["2025-0002", "already-issued", "2025-03-01"],
      ]);
      expect(result.changes.added).toEqual([]);
    }
  });

  test("but a new number among them is checked", () => {
    const journal = generate(register([HEM]), 2025, "2025-03-01").journal;
    const error = domainErrorOf(() =>
      generate(register([HEM, ROUBAIX], { journal }), 2025, "2019-01-01")
    );
    expect(error.message).toContain("antérieure à l'exercice 2025");
  });
});
