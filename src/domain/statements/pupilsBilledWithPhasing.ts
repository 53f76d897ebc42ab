import { DomainError } from "../errors/DomainError";
import { schoolsEquipped } from "../phasing/schoolsEquipped";
import type { Member, School } from "../register/types";
import { checkYear } from "../dates/checkYear";
import { pupilsBilled } from "../membership/pupilsBilled";
import { memberPupilsIgnored, phasingWarning } from "./messages";

/**
 * Pupils billed to a member for a year, and where the count comes from.
 *
 * @example
 * pupilsBilled(hem, hemSchools, 2025); // { pupils: 674, from: "schools", schools: 11, schoolsEquipped: 6, … }
 */
export interface PupilsBilledWithPhasing {
  /** Pupils billed. */
  readonly pupils: number;
  /** "member": the Members table's count; "schools": the schools equipped that year. */
  readonly from: "member" | "schools";
  /** The member's schools in the Schools table (0 when the count comes from the member). */
  readonly schools: number;
  /** Schools equipped that year: own first year ≤ year (0 when from the member). */
  readonly schoolsEquipped: number;
  /** Schools the quarter-a-year rhythm gives (RULES.md §4), null when from the member. */
  readonly expectedSchoolsEquipped: number | null;
  /** Phasing warning when the two differ; a note when the member's own count is set aside. */
  readonly warnings: readonly string[];
}

/**
 * Works out the pupils billed to a member for an exercise. A member with no school in the Schools
 * table is billed its own pupil count. Otherwise it is billed the pupils of its schools equipped
 * that year, each school counting from its own first year (School.firstYear ≤ year). When the
 * number of schools equipped differs from the quarter-a-year rhythm of RULES.md §4 (ceil(n × k / 4),
 * k counted from the member's earliest school), a warning says so; the schools' own years win,
 * since they are what was actually deployed.
 *
 * @param member - the member
 * @param schools - the whole Schools table (the member's schools are found by name)
 * @param year - the exercise
 * @returns the count and its origin
 * @throws DomainError when the member has neither schools nor a pupil count, or for a bad year
 * @example
 * pupilsBilledWithPhasing({ ...hem, pupils: 1209 }, [], 2024).pupils; // 1209
 */
export function pupilsBilledWithPhasing(
  member: Member,
  schools: readonly School[],
  year: number
): PupilsBilledWithPhasing {
  checkYear(year);
  const billed = pupilsBilled(member, schools, year);
  if (billed === null) {
    throw new DomainError(
      "missing-value",
      `Membre « ${member.name} » (ligne ${member.row}) : ni nombre d'élèves dans la table des membres, ni écoles dans la table des écoles.`
    );
  }
  if (!billed.fromSchools) {
    return {
      pupils: billed.pupils,
      from: "member",
      schools: 0,
      schoolsEquipped: 0,
      expectedSchoolsEquipped: null,
      warnings: [],
    };
  }
  const own = billed.schools;
  const earliest = Math.min(...own.map((school) => school.firstYear));
  const expected = schoolsEquipped(own.length, earliest, year);
  const allPupils = own.reduce((sum, school) => sum + school.pupils, 0);
  const warnings = [
    ...(billed.equipped === expected
      ? []
      : [phasingWarning(billed.equipped, expected, own.length, earliest, year)]),
    // Both counts given and different: say which one is billed rather than pick silently.
    ...(member.pupils !== null && member.pupils !== allPupils
      ? [memberPupilsIgnored(member.pupils, allPupils)]
      : []),
  ];
  return {
    pupils: billed.pupils,
    from: "schools",
    schools: own.length,
    schoolsEquipped: billed.equipped,
    expectedSchoolsEquipped: expected,
    warnings,
  };
}
