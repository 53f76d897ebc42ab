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

/** Options texts kept per year before that year's cache is emptied. */
const MAX_CACHED_OPTION_TEXTS = 1024;
/**
 * Year (as an index from 1900, see readYear), then options text. An array and a map, so a
 * lookup builds no key string: this runs for every ENT.CONTRIB cell of a recalculation.
 */
const preparedByYear: (Map<string, PreparedContribution> | undefined)[] = [];
const FIRST_YEAR = 1900;

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

/** The options text when the argument is omitted (""), or a single text cell; null otherwise. */
function cacheableText(options: unknown[][] | null): string | null {
  if (options === null) return "";
  const cell = options.length === 1 && options[0]?.length === 1 ? options[0][0] : undefined;
  return typeof cell === "string" ? cell : optionsCacheKey(options);
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
  const text = workbookEntries.length === 0 ? cacheableText(options) : null;
  if (text === null) return prepare(year, options, workbookEntries);
  const slot = year - FIRST_YEAR;
  let byText = preparedByYear[slot];
  const known = byText?.get(text);
  if (known !== undefined) return known;
  const fresh = prepare(year, options, workbookEntries);
  if (byText === undefined) {
    byText = new Map();
    preparedByYear[slot] = byText;
  } else if (byText.size >= MAX_CACHED_OPTION_TEXTS) {
    byText.clear();
  }
  byText.set(text, fresh);
  return fresh;
}
