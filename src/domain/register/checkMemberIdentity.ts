import { failedSiretKey } from "../identifiers/siren";
import { memberColumn } from "./columnName";
import { memberKey } from "../membership/memberKey";
import { MESSAGES } from "./registerMessages";
import {
  REGISTER_TABLES,
  registerError,
  registerWarning,
  type RegisterProblem,
} from "./RegisterProblem";
import type { Member, Register } from "./types";

const TABLE = REGISTER_TABLES.members;

function siretProblem(member: Member, existing: boolean, column: string): RegisterProblem | null {
  const where = { table: TABLE, row: member.row, column, value: member.siret };
  if (!/^\d{14}$/.test(member.siret)) {
    return registerError({ ...where, message: MESSAGES.siretShape(member.siret.length) });
  }
  const failed = failedSiretKey(member.siret);
  if (failed === null) return null;
  // A member already billed with this SIRET: its number may be genuine (RULES.md §8 shows one
  // printed SIRET that fails), so flag it without blocking. A new member must get it right. The
  // SIREN's key (its first nine digits) is checked as the SIRET's own, with the same severity.
  if (existing) {
    const message = failed === "siret" ? MESSAGES.siretCheckExisting : MESSAGES.sirenCheckExisting;
    return registerWarning({ ...where, message });
  }
  const message = failed === "siret" ? MESSAGES.siretCheck : MESSAGES.sirenCheck;
  return registerError({ ...where, message });
}

/**
 * Checks who the members are, whatever the exercise: no member twice (same name ignoring case,
 * accents and spacing, or same SIRET: reported on the later row), and each SIRET given is 14
 * digits with a right check digit, starting with a SIREN (9 digits) with a right check digit too.
 * A wrong check digit, the SIRET's or its SIREN's, is an error for a new member and a warning for
 * an existing one (a member with an entry in the journal, any year).
 *
 * @param register - the register read
 * @returns the problems, in row order
 * @example
 * checkMemberIdentity(registerWithTwoHems)[0]?.message; // "membre en double : même nom qu'à la ligne 2."
 */
export function checkMemberIdentity(register: Register): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const billed = new Set(register.journal.map((entry) => memberKey(entry.member)));
  const byName = new Map<string, Member>();
  const bySiret = new Map<string, Member>();
  const nameColumn = memberColumn(register, "name");
  const siretColumn = memberColumn(register, "siret");
  for (const member of register.members) {
    const key = memberKey(member.name);
    const sameName = key === "" ? undefined : byName.get(key);
    if (sameName) {
      problems.push(
        registerError({
          table: TABLE,
          row: member.row,
          column: nameColumn,
          value: member.name,
          message: MESSAGES.duplicateName(sameName.row),
        })
      );
    } else if (key !== "") byName.set(key, member);
    if (member.siret === "") continue;
    const sameSiret = bySiret.get(member.siret);
    if (sameSiret) {
      problems.push(
        registerError({
          table: TABLE,
          row: member.row,
          column: siretColumn,
          value: member.siret,
          message: MESSAGES.duplicateSiret(sameSiret.row),
        })
      );
    } else bySiret.set(member.siret, member);
    const problem = siretProblem(member, billed.has(key), siretColumn);
    if (problem) problems.push(problem);
  }
  return problems;
}
