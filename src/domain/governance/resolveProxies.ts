import { rowNumber, type AttendanceProblem, type AttendanceRow } from "./attendance";
import { cutEcho, quoteEcho } from "../text/echoValue";
import { countOf } from "../text/frenchText";
import { matchDelegate } from "./matchDelegate";
import type { QuorumRule } from "./types";

/** The proxies of a sitting: the holder of each row's valid proxy, and what is wrong with the others. */
export interface ResolvedProxies {
  /** For each row, the index of the present member who validly carries its proxy, else null. */
  readonly holders: readonly (number | null)[];
  readonly problems: readonly AttendanceProblem[];
}

/** The part of a quorum rule that limits proxies. */
export type ProxyLimit = Pick<QuorumRule, "maxProxiesPerHolder" | "source">;

const ATTENDANCE_STATUS_TEXT = { present: "présent", excused: "excusé", absent: "absent" } as const;

/**
 * Works out who carries each proxy, and which proxies do not hold: given by a member present,
 * to a name that is no delegate or could be several, to the member itself, to a member who is not
 * present, or beyond the number of proxies a holder may carry (the extra ones, in table order,
 * are not counted).
 *
 * @param rows - the attendance table
 * @param limit - the proxy limit of the rule in force, with its source; none: no limit
 * @returns the holders of the valid proxies and the problems, in table order
 * @example
 * resolveProxies(sitting2022_14, STATUTES_QUORUM).problems; // []
 */
export function resolveProxies(
  rows: readonly AttendanceRow[],
  limit?: ProxyLimit
): ResolvedProxies {
  const names = rows.map((row) => row.delegate);
  // Names and texts are repeated cut: a cell may hold thousands of characters.
  const nameOf = (row: AttendanceRow): string => cutEcho(row.delegate);
  const carried = new Map<number, number>();
  const problems: AttendanceProblem[] = [];
  const holders = rows.map((row, index): number | null => {
    if (row.proxyTo === null || row.proxyTo.trim() === "") return null;
    const line = rowNumber(rows, index);
    const problem = (message: string): null => {
      problems.push({ row: line, delegate: row.delegate, message: `Ligne ${line} : ${message}` });
      return null;
    };
    const given = quoteEcho(row.proxyTo.trim());
    const delegate = nameOf(row);
    if (row.status === "present") {
      return problem(
        `${delegate} est présent et donne pourtant pouvoir à ${given} : un membre présent vote lui-même, ce pouvoir est ignoré.`
      );
    }
    const match = matchDelegate(row.proxyTo, names);
    if (match.kind === "none") {
      return problem(
        `${delegate} donne pouvoir à ${given}, qui n'est pas dans la liste des délégués.`
      );
    }
    if (match.kind === "several") {
      const candidates = match.indexes.map((i) => cutEcho(names[i] ?? "")).join(" ou ");
      return problem(
        `${given} peut désigner ${candidates} : écrivez le nom complet du porteur du pouvoir de ${delegate}.`
      );
    }
    const holder = rows[match.index];
    if (match.index === index || holder === undefined) {
      return problem(`${delegate} ne peut pas se donner pouvoir à lui-même.`);
    }
    if (holder.status !== "present") {
      return problem(
        `${delegate} donne pouvoir à ${nameOf(holder)}, qui n'est pas présent (${ATTENDANCE_STATUS_TEXT[holder.status]}) : seul un membre présent porte un pouvoir.`
      );
    }
    const count = carried.get(match.index) ?? 0;
    if (limit && count >= limit.maxProxiesPerHolder) {
      return problem(
        `${nameOf(holder)} porte déjà ${countOf(count, "pouvoir")}, le plus permis (${limit.source}) : le pouvoir de ${delegate} n'est pas compté.`
      );
    }
    carried.set(match.index, count + 1);
    return match.index;
  });
  return { holders, problems };
}
