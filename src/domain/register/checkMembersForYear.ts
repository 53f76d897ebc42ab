import type { Schedule, ScheduleEntry } from "../schedules/types";
import { checkMemberOptions } from "./checkMemberOptions";
import { memberColumn } from "./columnName";
import { owesYear } from "../membership/owesYear";
import { pupilsBilled } from "../membership/pupilsBilled";
import { MESSAGES } from "./registerMessages";
import { REGISTER_TABLES, registerError, type RegisterProblem } from "./RegisterProblem";
import type { Member, Register } from "./types";

function missing(register: Register, member: Member, problems: RegisterProblem[], year: number) {
  const table = REGISTER_TABLES.members;
  const at = (field: Parameters<typeof memberColumn>[1], message: string) =>
    problems.push(
      registerError({
        table,
        row: member.row,
        column: memberColumn(register, field),
        value: "",
        message,
      })
    );
  if (member.siret === "") at("siret", MESSAGES.missingSiret(year));
  if (pupilsBilled(member, register.schools, year) === null)
    at("pupils", MESSAGES.missingPupils(year));
  if (member.serviceCodeRequired && member.serviceCode === "")
    at("serviceCode", MESSAGES.missingServiceCode);
  if (member.engagementRequired && member.engagementNumber === "")
    at("engagementNumber", MESSAGES.missingEngagement);
}

/**
 * Checks what a statement of the exercise needs from each member who owes it (RULES.md §6, §9):
 * a SIRET, pupils (its own cell or schools), the Chorus Pro service code and engagement number
 * when it requires them, and options valid in the schedule of the year. Members who do not owe
 * the year (not yet in, or gone before it) are not checked here: their identifiers are checked
 * by checkMemberIdentity whatever the year.
 *
 * @param register - the register read
 * @param schedule - the schedule of the exercise (its year is the exercise)
 * @param workbookEntries - rows of a workbook schedule table, if any
 * @returns the problems, in row order
 * @example
 * checkMembersForYear(register, scheduleForYear(2025)); // [] for a complete register
 */
export function checkMembersForYear(
  register: Register,
  schedule: Schedule,
  workbookEntries: readonly ScheduleEntry[] = []
): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  for (const member of register.members) {
    if (!owesYear(member, schedule.year)) continue;
    missing(register, member, problems, schedule.year);
    problems.push(...checkMemberOptions(register, member, schedule, workbookEntries));
  }
  return problems;
}
