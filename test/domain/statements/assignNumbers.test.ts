import type { JournalEntry } from "../../../src/domain/register/types";
import { assignNumbers } from "../../../src/domain/statements/assignNumbers";
import { previewStatements } from "../../../src/domain/statements/previewStatements";
import { domainErrorOf } from "../domainErrorOf";
import { HEM, LYS, member, register, ROUBAIX } from "./fixtures";
import { generate } from "./generations";

// 2025 amounts (RULES.md §2.2, 130 c per pupil): Hem 1 209 → 157 170 c, Roubaix 500 → 65 000 c,
// Lys 10 → 1 300 c. With accompagnement Roubaix pays 500 × 160 = 80 000 c.

const NBSP = "\u00a0";
const MEMBERS = [HEM, ROUBAIX, LYS];

const numbers = (journal: readonly JournalEntry[]) =>
  journal.map((e) => [e.number, e.member, e.amountCents, e.status]);

describe("assignNumbers", () => {
  test("numbers a first generation 2025-0001 to 2025-0003 in member order", () => {
    const { result, journal } = generate(register(MEMBERS), 2025, "2025-03-01");
    expect(result.statements.map((s) => [s.number, s.outcome, s.issueDate])).toEqual([
      ["2025-0001", "new", "2025-03-01"],
      ["2025-0002", "new", "2025-03-01"],
      ["2025-0003", "new", "2025-03-01"],
    ]);
    expect(result.statements.map((s) => s.outcomeText)).toEqual(["nouveau", "nouveau", "nouveau"]);
    expect(result.changes.cancelled).toEqual([]);
    expect(result.changes.added[0]).toEqual({
      number: "2025-0001",
      year: 2025,
      member: "Hem",
      amountCents: 157170,
      pupils: 1209,
      date: "2025-03-01",
      schedule: "ctaf-2023-06-15",
      status: "issued",
    });
    // Rows follow the table's header row (row 1).
    expect(journal.map((e) => e.row)).toEqual([2, 3, 4]);
  });

  test("keeps the numbers and dates already issued when generating again", () => {
    const first = generate(register(MEMBERS), 2025, "2025-03-01");
    const again = generate(register(MEMBERS, { journal: first.journal }), 2025, "2025-04-15");
    expect(again.result.statements.map((s) => [s.number, s.outcome, s.issueDate])).toEqual([
      ["2025-0001", "already-issued", "2025-03-01"],
      ["2025-0002", "already-issued", "2025-03-01"],
      ["2025-0003", "already-issued", "2025-03-01"],
    ]);
    expect(again.result.statements.map((s) => s.outcomeText)).toEqual([
      "déjà émis",
      "déjà émis",
      "déjà émis",
    ]);
    expect(again.result.changes).toEqual({ added: [], cancelled: [] });
    expect(again.journal).toEqual(first.journal);
  });

  test("gives a new member the next number, even when it sits first in the table", () => {
    const first = generate(register(MEMBERS), 2025, "2025-03-01");
    const newcomer = member({ row: 2, name: "Wattrelos", pupils: 300 });
    const again = generate(
      register([newcomer, ...MEMBERS], { journal: first.journal }),
      2025,
      "2025-05-01"
    );
    expect(again.result.statements.map((s) => [s.draft.member.name, s.number, s.outcome])).toEqual([
      ["Wattrelos", "2025-0004", "new"],
      ["Hem", "2025-0001", "already-issued"],
      ["Roubaix", "2025-0002", "already-issued"],
      ["Lys-lez-Lannoy", "2025-0003", "already-issued"],
    ]);
    expect(again.result.changes.added.map((e) => [e.number, e.amountCents])).toEqual([
      ["2025-0004", 39000], // 300 × 130
    ]);
  });

  test("cancels a statement whose amount changed and gives the new one the next number", () => {
    const first = generate(register(MEMBERS), 2025, "2025-03-01");
    const roubaix = { ...ROUBAIX, options: "accompagnement" };
    const changed = generate(
      register([HEM, roubaix, LYS], { journal: first.journal }),
      2025,
      "2025-06-01"
    );
    const statement = changed.result.statements[1];
    expect(statement?.number).toBe("2025-0004");
    expect(statement?.outcome).toBe("amount-changed");
    expect(statement?.previous?.number).toBe("2025-0002");
    expect(statement?.outcomeText).toBe(
      `montant modifié : 650,00${NBSP}€ → 800,00${NBSP}€ (l'avis 2025-0002 est annulé et remplacé)`
    );
    expect(changed.result.changes.cancelled.map((e) => e.number)).toEqual(["2025-0002"]);
    expect(numbers(changed.journal)).toEqual([
      ["2025-0001", "Hem", 157170, "issued"],
      ["2025-0002", "Roubaix", 65000, "cancelled"],
      ["2025-0003", "Lys-lez-Lannoy", 1300, "issued"],
      ["2025-0004", "Roubaix", 80000, "issued"],
    ]);
  });

  test("never reuses a cancelled number, even when the amount goes back", () => {
    const first = generate(register(MEMBERS), 2025, "2025-03-01");
    const up = generate(
      register([HEM, { ...ROUBAIX, options: "accompagnement" }, LYS], { journal: first.journal }),
      2025,
      "2025-06-01"
    );
    // Back to 65 000 c: compared with the issued 2025-0004 (80 000 c), not the cancelled 0002.
    const back = generate(register(MEMBERS, { journal: up.journal }), 2025, "2025-07-01");
    expect(back.result.statements[1]?.number).toBe("2025-0005");
    expect(back.result.statements[1]?.previous?.number).toBe("2025-0004");
    expect(numbers(back.journal).map(([n, , , s]) => `${String(n)} ${String(s)}`)).toEqual([
      "2025-0001 issued",
      "2025-0002 cancelled",
      "2025-0003 issued",
      "2025-0004 cancelled",
      "2025-0005 issued",
    ]);
  });

  test("numbers each exercise on its own series", () => {
    const y2025 = generate(register(MEMBERS), 2025, "2025-03-01");
    const y2026 = generate(register(MEMBERS, { journal: y2025.journal }), 2026, "2026-03-01");
    expect(y2026.result.statements.map((s) => s.number)).toEqual([
      "2026-0001",
      "2026-0002",
      "2026-0003",
    ]);
  });

  test("continues after the highest number of the year, whatever its status", () => {
    const journal: JournalEntry[] = [
      entry({ row: 2, number: "2025-0007", member: "Ancien", status: "cancelled" }),
    ];
    const drafts = previewStatements(register([HEM]), 2025).drafts;
    const result = assignNumbers(drafts, journal, 2025, "2025-03-01");
    expect(result.statements[0]?.number).toBe("2025-0008");
    // The hole 0001–0006 is reported, never filled.
    expect(result.warnings).toHaveLength(6);
    expect(result.warnings[0]).toBe(
      "numéro 2025-0001 absent du journal : il ne sera pas réutilisé"
    );
  });

  test("reports issued statements of members no longer in the drafts, untouched", () => {
    const first = generate(register(MEMBERS), 2025, "2025-03-01");
    const withoutLys = generate(
      register([HEM, ROUBAIX], { journal: first.journal }),
      2025,
      "2025-04-01"
    );
    expect(withoutLys.result.notInPreview.map((e) => e.number)).toEqual(["2025-0003"]);
    expect(withoutLys.result.changes.cancelled).toEqual([]);
  });

  test("refuses a date of issue before the year's last statement (chronological series)", () => {
    const first = generate(register(MEMBERS), 2025, "2025-03-01");
    const newcomer = member({ name: "Wattrelos" });
    const error = domainErrorOf(() =>
      generate(register([...MEMBERS, newcomer], { journal: first.journal }), 2025, "2025-02-28")
    );
    expect(error.code).toBe("invalid-date");
    expect(error.message).toBe(
      "Date d'émission 28/02/2025 antérieure au dernier appel du journal (01/03/2025) : la série des numéros doit rester chronologique."
    );
    // Same day is fine (boundary), and nothing new needs no check.
    expect(() =>
      generate(register([...MEMBERS, newcomer], { journal: first.journal }), 2025, "2025-03-01")
    ).not.toThrow();
    expect(() =>
      generate(register(MEMBERS, { journal: first.journal }), 2025, "2025-01-01")
    ).not.toThrow();
  });

  test("refuses a journal with an unreadable or repeated number of the year", () => {
    const drafts = previewStatements(register([HEM]), 2025).drafts;
    const bad = [entry({ row: 5, number: "2025-12" })];
    expect(domainErrorOf(() => assignNumbers(drafts, bad, 2025, "2025-03-01")).message).toBe(
      "Journal des appels, ligne 5 : numéro « 2025-12 » illisible ou d'un autre exercice que 2025 (attendu 2025-0001, 2025-0002…). Corrigez le journal avant de générer : la numérotation en dépend."
    );
    const twice = [entry({ row: 2 }), entry({ row: 3, member: "Roubaix" })];
    expect(domainErrorOf(() => assignNumbers(drafts, twice, 2025, "2025-03-01")).message).toBe(
      "Journal des appels, ligne 3 : numéro 2025-0001 déjà utilisé ligne 2. Corrigez le journal avant de générer : la numérotation en dépend."
    );
    const misplaced = [entry({ row: 4, number: "2024-0001", year: 2025 })];
    expect(domainErrorOf(() => assignNumbers(drafts, misplaced, 2025, "2025-03-01")).code).toBe(
      "invalid-number"
    );
  });

  test("refuses drafts of another exercise and a member twice", () => {
    const drafts = previewStatements(register([HEM]), 2024).drafts;
    expect(domainErrorOf(() => assignNumbers(drafts, [], 2025, "2025-03-01")).code).toBe(
      "invalid-year"
    );
    const [hem] = previewStatements(register([HEM]), 2025).drafts;
    if (hem === undefined) throw new Error("no draft");
    expect(domainErrorOf(() => assignNumbers([hem, hem], [], 2025, "2025-03-01")).code).toBe(
      "invalid-number"
    );
    expect(domainErrorOf(() => assignNumbers([hem], [], 2025, "01/03/2025")).code).toBe(
      "invalid-date"
    );
  });
});

function entry(overrides: Partial<JournalEntry>): JournalEntry {
  return {
    row: 2,
    number: "2025-0001",
    year: 2025,
    member: "Hem",
    amountCents: 157170,
    pupils: 1209,
    date: "2025-01-15",
    schedule: "ctaf-2023-06-15",
    status: "issued",
    ...overrides,
  };
}
