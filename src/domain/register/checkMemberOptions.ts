import { isDomainError } from "../errors/DomainError";
import { GENERAL_OPTIONS } from "../options/acceptedOptions";
import { parseOptionsText } from "../options/parseOptions";
import { resolveOptions } from "../options/resolveOptions";
import type { Schedule, ScheduleEntry } from "../schedules/types";
import { memberColumn } from "./columnName";
import { partYearMonths } from "./partYearMonths";
import { frenchDate, MESSAGES } from "./registerMessages";
import {
  REGISTER_TABLES,
  registerError,
  registerWarning,
  type RegisterProblem,
} from "./RegisterProblem";
import type { Member, Register } from "./types";

const MONTH_KEYS: readonly string[] = GENERAL_OPTIONS.months;

/**
 * Checks a member's options against the schedule of the exercise, as ENT.CONTRIB would (unknown
 * keyword, option of another schedule, bad value, option given twice: the domain's message, on
 * the "Options" cell). When the member joins or leaves during the year and its options say no
 * mois=N, warns that the full year is due, with the months it would be.
 *
 * @param register - the register read (for column names)
 * @param member - a member who owes the exercise
 * @param schedule - the schedule of the exercise
 * @param workbookEntries - rows of a workbook schedule table, if any
 * @returns the problems of this member's options
 * @example
 * checkMemberOptions(register, { ...pevele, options: "mobile" }, scheduleForYear(2024))[0]?.message; // "L'option « mobile » n'existe pas dans le barème de 2024 …"
 */
export function checkMemberOptions(
  register: Register,
  member: Member,
  schedule: Schedule,
  workbookEntries: readonly ScheduleEntry[] = []
): RegisterProblem[] {
  const table = REGISTER_TABLES.members;
  let monthsGiven: boolean;
  try {
    const options = parseOptionsText(member.options);
    resolveOptions(options, schedule, workbookEntries);
    monthsGiven = options.some((option) => MONTH_KEYS.includes(option.key));
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const column = memberColumn(register, "options");
    const where = { table, row: member.row, column, value: member.options };
    return [registerError({ ...where, message: error.message })];
  }
  const part = partYearMonths(member, schedule.year);
  if (!part || monthsGiven) return [];
  const events = [
    ...(part.transfer ? [["transfert", "transferDate", member.transferDate] as const] : []),
    ...(part.withdrawal
      ? [["retrait", "withdrawalDate", member.withdrawalDate ?? ""] as const]
      : []),
  ];
  return events.map(([event, field, date]) =>
    registerWarning({
      table,
      row: member.row,
      column: memberColumn(register, field),
      value: frenchDate(date),
      message: MESSAGES.partYear(event, date, schedule.year, part.months),
    })
  );
}
