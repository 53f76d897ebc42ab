import type { ContributionPlan } from "../domain/options/resolveOptions";
import { resolveOptions } from "../domain/options/resolveOptions";
import { scheduleForYear } from "../domain/schedules/scheduleForYear";
import type { ScheduleEntry } from "../domain/schedules/types";
import { optionsCacheKey, readOptions } from "./arguments/readOptions";

const MAX_CACHED_PLANS = 4096;
const plans = new Map<string, ContributionPlan>();

/**
 * The plan (schedule of the year and resolved options) for a contribution. A workbook typically
 * holds many formulas with the same year and options text: those plans are resolved once and
 * kept, which makes a recalculation of thousands of cells cheap. Plans read from a range of
 * options or with a workbook schedule are not cached.
 *
 * @param year - the exercise
 * @param options - the options argument as Excel passes it
 * @param workbookEntries - rows of the workbook schedule (none when omitted)
 * @returns the plan
 * @throws DomainError for a year with no schedule or a bad option
 * @example
 * planFor(2024, [["accompagnement"]], []).components.length; // 2
 */
export function planFor(year: number, options: unknown[][] | null, workbookEntries: readonly ScheduleEntry[]): ContributionPlan {
  const optionsKey = workbookEntries.length === 0 ? optionsCacheKey(options) : null;
  const key = optionsKey === null ? null : `${year}\u0000${optionsKey}`;
  const cached = key === null ? undefined : plans.get(key);
  if (cached) return cached;
  const plan = resolveOptions(readOptions(options), scheduleForYear(year, workbookEntries), workbookEntries);
  if (key !== null) {
    if (plans.size >= MAX_CACHED_PLANS) plans.clear();
    plans.set(key, plan);
  }
  return plan;
}
