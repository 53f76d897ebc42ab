import type { Member } from "./types";

function monthIndex(iso: string): number {
  return Number(iso.slice(5, 7)) - 1;
}

/**
 * When a member joins (after 1 January) or leaves during an exercise, the months it was a member
 * that year, a started month counting in full: the mois=N a user may want to write (RULES.md
 * §2.4). The contribution itself stays due for the full year unless the options say mois=N. The
 * withdrawal date counts as a day of membership, as in owesYear.
 *
 * @param member - the member
 * @param year - the exercise
 * @returns the events inside the year and the months, or null when it is a member all year
 * @example
 * partYearMonths({ transferDate: "2025-09-01", withdrawalDate: null }, 2025); // { transfer: true, withdrawal: false, months: 4 }
 */
export function partYearMonths(
  member: Pick<Member, "transferDate" | "withdrawalDate">,
  year: number
): { transfer: boolean; withdrawal: boolean; months: number } | null {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const transfer = member.transferDate > start && member.transferDate <= end;
  const leaving = member.withdrawalDate;
  const withdrawal = leaving !== null && leaving >= start && leaving <= end;
  if (!transfer && !withdrawal) return null;
  const first = transfer ? monthIndex(member.transferDate) : 0;
  const last = withdrawal ? monthIndex(leaving) : 11;
  return { transfer, withdrawal, months: Math.max(1, last - first + 1) };
}
