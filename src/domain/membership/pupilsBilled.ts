import { memberKey } from "./memberKey";
import type { Member, School } from "../register/types";

/**
 * The pupils billed to a member for a year, and where they come from.
 *
 * @example
 * { pupils: 685, fromSchools: true, equipped: 6, schools: hemSchools } // Hem, 2025
 */
export interface BilledPupils {
  /** Pupils billed. */
  readonly pupils: number;
  /** True when they come from the Écoles table (phased), false from the member's own cell. */
  readonly fromSchools: boolean;
  /** Schools equipped that year (first year ≤ year); 0 when not from schools. */
  readonly equipped: number;
  /** All the member's schools in the Écoles table. */
  readonly schools: readonly School[];
}

/**
 * The schools of a member: those whose "Membre" cell names it, ignoring case, accents and
 * spacing.
 *
 * @param member - the member
 * @param schools - every school of the register
 * @returns its schools, in table order
 * @example
 * schoolsOf(hem, register.schools).length; // 11
 */
export function schoolsOf(member: Pick<Member, "name">, schools: readonly School[]): School[] {
  return schoolsByMember(schools).get(memberKey(member.name)) ?? [];
}

/** Schools grouped by member key, per schools array: built once, not once per member. */
const groupedSchools = new WeakMap<readonly School[], Map<string, School[]>>();

function schoolsByMember(schools: readonly School[]): Map<string, School[]> {
  const known = groupedSchools.get(schools);
  if (known) return known;
  const grouped = new Map<string, School[]>();
  for (const school of schools) {
    const key = memberKey(school.member);
    const group = grouped.get(key);
    if (group) group.push(school);
    else grouped.set(key, [school]);
  }
  groupedSchools.set(schools, grouped);
  return grouped;
}

/**
 * The pupils billed to a member for an exercise (RULES.md §4). When the member has schools in the
 * Écoles table, they give the pupils: those of the schools equipped that year, a school being
 * equipped from its first year on, and the member's own "Élèves" cell is not used. Otherwise the
 * member's "Élèves" cell gives them.
 *
 * @param member - the member
 * @param schools - every school of the register
 * @param year - the exercise
 * @returns the pupils and where they come from, or null when there is nothing to bill from
 * @example
 * pupilsBilled(hem, register.schools, 2025)?.equipped; // 6 of Hem's 11 schools, phased from 2024
 */
export function pupilsBilled(
  member: Pick<Member, "name" | "pupils">,
  schools: readonly School[],
  year: number
): BilledPupils | null {
  const own = schoolsOf(member, schools);
  if (own.length === 0) {
    return member.pupils === null
      ? null
      : { pupils: member.pupils, fromSchools: false, equipped: 0, schools: [] };
  }
  const equipped = own.filter((school) => school.firstYear <= year);
  return {
    pupils: equipped.reduce((sum, school) => sum + school.pupils, 0),
    fromSchools: true,
    equipped: equipped.length,
    schools: own,
  };
}
