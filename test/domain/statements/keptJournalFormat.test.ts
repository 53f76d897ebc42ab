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
    status: "issued",
  };
}

const HEM = entry("2025-0001", "Hem", 157170);
const ROUBAIX = entry("2025-0002", "Roubaix", 65000);
const ENTRY_10 = entry("2025-0010", "Lys", 1300);
/** HEM as version 1 stores it: the status in its stored word. */
const STORED_HEM = { ...HEM, status: "emis" };

/**
 * A journal as the releases before the English status codes wrote it (`npm run statements`,
 * JSON.stringify(…, null, 2)): version 1, statuses "emis" and "annule".
 */
const JOURNAL_WRITTEN_BEFORE = `{
  "description": "Journal des numéros d'appels de contribution ENT émis pour une série (émetteur, exercice) : écrit par npm run statements, à ne pas modifier à la main.",
  "version": 1,
  "series": {
    "issuer": "20003038600020",
    "year": 2025
  },
  "updated": "2025-10-01T08:00:00.000Z",
  "entries": [
    {
      "number": "2025-0001",
      "year": 2025,
      "member": "Hem",
      "amountCents": 157170,
      "pupils": 10,
      "date": "2025-09-01",
      "schedule": "ctaf-2023-06-15",
      "status": "emis"
    },
    {
      "number": "2025-0002",
      "year": 2025,
      "member": "Roubaix",
      "amountCents": 65000,
      "pupils": 10,
      "date": "2025-09-01",
      "schedule": "ctaf-2023-06-15",
      "status": "annule"
    }
  ]
}
`;

describe("the kept journal's stored value", () => {
  test("reads back what it stores, in number order, with only the entry's fields", () => {
    const noisy = { ...ENTRY_10, row: 7, extra: "x" } as NewJournalEntry;
    const raw = JSON.stringify(keptJournalValue(SERIES, [noisy, ROUBAIX, HEM]));
    expect(readKeptJournal(raw, SERIES)).toEqual([HEM, ROUBAIX, ENTRY_10]);
  });

  test("reads a journal kept by the earlier releases, statuses emis and annule, as issued and cancelled", () => {
    expect(readKeptJournal(JOURNAL_WRITTEN_BEFORE, SERIES)).toEqual([
      HEM,
      { ...ROUBAIX, status: "cancelled" },
    ]);
  });

  test("stores the statuses as the earlier releases wrote them, byte for byte: emis and annule", () => {
    const value = keptJournalValue(SERIES, [HEM, { ...ROUBAIX, status: "cancelled" }]);
    expect(JSON.stringify(value)).toBe(
      '{"version":1,"series":{"issuer":"20003038600020","year":2025},"entries":[' +
        '{"number":"2025-0001","year":2025,"member":"Hem","amountCents":157170,"pupils":10,' +
        '"date":"2025-09-01","schedule":"ctaf-2023-06-15","status":"emis"},' +
        '{"number":"2025-0002","year":2025,"member":"Roubaix","amountCents":65000,"pupils":10,' +
        '"date":"2025-09-01","schedule":"ctaf-2023-06-15","status":"annule"}]}'
    );
    // The same entries in the earlier releases' file, without what the file adds around them.
    const before = JSON.parse(JOURNAL_WRITTEN_BEFORE) as Record<string, unknown>;
    expect(JSON.stringify(value, null, 2)).toBe(
      JSON.stringify(
        { version: before.version, series: before.series, entries: before.entries },
        null,
        2
      )
    );
  });

  test("refuses a status stored in the program's codes: version 1 knows only emis and annule", () => {
    for (const status of ["issued", "cancelled", "émis", "Emis"])
      expect(
        readKeptJournal(
          JSON.stringify({ version: 1, series: SERIES, entries: [{ ...STORED_HEM, status }] }),
          SERIES
        )
      ).toBe("ligne 1 : le statut n'est ni « emis » ni « annule »");
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
      JSON.stringify({
        version: 1,
        series: SERIES,
        entries: [{ ...STORED_HEM, amountCents: 1.5 }],
      }),
      /ligne 1 : le champ « amountCents » n'est pas un entier/,
    ],
    [
      JSON.stringify({
        version: 1,
        series: SERIES,
        entries: [STORED_HEM, { ...STORED_HEM, status: "x" }],
      }),
      /ligne 2 : le statut/,
    ],
    [
      JSON.stringify({ version: 1, series: SERIES, entries: [{ ...STORED_HEM, number: "12" }] }),
      /« 12 » n'est pas un numéro d'appel/,
    ],
  ])("refuses %s with its reason", (raw, reason) => {
    expect(readKeptJournal(raw, SERIES)).toMatch(reason);
  });
});

describe("firstLostEntry", () => {
  test("nothing is lost when every number stays the same statement, or gets cancelled", () => {
    expect(firstLostEntry([HEM], [{ ...HEM, status: "cancelled" }, ROUBAIX])).toBeNull();
    expect(firstLostEntry([HEM], [{ ...HEM, member: "HEM" }])).toBeNull();
  });

  test("finds a number dropped, given to another statement, or issued again after cancellation", () => {
    expect(firstLostEntry([HEM, ROUBAIX], [HEM])).toBe(ROUBAIX);
    expect(firstLostEntry([HEM], [{ ...HEM, amountCents: 1 }])).toBe(HEM);
    expect(firstLostEntry([HEM], [{ ...HEM, member: "Roubaix" }])).toBe(HEM);
    const cancelled = { ...HEM, status: "cancelled" as const };
    expect(firstLostEntry([cancelled], [HEM])).toBe(cancelled);
  });
});
