import type { JournalKeeper } from "../app/journalKeeper";
import type { NumberSeries } from "../domain/statements/keptJournal";
import {
  firstLostEntry,
  keptJournalValue,
  readKeptJournal,
} from "../domain/statements/keptJournalFormat";

/**
 * Start of the browser storage keys of kept journals; one key per series,
 * `ent-contributions/journal/v1/<issuer>/<year>` (the issuer URI-encoded).
 *
 * @example
 * journalStorageKey({ issuer: "20003038600020", year: 2025 }).startsWith(JOURNAL_STORAGE_PREFIX); // true
 */
export const JOURNAL_STORAGE_PREFIX = "ent-contributions/journal/v1";

/** Where this keeper keeps journals, as messages name it. */
const PLACE = "ce navigateur";

/**
 * The storage key of a series' kept journal.
 *
 * @param series - the series
 * @returns the key
 * @example
 * journalStorageKey({ issuer: "20003038600020", year: 2025 });
 * // "ent-contributions/journal/v1/20003038600020/2025"
 */
export function journalStorageKey(series: NumberSeries): string {
  return `${JOURNAL_STORAGE_PREFIX}/${encodeURIComponent(series.issuer)}/${series.year}`;
}

function unreadable(key: string, series: NumberSeries, why: string): Error {
  return new Error(
    `Le journal des numéros de ${series.year} gardé par ${PLACE} ne se lit pas (clé « ${key} » ` +
      `du stockage du site : ${why}). Il n'est ni ignoré ni remplacé, car sans lui des numéros ` +
      "déjà émis pourraient être redonnés à d'autres appels : rien n'est numéroté tant qu'il ne se " +
      "lit pas. Faites vérifier cette donnée par votre service informatique avant de la supprimer, " +
      "puis vérifiez le registre à partir du classeur des appels qui contient le journal complet."
  );
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  // Chromium and WebKit: QuotaExceededError (code 22); Firefox: NS_ERROR_DOM_QUOTA_REACHED (1014).
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22;
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

function unavailable(error: unknown, year: number, generating: boolean): Error {
  const stop = generating
    ? "la génération est arrêtée avant qu'aucun numéro ne soit inscrit au journal"
    : "les appels ne peuvent pas être numérotés ici";
  return new Error(
    `Le stockage de ${PLACE} n'est pas disponible pour garder le journal des numéros de ${year} ` +
      `(${detailOf(error)}) : ${stop}, car un numéro émis doit rester gardé même si le classeur ` +
      "des appels est perdu. Autorisez les données de ce site dans les réglages du navigateur " +
      "(ou quittez la navigation privée), puis recommencez."
  );
}

function full(error: unknown, year: number): Error {
  return new Error(
    `Le stockage de ${PLACE} est plein : le journal des numéros de ${year} n'a pas pu y être ` +
      `gardé (${detailOf(error)}). La génération est arrêtée avant qu'aucun numéro ne soit ` +
      "inscrit au journal. Libérez de la place pour ce site dans les réglages du navigateur " +
      "(ou quittez la navigation privée), puis générez à nouveau."
  );
}

/**
 * Keeps the journal of each series of numbers in the browser's storage (localStorage), so that a
 * number issued from the pane is never given to another statement, even when the statements
 * workbook is not kept, the tab is closed, or the original register is opened again. The value
 * is JSON with a version; one that does not read is an error, never an empty journal. Storage
 * that cannot be used (blocked, full, private mode) is an error too: generation then stops
 * before any number is written. A record never drops a number the storage holds: if another tab
 * issued numbers of the series since the check, it refuses.
 *
 * @param storage - the storage, read when used (default: window.localStorage, whose mere access
 *   throws where site data is blocked)
 * @returns the keeper, place "ce navigateur"
 * @example
 * const keeper = createBrowserJournalKeeper();
 * const run = await prepareStatements(workbook, 2025, "2025-03-01", { keeper });
 */
export function createBrowserJournalKeeper(
  storage: () => Storage | null | undefined = () => window.localStorage
): JournalKeeper {
  const open = (year: number, generating: boolean): Storage => {
    let found: Storage | null | undefined;
    try {
      found = storage();
    } catch (error) {
      throw unavailable(error, year, generating);
    }
    if (!found) throw unavailable(new Error("aucun stockage local"), year, generating);
    return found;
  };
  const read = (store: Storage, series: NumberSeries, generating: boolean) => {
    const key = journalStorageKey(series);
    let raw: string | null;
    try {
      raw = store.getItem(key);
    } catch (error) {
      throw unavailable(error, series.year, generating);
    }
    if (raw === null) return [];
    const parsed = readKeptJournal(raw, series);
    if (typeof parsed === "string") throw unreadable(key, series, parsed);
    return parsed;
  };
  return {
    place: PLACE,
    async load(series) {
      return read(open(series.year, false), series, false);
    },
    async record(series, entries) {
      const store = open(series.year, true);
      const lost = firstLostEntry(read(store, series, true), entries);
      if (lost)
        throw new Error(
          `Le journal des numéros de ${series.year} gardé par ${PLACE} a changé depuis la ` +
            `vérification (le numéro ${lost.number}, « ${lost.member} », n'est plus le même) : ` +
            "des appels ont sans doute été générés dans un autre onglet. La génération est " +
            "arrêtée avant qu'aucun numéro ne soit inscrit au journal : vérifiez le registre à nouveau."
        );
      const value = keptJournalValue(series, entries);
      try {
        store.setItem(journalStorageKey(series), JSON.stringify(value));
      } catch (error) {
        throw isQuotaError(error)
          ? full(error, series.year)
          : unavailable(error, series.year, true);
      }
    },
  };
}
