/**
 * @jest-environment jsdom
 */
import {
  createBrowserJournalKeeper,
  journalStorageKey,
} from "../../src/taskpane/browserJournalKeeper";
import type { NumberSeries } from "../../src/domain/statements/keptJournal";
import type { NewJournalEntry } from "../../src/domain/statements/types";

const SERIES: NumberSeries = { issuer: "20003038600020", year: 2025 };
const KEY = "ent-contributions/journal/v1/20003038600020/2025";

function entry(number: string, member: string, amountCents: number): NewJournalEntry {
  return {
    number,
    year: 2025,
    member,
    amountCents,
    pupils: 677,
    date: "2025-03-01",
    schedule: "ctaf-2023-06-15",
    status: "issued",
  };
}

const HEM = entry("2025-0001", "Ville de Hem", 88010);
const LYS = entry("2025-0002", "Commune d'Exemple-sur-Lys", 113200);

/** A QuotaExceededError as browsers throw it from setItem. */
function quotaError(): DOMException {
  return new DOMException("The quota has been exceeded.", "QuotaExceededError");
}

describe("the browser's journal keeper", () => {
  beforeEach(() => {
    localStorage.clear();
    jest.restoreAllMocks();
  });

  test("keeps a series' journal under its own key, as versioned JSON, and reads it back", async () => {
    const keeper = createBrowserJournalKeeper();
    expect(keeper.place).toBe("ce navigateur");
    expect(journalStorageKey(SERIES)).toBe(KEY);
    expect(await keeper.load(SERIES)).toEqual([]);

    await keeper.record(SERIES, [HEM, { ...LYS, status: "cancelled" }]);
    const stored = JSON.parse(localStorage.getItem(KEY) ?? "null");
    // Stored as version 1 always was: the status in its stored word, "emis" or "annule".
    expect(stored).toEqual({
      version: 1,
      series: SERIES,
      entries: [
        { ...HEM, status: "emis" },
        { ...LYS, status: "annule" },
      ],
    });
    expect(await keeper.load(SERIES)).toEqual([HEM, { ...LYS, status: "cancelled" }]);
    // Another exercise, or another issuer, is another series.
    expect(await keeper.load({ ...SERIES, year: 2026 })).toEqual([]);
    expect(await keeper.load({ issuer: "syndicat-mixte", year: 2025 })).toEqual([]);
  });

  test.each([
    ["not JSON", "{pas du json", /ce n'est pas du JSON/],
    [
      "another version",
      JSON.stringify({ version: 2, series: SERIES, entries: [] }),
      /version \(2\)/,
    ],
    [
      "a broken row",
      JSON.stringify({ version: 1, series: SERIES, entries: [{ ...HEM, amountCents: "880,10" }] }),
      /ligne 1 : le champ « amountCents » n'est pas un entier/,
    ],
    [
      "another series' journal",
      JSON.stringify({ version: 1, series: { ...SERIES, year: 2024 }, entries: [] }),
      /une autre série/,
    ],
  ])(
    "refuses a stored journal that does not read (%s), never taking it for an empty one",
    async (_, raw, why) => {
      localStorage.setItem(KEY, raw);
      const keeper = createBrowserJournalKeeper();
      const loading = keeper.load(SERIES);
      await expect(loading).rejects.toThrow(
        /^Le journal des numéros de 2025 gardé par ce navigateur ne se lit pas/
      );
      await expect(keeper.load(SERIES)).rejects.toThrow(why);
      await expect(keeper.record(SERIES, [HEM])).rejects.toThrow(/ne se lit pas/);
      expect(localStorage.getItem(KEY)).toBe(raw); // left as it was
    }
  );

  test("a full storage stops the record with a French message that says generation stopped", async () => {
    const keeper = createBrowserJournalKeeper();
    jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw quotaError();
    });
    await expect(keeper.record(SERIES, [HEM])).rejects.toThrow(
      /^Le stockage de ce navigateur est plein : le journal des numéros de 2025 n'a pas pu y être gardé .*La génération est arrêtée avant qu'aucun numéro ne soit inscrit au journal/
    );
  });

  test("storage that cannot be used at all is an error, when checking and when generating", async () => {
    const blocked = createBrowserJournalKeeper(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    await expect(blocked.load(SERIES)).rejects.toThrow(
      /Le stockage de ce navigateur n'est pas disponible .*The operation is insecure.*les appels ne peuvent pas être numérotés ici/
    );
    await expect(blocked.record(SERIES, [HEM])).rejects.toThrow(
      /n'est pas disponible .*la génération est arrêtée avant qu'aucun numéro ne soit inscrit au journal/
    );
    await expect(createBrowserJournalKeeper(() => null).load(SERIES)).rejects.toThrow(
      /aucun stockage local/
    );
  });

  test("never drops a kept number: a record without it (another tab generated meanwhile) is refused", async () => {
    const keeper = createBrowserJournalKeeper();
    await keeper.record(SERIES, [HEM, LYS]);
    await expect(keeper.record(SERIES, [HEM])).rejects.toThrow(
      /a changé depuis la vérification \(le numéro 2025-0002, « Commune d'Exemple-sur-Lys », n'est plus le même\)/
    );
    await expect(keeper.record(SERIES, [{ ...HEM, amountCents: 1 }, LYS])).rejects.toThrow(
      /2025-0001/
    );
    // Cancelling a number, and adding numbers, are what a generation does.
    const cancelled = { ...LYS, status: "cancelled" as const };
    await keeper.record(SERIES, [HEM, cancelled, entry("2025-0003", LYS.member, 120000)]);
    await expect(
      keeper.record(SERIES, [HEM, LYS, entry("2025-0003", LYS.member, 120000)])
    ).rejects.toThrow(/2025-0002/);
    expect((await keeper.load(SERIES)).map((e) => [e.number, e.status])).toEqual([
      ["2025-0001", "issued"],
      ["2025-0002", "cancelled"],
      ["2025-0003", "issued"],
    ]);
  });
});
