import type { JournalKeeper } from "../../src/app/journalKeeper";
import type { NumberSeries } from "../../src/domain/statements/keptJournal";
import type { NewJournalEntry } from "../../src/domain/statements/types";

/** What the in-memory keeper double holds and records. */
export interface MemoryJournalKeeperStateDouble {
  /** Kept journals by "issuer/year". */
  readonly journals: Map<string, readonly NewJournalEntry[]>;
  /** Series recorded, in order. */
  readonly recorded: string[];
  /** When set, record throws it (a full or unavailable storage). */
  failWith: Error | null;
}

/**
 * Test double of a JournalKeeper, in memory: the browser storage or the journal file of a real
 * keeper, without either.
 *
 * @returns the keeper and its state
 */
export function createMemoryJournalKeeperDouble(): {
  keeper: JournalKeeper;
  state: MemoryJournalKeeperStateDouble;
} {
  const state: MemoryJournalKeeperStateDouble = {
    journals: new Map(),
    recorded: [],
    failWith: null,
  };
  const key = (series: NumberSeries) => `${series.issuer}/${series.year}`;
  const keeper: JournalKeeper = {
    place: "la mémoire du test",
    async load(series) {
      return [...(state.journals.get(key(series)) ?? [])];
    },
    async record(series, entries) {
      if (state.failWith) throw state.failWith;
      state.journals.set(key(series), [...entries]);
      state.recorded.push(key(series));
    },
  };
  return { keeper, state };
}
