import type { Member } from "../register/types";

/**
 * Tells whether a member owes the contribution of an exercise (RULES.md §6): its transfer took
 * effect on or before 31 December of the year, and it had not withdrawn before 1 January. As the
 * rule reads, a withdrawal dated 1 January still owes that year. A member whose transfer date could not be read is treated as owing, so
 * that its other cells are checked.
 *
 * @param member - the member
 * @param year - the exercise
 * @returns true when the contribution of that year is due (full year unless options say mois=N)
 * @example
 * owesYear({ transferDate: "2024-01-01", withdrawalDate: null }, 2023); // false
 * owesYear({ transferDate: "2019-01-01", withdrawalDate: "2022-12-31" }, 2023); // false
 */
export function owesYear(
  member: Pick<Member, "transferDate" | "withdrawalDate">,
  year: number
): boolean {
  const joined = member.transferDate === "" || member.transferDate <= `${year}-12-31`;
  const stillIn = member.withdrawalDate === null || member.withdrawalDate >= `${year}-01-01`;
  return joined && stillIn;
}
