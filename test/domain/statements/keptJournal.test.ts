import type { JournalEntry } from "../../../src/domain/register/types";
import {
  journalOfYear,
  journalWritesOf,
  numberSeries,
  reconcileJournal,
} from "../../../src/domain/statements/keptJournal";
import {
  lostNumbersMessage,
  statementSheetsWithoutJournal,
} from "../../../src/domain/statements/sheetsWithoutJournal";
import type { NewJournalEntry, NumberingResult } from "../../../src/domain/statements/types";
import { SETTINGS } from "./fixtures";

function entry(number: string, member: string, amountCents: number, row = 0): JournalEntry {
  return {
    row,
    number,
    year: Number(number.slice(0, 4)),
    member,
    amountCents,
    pupils: 10,
    date: `${number.slice(0, 4)}-03-01`,
    schedule: "ctaf-2023-06-15",
    status: "issued",
  };
}

function kept(e: JournalEntry): NewJournalEntry {
  const { row: _row, ...rest } = e;
  return rest;
}

const HEM = entry("2025-0001", "Hem", 157170, 2);
const ROUBAIX = entry("2025-0002", "Roubaix", 65000, 3);
const LYS = entry("2025-0003", "Lys-lez-Lannoy", 1300, 4);

describe("numberSeries", () => {
  test("is the issuer's SIRET when it has 14 digits, typed with spaces or not", () => {
    expect(numberSeries({ ...SETTINGS, siret: "200 030 386 00020" }, 2025)).toEqual({
      issuer: "20003038600020",
      year: 2025,
    });
  });

  test("falls back to the issuer's name, ignoring case and accents", () => {
    const a = numberSeries({ ...SETTINGS, siret: "", name: "Syndicat Numérique" }, 2025);
    const b = numberSeries({ ...SETTINGS, siret: "", name: "SYNDICAT NUMERIQUE" }, 2025);
    expect(a).toEqual(b);
    expect(a.issuer).not.toBe("");
  });
});

describe("reconcileJournal", () => {
  test("puts back, in number order, the kept entries the workbook's journal lost", () => {
    const result = reconcileJournal([HEM], [LYS, HEM, ROUBAIX].map(kept), 2025);
    expect(result.restored.map((e) => e.number)).toEqual(["2025-0002", "2025-0003"]);
    expect(result.conflicts).toEqual([]);
    // They follow the last row of the workbook's journal, as they will be written.
    expect(result.journal.map((e) => [e.number, e.row])).toEqual([
      ["2025-0001", 2],
      ["2025-0002", 3],
      ["2025-0003", 4],
    ]);
  });

  test("restores every entry into an original register that has no journal", () => {
    const result = reconcileJournal([], [HEM, ROUBAIX].map(kept), 2025);
    expect(result.journal).toEqual([HEM, ROUBAIX]);
  });

  test("ignores kept entries of other exercises", () => {
    const result = reconcileJournal([], [kept(entry("2024-0001", "Hem", 100))], 2025);
    expect(result.restored).toEqual([]);
  });

  test("cancels in the workbook what the kept journal cancelled, never the reverse", () => {
    const cancelledHem = { ...kept(HEM), status: "cancelled" as const };
    const result = reconcileJournal([HEM], [cancelledHem], 2025);
    expect(result.cancelled).toEqual([HEM]);
    expect(result.journal[0]?.status).toBe("cancelled");
    const reverse = reconcileJournal([{ ...HEM, status: "cancelled" }], [kept(HEM)], 2025);
    expect(reverse.cancelled).toEqual([]);
    expect(reverse.journal[0]?.status).toBe("cancelled");
  });

  test("matches members by name as the journal does (case, accents, hyphens)", () => {
    const result = reconcileJournal([{ ...LYS, member: "LYS LEZ LANNOY" }], [kept(LYS)], 2025);
    expect(result.conflicts).toEqual([]);
  });

  test("reports a number that denotes another member or another amount", () => {
    const otherMember = reconcileJournal([{ ...HEM, member: "Roubaix" }], [kept(HEM)], 2025);
    expect(otherMember.conflicts).toHaveLength(1);
    expect(otherMember.conflicts[0]).toMatch(/2025-0001.*« Hem ».*« Roubaix ».*ligne 2/);
    const otherAmount = reconcileJournal([{ ...HEM, amountCents: 157171 }], [kept(HEM)], 2025);
    expect(otherAmount.conflicts[0]).toMatch(/1\s571,70\s€.*1\s571,71\s€/);
  });
});

