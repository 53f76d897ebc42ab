import type { AttendanceProblem, AttendanceRow } from "./attendance";
import { resolveProxies, type ProxyLimit } from "./resolveProxies";

/**
 * Checks the proxies of a sitting against the rule in force: each holder is a delegate of the
 * table and present, each giver is not present, and no holder carries more proxies than the rule
 * allows (statutes art. 8.3: one; temporary regimes: two).
 *
 * @param rows - the attendance table
 * @param rule - the quorum rule in force (ruleInForce), for its proxy limit and source
 * @returns the problems, each with its row number and a French sentence; none when all hold
 * @example
 * checkProxies([
 *   { delegate: "Mme A", body: "Nord", status: "excused", proxyTo: "Mme B", vote: "for" },
 *   { delegate: "Mme B", body: "Nord", status: "absent", proxyTo: null, vote: null },
 * ], STATUTES_QUORUM)[0]?.message;
 * // "Ligne 1 : Mme A donne pouvoir à Mme B, qui n'est pas présent (absent) : seul un membre présent porte un pouvoir."
 */
export function checkProxies(
  rows: readonly AttendanceRow[],
  rule: ProxyLimit
): readonly AttendanceProblem[] {
  return resolveProxies(rows, rule).problems;
}
