import { memberKey } from "../membership/memberKey";
import type { JournalStatus } from "../register/types";
import type { NumberSeries } from "./keptJournal";
import type { NewJournalEntry } from "./types";

/**
 * The format a kept journal is stored in, wherever it is kept (the browser's storage, a JSON file
 * of `npm run statements`): `{ version, series, entries }`, plus what a store adds (a
 * description, the time of the last record). One format, one reader: a value that does not read
 * is refused with the reason, never taken for an empty journal.
 *
 * Version 1 stores an entry's status as the words "emis" and "annule", as the first releases
 * wrote it; the program's own codes are `issued` and `cancelled`. This file alone maps one to
 * the other, on writing and on reading, so that a journal kept by an earlier release reads the
 * same, and one written now still reads in that release: the stored bytes never changed.
 */

/**
 * Version of the kept journal's format; a value of another version is refused, never guessed.
 *
 * @example
 * keptJournalValue(series, entries).version; // KEPT_JOURNAL_VERSION
 */
export const KEPT_JOURNAL_VERSION = 1;

/**
 * How version 1 stores a journal entry's status: "emis" (issued) or "annule" (cancelled).
 *
 * @example
 * const stored: StoredJournalStatus = STORED_STATUS.cancelled; // "annule"
 */
export type StoredJournalStatus = "emis" | "annule";

/**
 * The stored word of each status, written as such in every kept journal (never change them: a
 * journal already kept, and the earlier releases reading one written now, rely on them).
 *
 * @example
 * STORED_STATUS.issued; // "emis"
 */
export const STORED_STATUS: Readonly<Record<JournalStatus, StoredJournalStatus>> = {
  issued: "emis",
  cancelled: "annule",
};

const STATUS_OF_STORED: Readonly<Record<StoredJournalStatus, JournalStatus>> = {
  emis: "issued",
  annule: "cancelled",
};

/**
 * A journal entry as stored: its fields, the status in its stored word.
 *
 * @example
 * const entry: StoredJournalEntry = { number: "2025-0001", year: 2025, member: "Hem", amountCents: 157170, pupils: 1209, date: "2025-03-01", schedule: "ctaf-2023-06-15", status: "emis" };
 */
export type StoredJournalEntry = Omit<NewJournalEntry, "status"> & {
  readonly status: StoredJournalStatus;
};

/**
 * What a store keeps for a series: the version, the series, and every number of the series ever
 * issued, in number order, each with its status.
 *
 * @example
 * const value: KeptJournalValue = { version: 1, series: { issuer: "20003038600020", year: 2025 }, entries: [] };
 */
export interface KeptJournalValue {
  readonly version: typeof KEPT_JOURNAL_VERSION;
  readonly series: NumberSeries;
  readonly entries: readonly StoredJournalEntry[];
}

/**
 * The value to store for a series: the entries in number order, with only their known fields,
 * each status in its stored word ("emis", "annule").
 *
 * @param series - the series
 * @param entries - the series' whole journal
 * @returns the value, to serialise with JSON.stringify
 * @example
 * keptJournalValue({ issuer: "20003038600020", year: 2025 }, entries).entries[0]?.number; // "2025-0001"
 * keptJournalValue(series, [{ ...hem0001, status: "cancelled" }]).entries[0]?.status; // "annule"
 */
export function keptJournalValue(
  series: NumberSeries,
  entries: readonly NewJournalEntry[]
): KeptJournalValue {
  return {
    version: KEPT_JOURNAL_VERSION,
    series: { issuer: series.issuer, year: series.year },
    entries: [...entries]
      .sort((a, b) => a.number.localeCompare(b.number, "en", { numeric: true }))
      .map((entry) => ({ ...keptFields(entry), status: STORED_STATUS[entry.status] })),
  };
}

/**
 * The fields of an entry the format keeps, but its status, in the order they are written: only
 * these, whatever else the entry carries.
 */
function keptFields({
  number,
  year,
  member,
  amountCents,
  pupils,
  date,
  schedule,
}: Omit<NewJournalEntry, "status">): Omit<NewJournalEntry, "status"> {
  return { number, year, member, amountCents, pupils, date, schedule };
}