describe("journalWritesOf", () => {
  const numbering = (added: NewJournalEntry[], cancelled: JournalEntry[]): NumberingResult => ({
    statements: [],
    changes: { added, cancelled },
    notInPreview: [],
    warnings: [],
  });

  test("appends the restored entries before the new ones", () => {
    const reconciliation = reconcileJournal([HEM], [HEM, ROUBAIX].map(kept), 2025);
    const fresh = kept(entry("2025-0003", "Lys-lez-Lannoy", 1300));
    const writes = journalWritesOf([HEM], reconciliation, numbering([fresh], []));
    expect(writes.added.map((e) => e.number)).toEqual(["2025-0002", "2025-0003"]);
    expect(writes.cancelled).toEqual([]);
  });

  test("a restored entry that this generation replaces is appended as annulé", () => {
    const reconciliation = reconcileJournal([], [kept(ROUBAIX)], 2025);
    const restoredRoubaix = reconciliation.journal[0];
    if (restoredRoubaix === undefined) throw new Error("not restored");
    const replacement = kept(entry("2025-0003", "Roubaix", 70000));
    const writes = journalWritesOf([], reconciliation, numbering([replacement], [restoredRoubaix]));
    expect(writes.added.map((e) => [e.number, e.status])).toEqual([
      ["2025-0002", "cancelled"],
      ["2025-0003", "issued"],
    ]);
    // Not in the workbook's table yet: nothing to update there.
    expect(writes.cancelled).toEqual([]);
  });

  test("the workbook's entries cancelled by the kept journal or the numbering are updated", () => {
    const reconciliation = reconcileJournal(
      [HEM, ROUBAIX],
      [{ ...kept(HEM), status: "cancelled" }, kept(ROUBAIX)],
      2025
    );
    const writes = journalWritesOf([HEM, ROUBAIX], reconciliation, numbering([], [ROUBAIX]));
    expect(writes.cancelled.map((e) => e.number)).toEqual(["2025-0001", "2025-0002"]);
  });

  test("journalOfYear keeps one exercise, without rows, in number order", () => {
    const other = entry("2024-0007", "Hem", 1);
    expect(journalOfYear([ROUBAIX, other, HEM], 2025)).toEqual([kept(HEM), kept(ROUBAIX)]);
  });
});

describe("statementSheetsWithoutJournal", () => {
  test("finds the statement sheets of the exercise whose numbers the journal lost", () => {
    const sheets = [
      "Membres",
      "Appel 2025-0001",
      "Appel 2025-0005",
      "appel 2025-0004",
      "Appel 2024-0009",
    ];
    expect(statementSheetsWithoutJournal(sheets, [HEM], 2025)).toEqual([
      { number: "2025-0004", sheet: "appel 2025-0004" },
      { number: "2025-0005", sheet: "Appel 2025-0005" },
    ]);
  });

  test("finds nothing when the journal has every number", () => {
    expect(statementSheetsWithoutJournal(["Appel 2025-0001"], [HEM], 2025)).toEqual([]);
  });

  test("says which numbers and sheets, and what to do", () => {
    const message = lostNumbersMessage([{ number: "2025-0005", sheet: "Appel 2025-0005" }]);
    expect(message).toMatch(/numéro 2025-0005/);
    expect(message).toMatch(/feuille « Appel 2025-0005 » existe/);
    expect(message).toMatch(/Remettez dans le journal/);
  });
});
