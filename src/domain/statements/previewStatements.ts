import { computeContribution } from "../contribution/computeContribution";
import { isDomainError } from "../errors/DomainError";
import { memberOptionsForYear } from "../membership/optionsForYear";
import { resolveOptions } from "../options/resolveOptions";
import type { Member, Register } from "../register/types";
import { scheduleForYear } from "../schedules/scheduleForYear";
import type { ScheduleEntry } from "../schedules/types";
import { checkYear } from "../dates/checkYear";
import { checkIsoDate } from "../dates/isoDate";
import { draftWarnings } from "./draftWarnings";
import { memberKey } from "../membership/memberKey";
import { RECOVERY_THRESHOLD_CENTS } from "./messages";
import { owesYear } from "../membership/owesYear";
import { issuerPreviewChecks } from "./issuerPreviewChecks";
import { previewTotals } from "./previewTotals";
import { pupilsBilledWithPhasing } from "./pupilsBilledWithPhasing";
import type { PreviewProblem, StatementDraft, StatementPreview } from "./types";

/**
 * Works out the statements of an exercise from the register, before anything is written: which
 * members owe the year (RULES.md §6), their pupils (schools equipped, §4), their lines from
 * computeContribution (schedule of the year, §2, with the member's options), warnings and totals.
 * A member whose line cannot be worked out (unknown option, no pupil count, a malformed date…)
 * is listed in `problems` with the French message, and the others are still computed, so the
 * user sees every problem at once. Members named twice (ignoring case and accents) are problems
 * too: statements are tied to members by name in the journal.
 *
 * @param register - members, schools, settings and journal read from the workbook
 * @param year - the exercise
 * @param workbookScheduleEntries - rows of a workbook schedule table, already validated
 * @returns drafts in the Members table's order, problems, warnings and totals
 * @throws DomainError for a bad year or when no schedule covers it (nothing can be computed)
 * @example
 * previewStatements({ members: [hem], schools: [], settings, journal: [] }, 2024).totals.totalCents;
 * // 157170 (1 209 pupils × 1,30 €)
 */
export function previewStatements(
  register: Register,
  year: number,
  workbookScheduleEntries: readonly ScheduleEntry[] = []
): StatementPreview {
  checkYear(year);
  const schedule = scheduleForYear(year, workbookScheduleEntries);
  const drafts: StatementDraft[] = [];
  const { problems, warnings } = issuerPreviewChecks(register);
  const firstRowOf = new Map<string, number>();
  for (const member of register.members) {
    const key = memberKey(member.name);
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      problems.push(problemOf(member, duplicateMessage(member, earlier)));
      continue;
    }
    firstRowOf.set(key, member.row);
    try {
      checkIsoDate(member.transferDate, `date de transfert de « ${member.name} »`);
      if (member.withdrawalDate !== null) {
        checkIsoDate(member.withdrawalDate, `date de retrait de « ${member.name} »`);
      }
      if (!owesYear(member, year)) continue;
      const pupils = pupilsBilledWithPhasing(member, register.schools, year);
      // The Membres options, those of the exercise, and the part year (decision 0014).
      const { options } = memberOptionsForYear(register, member, schedule);
      const plan = resolveOptions(options, schedule, workbookScheduleEntries);
      const contribution = computeContribution(plan, pupils.pupils);
      const belowThreshold = contribution.totalCents < RECOVERY_THRESHOLD_CENTS;
      const facts = { member, year, months: plan.months, belowThreshold };
      drafts.push({
        member,
        year,
        pupils,
        contribution,
        belowThreshold,
        warnings: draftWarnings({ ...facts, pupilWarnings: pupils.warnings }),
      });
    } catch (error) {
      // Only domain errors are the user's to fix; anything else is a bug and must surface.
      if (!isDomainError(error)) throw error;
      problems.push(problemOf(member, error.message));
    }
  }
  return { year, drafts, problems, warnings, totals: previewTotals(drafts) };
}

function problemOf(member: Member, message: string): PreviewProblem {
  return { member: member.name, row: member.row, message };
}

function duplicateMessage(member: Member, earlierRow: number): string {
  return `Membre « ${member.name} » présent deux fois dans la table des membres (lignes ${earlierRow} et ${member.row}) : les appels sont rattachés aux membres par leur nom, gardez une seule ligne.`;
}
