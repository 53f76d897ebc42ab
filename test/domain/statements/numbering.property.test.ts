import fc from "fast-check";
import { toIsoDate } from "../../../src/domain/dates/isoDate";
import { DomainError } from "../../../src/domain/errors/DomainError";
import type { JournalEntry, Member } from "../../../src/domain/register/types";
import { parseStatementNumber } from "../../../src/domain/statements/statementNumber";
import { member, register } from "./fixtures";
import { generate } from "./generations";

// Over random sequences of generations, member additions and amount changes, the journal keeps
// RULES.md §9: numbers unique, each year's sequences exactly 1..n (continuous, none reused),
// dates following the numbers, one issued statement per member and year, and nothing issued is
// ever changed but its status (émis → annulé). New numbers dated after a later exercise's first
// statement are refused (checkIssueDate), and a refused generation changes nothing.

type Step =
  | { readonly kind: "add"; readonly pupils: number }
  | { readonly kind: "change"; readonly index: number; readonly pupils: number }
  | { readonly kind: "generate"; readonly year: number; readonly days: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("add" as const), pupils: fc.nat(3000) }),
  fc.record({ kind: fc.constant("change" as const), index: fc.nat(), pupils: fc.nat(3000) }),
  fc.record({
    kind: fc.constant("generate" as const),
    year: fc.constantFrom(2024, 2025, 2026),
    days: fc.nat(40),
  })
);

function checkJournal(journal: readonly JournalEntry[]): void {
  const all = journal.map((e) => e.number);
  expect(new Set(all).size).toBe(all.length);
  for (const year of new Set(journal.map((e) => e.year))) {
    const ofYear = journal
      .filter((e) => e.year === year)
      .map((e) => ({ seq: parseStatementNumber(e.number)?.seq ?? 0, entry: e }))
      .sort((a, b) => a.seq - b.seq);
    expect(ofYear.map((x) => x.seq)).toEqual(ofYear.map((_, i) => i + 1));
    const dates = ofYear.map((x) => x.entry.date);
    expect(dates).toEqual([...dates].sort());
    const issued = ofYear.filter((x) => x.entry.status === "issued").map((x) => x.entry.member);
    expect(new Set(issued).size).toBe(issued.length);
  }
}

function checkOnlyCancelled(before: readonly JournalEntry[], after: readonly JournalEntry[]): void {
  const later = new Map(after.map((e) => [e.number, e]));
  for (const entry of before) {
    const now = later.get(entry.number);
    expect(now).toEqual(entry.status === "issued" ? { ...entry, status: now?.status } : entry);
  }
}

describe("numbering over random generations", () => {
  test("keeps numbers unique, continuous per year, never reused", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(3000), { minLength: 1, maxLength: 4 }),
        fc.array(step, { maxLength: 25 }),
        (initial, steps) => {
          let members: Member[] = initial.map((pupils, i) =>
            member({ row: i + 2, name: `Membre ${i}`, pupils })
          );
          let journal: JournalEntry[] = [];
          let day = Date.UTC(2026, 0, 1);
          for (const s of steps) {
            if (s.kind === "add") {
              const i = members.length;
              members = [...members, member({ row: i + 2, name: `Membre ${i}`, pupils: s.pupils })];
            } else if (s.kind === "change") {
              const i = s.index % members.length;
              members = members.map((m, j) => (j === i ? { ...m, pupils: s.pupils } : m));
            } else {
              day += s.days * 86_400_000;
              const date = toIsoDate(new Date(day));
              const reg = register(members, { journal });
              // New numbers may not be dated after a later exercise's first statement
              // (checkIssueDate): such a generation is refused and changes nothing.
              const limit = journal
                .filter((e) => e.year > s.year)
                .map((e) => e.date)
                .sort()[0];
              const late = limit !== undefined && date > limit;
              let generation: ReturnType<typeof generate>;
              try {
                generation = generate(reg, s.year, date);
              } catch (error) {
                expect(late).toBe(true);
                expect(error instanceof DomainError && error.code).toBe("invalid-date");
                continue;
              }
              const { result, journal: next } = generation;
              if (late) expect(result.changes.added).toEqual([]);
              checkJournal(next);
              checkOnlyCancelled(journal, next);
              // Every statement stands in the journal as issued, with its current amount.
              for (const statement of result.statements) {
                const recorded = next.find((e) => e.number === statement.number);
                expect(recorded?.status).toBe("issued");
                expect(recorded?.amountCents).toBe(statement.draft.contribution.totalCents);
              }
              // New numbers come right after the year's highest one, in draft order.
              const before = journal.filter((e) => e.year === s.year).length;
              expect(result.changes.added.map((e) => parseStatementNumber(e.number)?.seq)).toEqual(
                result.changes.added.map((_, i) => before + i + 1)
              );
              journal = next;
            }
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
