import type { Member } from "../register/types";
import type { SchoolYear } from "./types";

/**
 * Whether a member shares the charges of a school year (RULES.md §5, charter art. 4.1): its
 * transfer took effect on or before the last day of the school year, and it had not withdrawn
 * before its first day. Decision: a member whose access started during the school year shares
 * it in full, with its beneficiary pupils, without proration.
 *
 * @param member - the member (ISO dates)
 * @param schoolYear - the school year
 * @returns true when it shares the year
 * @example
 * sharesSchoolYear({ transferDate: "2025-01-01", withdrawalDate: null }, schoolYearOf(2025)); // true
 */
export function sharesSchoolYear(
  member: Pick<Member, "transferDate" | "withdrawalDate">,
  schoolYear: SchoolYear
): boolean {
  if (member.transferDate === "" || member.transferDate > schoolYear.end) return false;
  return member.withdrawalDate === null || member.withdrawalDate >= schoolYear.start;
}