/** Why a kept entry does not read, or null when it does. */
function entryProblem(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return "ce n'est pas une ligne de journal";
  const entry = value as Record<string, unknown>;
  for (const field of ["number", "member", "date", "schedule"] as const)
    if (typeof entry[field] !== "string") return `le champ « ${field} » n'est pas un texte`;
  for (const field of ["year", "amountCents", "pupils"] as const)
    if (!Number.isSafeInteger(entry[field])) return `le champ « ${field} » n'est pas un entier`;
  if (entry.status !== "emis" && entry.status !== "annule")
    return "le statut n'est ni « emis » ni « annule »";
  if (!/^\d{4}-\d{4,}$/.test(entry.number as string))
    return `« ${String(entry.number)} » n'est pas un numéro d'appel`;
  return null;
}

function seriesText(series: Partial<NumberSeries> | undefined): string {
  return `émetteur ${String(series?.issuer ?? "?")}, exercice ${String(series?.year ?? "?")}`;
}

/**
 * Reads a stored kept journal back and checks it: JSON, this version, this series, every entry
 * complete, each stored status ("emis", "annule") turned back into its code (`issued`,
 * `cancelled`). The caller turns the reason into its own message (naming its file or key).
 *
 * @param raw - the stored text
 * @param series - the series it must be the journal of
 * @returns the entries, or why the value does not read (French, lower case)
 * @example
 * readKeptJournal(JSON.stringify(keptJournalValue(series, entries)), series); // the entries
 * readKeptJournal("{", series); // "ce n'est pas du JSON valide (…)"
 */
export function readKeptJournal(raw: string, series: NumberSeries): NewJournalEntry[] | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return `ce n'est pas du JSON valide (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return "ce n'est pas un journal";
  const stored = value as Partial<Record<keyof KeptJournalValue, unknown>>;
  if (stored.version !== KEPT_JOURNAL_VERSION)
    return `sa version (${JSON.stringify(stored.version) ?? "absente"}) n'est pas ${KEPT_JOURNAL_VERSION}, la seule que ce complément lit`;
  const kept = stored.series as Partial<NumberSeries> | undefined;
  if (kept?.issuer !== series.issuer || kept?.year !== series.year)
    return `c'est le journal d'une autre série de numéros (${seriesText(kept)}), pas de celle de ce registre (${seriesText(series)})`;
  if (!Array.isArray(stored.entries)) return "il n'a pas de liste de lignes (entries)";
  const entries: NewJournalEntry[] = [];
  for (const [index, entry] of stored.entries.entries()) {
    const problem = entryProblem(entry);
    if (problem) return `ligne ${index + 1} : ${problem}`;
    const keptEntry = entry as StoredJournalEntry;
    entries.push({ ...keptFields(keptEntry), status: STATUS_OF_STORED[keptEntry.status] });
  }
  return entries;
}

/**
 * The first number of `before` that `after` lacks, gives to another statement (exercise, member,
 * amount) or turns back from annulé to émis: a record that would lose it must be refused (another
 * generation changed the kept journal since it was read).
 *
 * @param before - the kept journal as stored now
 * @param after - the journal about to be recorded
 * @returns the entry lost, or null
 * @example
 * firstLostEntry([hem0001], []); // hem0001
 * firstLostEntry([hem0001], [hem0001, roubaix0002]); // null
 */
export function firstLostEntry(
  before: readonly NewJournalEntry[],
  after: readonly NewJournalEntry[]
): NewJournalEntry | null {
  const byNumber = new Map(after.map((entry) => [entry.number, entry]));
  for (const entry of before) {
    const now = byNumber.get(entry.number);
    const same =
      now !== undefined &&
      now.year === entry.year &&
      memberKey(now.member) === memberKey(entry.member) &&
      now.amountCents === entry.amountCents &&
      !(entry.status === "cancelled" && now.status === "issued");
    if (!same) return entry;
  }
  return null;
}
