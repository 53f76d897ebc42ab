import {
  compileContributionTotal,
  type TotalCalculator,
} from "../domain/contribution/contributionTotal";
import { resolveOptions, type ContributionPlan } from "../domain/options/resolveOptions";
import { scheduleForYear } from "../domain/schedules/scheduleForYear";
import type { ScheduleEntry } from "../domain/schedules/types";
import { optionsCacheKey, readOptions } from "./arguments/readOptions";

/** A plan and its total, ready for any pupil count. */
export interface PreparedContribution {
  readonly plan: ContributionPlan;
  readonly totalCents: TotalCalculator;
}

const MAX_CACHED_OPTION_TEXTS = 1024;
/** Options text, then year. Two levels, so a lookup builds no key string. */
const prepared = new Map<string, Map<number, PreparedContribution>>();

function prepare(
  year: number,
  options: unknown[][] | null,
  workbookEntries: readonly ScheduleEntry[]
): PreparedContribution {
  const plan = resolveOptions(
    readOptions(options),
    scheduleForYear(year, workbookEntries),
    workbookEntries
  );
  return { plan, totalCents: compileContributionTotal(plan) };
}

/**
 * The plan (schedule of the year and resolved options) of a contribution, with its total ready
 * for any pupil count. A workbook typically holds many formulas with the same year and options
 * text: those are resolved once and kept, so a recalculation of thousands of cells is cheap.
 * Options given as a range, or a workbook schedule, are resolved on every call.
 *
 * @param year - the exercise
 * @param options - the options argument as Excel passes it
 * @param workbookEntries - rows of the workbook schedule (none when omitted)
 * @returns the prepared contribution
 * @throws DomainError for a year with no schedule or a bad option
 * @example
 * preparedContribution(2024, [["accompagnement"]], []).totalCents(1209); // 193440
 */
export function preparedContribution(
  year: number,
  options: unknown[][] | null,
  workbookEntries: readonly ScheduleEntry[]
): PreparedContribution {
  const text = workbookEntries.length === 0 ? optionsCacheKey(options) : null;
  if (text === null) return prepare(year, options, workbookEntries);
  let byYear = prepared.get(text);
  const known = byYear?.get(year);
  if (known) return known;
  const fresh = prepare(year, options, workbookEntries);
  if (!byYear) {
    if (prepared.size >= MAX_CACHED_OPTION_TEXTS) prepared.clear();
    byYear = new Map();
    prepared.set(text, byYear);
  }
  byYear.set(year, fresh);
  return fresh;
}
