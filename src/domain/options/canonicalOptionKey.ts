import { findEntry } from "../schedules/scheduleForYear";
import type { Schedule } from "../schedules/types";
import { GENERAL_OPTIONS } from "./acceptedOptions";

/**
 * The key that identifies an option in a schedule, whatever name it was given: a component's
 * keyword for its aliases (optionnel → accompagnement), the first name of a general option for its
 * others (subventions → subvention), else the key itself. Two options with the same canonical key
 * are the same option: given twice in one cell it is an error (resolveOptions); given in the
 * Membres table and for an exercise, the exercise's wins (memberOptionsForYear).
 *
 * @param key - a normalized key (RawOption.key)
 * @param schedule - the schedule of the year
 * @returns the canonical key
 * @example
 * canonicalOptionKey("optionnel", scheduleForYear(2024)); // "accompagnement"
 * canonicalOptionKey("subventions", scheduleForYear(2024)); // "subvention"
 */
export function canonicalOptionKey(key: string, schedule: Schedule): string {
  const entry = findEntry(schedule, key);
  if (entry) return entry.keyword;
  const group = Object.values(GENERAL_OPTIONS).find((keys) =>
    (keys as readonly string[]).includes(key)
  );
  return group?.[0] ?? key;
}
