import { isValidUai } from "../identifiers/uai";
import { schoolColumn } from "./columnName";
import { memberKey } from "../membership/memberKey";
import { MESSAGES } from "./registerMessages";
import { REGISTER_TABLES, registerError, type RegisterProblem } from "./RegisterProblem";
import type { Register, School } from "./types";

/**
 * Checks the Écoles table against itself and the members: each UAI has the right check letter
 * (RULES.md §8; a leading zero lost by the spreadsheet was restored when reading), no UAI is
 * given twice (reported on the later row), and each school names a member of the Membres table
 * (ignoring case, accents and spacing). While a member row has no name (a reading error), schools
 * are not reported as of an unknown member: they may well be that member's.
 *
 * @param register - the register read
 * @returns the errors, in row order
 * @example
 * checkSchools(register)[0]?.message; // "UAI invalide : 7 chiffres et une lettre de contrôle attendus …"
 */
export function checkSchools(register: Register): RegisterProblem[] {
  const table = REGISTER_TABLES.schools;
  const members = new Set(register.members.map((member) => memberKey(member.name)));
  const nameless = members.has("");
  const seen = new Map<string, School>();
  const uaiColumn = schoolColumn(register, "uai");
  const memberColumnName = schoolColumn(register, "member");
  const problems: RegisterProblem[] = [];
  for (const school of register.schools) {
    const at = { table, row: school.row, column: uaiColumn, value: school.uai };
    const earlier = seen.get(school.uai);
    if (school.uai !== "" && !isValidUai(school.uai))
      problems.push(registerError({ ...at, message: MESSAGES.badUai }));
    if (earlier)
      problems.push(registerError({ ...at, message: MESSAGES.duplicateUai(earlier.row) }));
    else if (school.uai !== "") seen.set(school.uai, school);
    if (!nameless && school.member !== "" && !members.has(memberKey(school.member))) {
      problems.push(
        registerError({
          table,
          row: school.row,
          column: memberColumnName,
          value: school.member,
          message: MESSAGES.unknownMember,
        })
      );
    }
  }
  return problems;
}
