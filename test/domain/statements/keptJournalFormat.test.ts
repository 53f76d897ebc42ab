import {
  firstLostEntry,
  keptJournalValue,
  readKeptJournal,
} from "../../../src/domain/statements/keptJournalFormat";
import type { NewJournalEntry } from "../../../src/domain/statements/types";

const SERIES = { issuer: "20003038600020", year: 2025 };

function entry(number: string, member: string, amountCents: number): NewJournalEntry {
  return {
    number,
    year: 2025,
    member,
    amountCents,
    pupils: 10,
    date: "2025-09-01",
    schedule: "ctaf-2023-06-15",
    status: "emis",
  };
}

const HEM = entry("2025-0001", "Hem", 157170);
const ROUBAIX = entry("2025-0002", "Roubaix", 65000);
const ENTRY_10 = entry("2025-0010", "Lys", 1300);

describe("the kept journal's stored value", () => {
  test("reads back what it stores, in number order, with only the entry's fields", () => {
    const noisy = { ...ENTRY_10, row: 7, extra: "x" } as NewJournalEntry;
    const raw = JSON.stringify(keptJournalValue(SERIES, [noisy, ROUBAIX, HEM]));
    expect(readKeptJournal(raw, SERIES)).toEqual([HEM, ROUBAIX, ENTRY_10]);
  });

  test.each([
    ["{", /^ce n'est pas du JSON valide/],
    ["[]", /^ce n'est pas un journal$/],
    [JSON.stringify({ version: 2, series: SERIES, entries: [] }), /version \(2\) n'est pas 1/],
    [
      JSON.stringify({ version: 1, series: { ...SERIES, year: 2024 }, entries: [] }),
      /autre série de numéros \(émetteur 20003038600020, exercice 2024\)/,
    ],
    [JSON.stringify({ version: 1, series: SERIES }), /pas de liste de lignes/],
    [
      JSON.stringify({ version: 1, series: SERIES, entries: [{ ...HEM, amountCents: 1.5 }] }),
      /ligne 1 : le champ « amountCents » n'est pas un entier/,
    ],
    [
      JSON.stringify({ version: 1, series: SERIES, entries: [HEM, { ...HEM, status: "x" }] }),
      /ligne 2 : le statut/,
    ],
    [
      JSON.stringify({ version: 1, series: SERIES, entries: [{ ...HEM, number: "12" }] }),
      /« 12 » n'est pas un numéro d'appel/,
    ],
  ])("refuses %s with its reason", (raw, reason) => {
    expect(readKeptJournal(raw, SERIES)).toMatch(reason);
  });
});

describe("firstLostEntry", () => {
  test("nothing is lost when every number stays the same statement, or gets cancelled", () => {
    expect(firstLostEntry([HEM], [{ ...HEM, status: "annule" }, ROUBAIX])).toBeNull();
    expect(firstLostEntry([HEM], [{ ...HEM, member: "HEM" }])).toBeNull();
  });

  test("finds a number dropped, given to another statement, or issued again after cancellation", () => {
    expect(firstLostEntry([HEM, ROUBAIX], [HEM])).toBe(ROUBAIX);
    expect(firstLostEntry([HEM], [{ ...HEM, amountCents: 1 }])).toBe(HEM);
    expect(firstLostEntry([HEM], [{ ...HEM, member: "Roubaix" }])).toBe(HEM);
    const cancelled = { ...HEM, status: "annule" as const };
    expect(firstLostEntry([cancelled], [HEM])).toBe(cancelled);
  });
});
