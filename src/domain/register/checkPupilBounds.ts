import { owesYear } from "../membership/owesYear";
import { pupilsBilled } from "../membership/pupilsBilled";
import { memberColumn, schoolColumn } from "./columnName";
import { PUPIL_BOUNDS, pupilCount } from "./pupilBounds";
import { MESSAGES } from "./registerMessages";
import {
  REGISTER_TABLES,
  registerError,
  registerWarning,
  type RegisterProblem,
} from "./RegisterProblem";
import type { Register } from "./types";

const MEMBER_LIMIT = pupilCount(PUPIL_BOUNDS.plausibleMember);
const SHARE = `un cinquième des ${pupilCount(PUPIL_BOUNDS.possible)} élèves du premier degré de la région`;

/**
 * Checks pupil counts against what is plausible and possible (PUPIL_BOUNDS; a single cell past
 * what is possible is already a reading error):
 * - a member's "Élèves" cell above 100 000, a school's above 2 000: a warning, whatever the year;
 * - for each member who owes the exercise and is billed from its schools, the pupils of the
 *   schools equipped that year: above the region's 500 000 an error, above 100 000 a warning, on
 *   the member's "Élèves" cell.
 *
 * @param register - the register read
 * @param year - the exercise
 * @returns the problems
 * @example
 * checkPupilBounds(registerWithASchoolOf(2500), 2025)[0]?.severity; // "warning"
 */
export function checkPupilBounds(register: Register, year: number): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const members = REGISTER_TABLES.members;
  const pupilsColumn = memberColumn(register, "pupils");
  for (const member of register.members) {
    const at = { table: members, row: member.row, column: pupilsColumn };
    if (member.pupils !== null && member.pupils > PUPIL_BOUNDS.plausibleMember) {
      const message = MESSAGES.implausibleMemberPupils(MEMBER_LIMIT, SHARE);
      problems.push(registerWarning({ ...at, value: String(member.pupils), message }));
    }
    if (!owesYear(member, year)) continue;
    const billed = pupilsBilled(member, register.schools, year);
    if (!billed?.fromSchools) continue;
    const total = pupilCount(billed.pupils);
    const value = String(member.pupils ?? "");
    if (billed.pupils > PUPIL_BOUNDS.possible) {
      const limit = pupilCount(PUPIL_BOUNDS.possible);
      const message = MESSAGES.impossibleSchoolsTotal(year, total, limit);
      problems.push(registerError({ ...at, value, message }));
    } else if (billed.pupils > PUPIL_BOUNDS.plausibleMember) {
      const message = MESSAGES.implausibleSchoolsTotal(year, total, MEMBER_LIMIT);
      problems.push(registerWarning({ ...at, value, message }));
    }
  }
  const column = schoolColumn(register, "pupils");
  for (const school of register.schools) {
    if (school.pupils <= PUPIL_BOUNDS.plausibleSchool) continue;
    const message = MESSAGES.implausibleSchoolPupils(pupilCount(PUPIL_BOUNDS.plausibleSchool));
    problems.push(
      registerWarning({
        table: REGISTER_TABLES.schools,
        row: school.row,
        column,
        value: String(school.pupils),
        message,
      })
    );
  }
  return problems;
}
