import { schoolsEquipped } from "../phasing/schoolsEquipped";
import { memberColumn } from "./columnName";
import { memberKey } from "../membership/memberKey";
import { owesYear } from "../membership/owesYear";
import { changeText, movedMoreThanAFifth } from "./pupilChange";
import { pupilsBilled, type BilledPupils } from "../membership/pupilsBilled";
import { MESSAGES } from "./registerMessages";
import { REGISTER_TABLES, registerWarning, type RegisterProblem } from "./RegisterProblem";
import type { JournalEntry, Member, Register } from "./types";

/** The member's last statement of a year still in force: latest date, then latest row. */
function lastStatement(register: Register, member: Member, year: number): JournalEntry | null {
  const key = memberKey(member.name);
  const entries = register.journal.filter(
    (entry) => entry.year === year && entry.status === "issued" && memberKey(entry.member) === key
  );
  return entries.reduce<JournalEntry | null>(
    (last, entry) =>
      !last || entry.date > last.date || (entry.date === last.date && entry.row > last.row)
        ? entry
        : last,
    null
  );
}

function schoolWarnings(member: Member, billed: BilledPupils, year: number): string[] {
  const messages: string[] = [];
  const total = billed.schools.reduce((sum, school) => sum + school.pupils, 0);
  if (member.pupils !== null && member.pupils !== total)
    messages.push(MESSAGES.pupilsDifferFromSchools(total));
  const first = Math.min(...billed.schools.map((school) => school.firstYear));
  const expected = schoolsEquipped(billed.schools.length, first, year);
  if (billed.equipped !== expected)
    messages.push(MESSAGES.phasing(year, billed.equipped, expected, billed.schools.length, first));
  return messages;
}

function changeWarning(register: Register, member: Member, year: number): string[] {
  const last = lastStatement(register, member, year - 1);
  // Phased members gain schools each year by design: compare the schools already equipped last
  // year, so only a change of headcount is flagged.
  const comparable = pupilsBilled(member, register.schools, year - 1);
  const current = pupilsBilled(member, register.schools, year);
  if (!last || !comparable || !current) return [];
  const now = current.fromSchools ? comparable.pupils : current.pupils;
  if (!movedMoreThanAFifth(now, last.pupils)) return [];
  const scope = MESSAGES.pupilScope(year, current.fromSchools);
  const statement = `${last.number} de ${last.year}`;
  return [MESSAGES.pupilChange(scope, now, last.pupils, statement, changeText(now, last.pupils))];
}

/**
 * Warns about the pupils billed for an exercise, for each member who owes it (none of these
 * block generation):
 * - more than 20 % up or down on the member's last statement of the year before still in force
 *   (|now − before| × 5 > before; for a phased member, on the schools already equipped then);
 * - schools whose first years do not follow the four-year phasing (RULES.md §4);
 * - an "Élèves" cell that differs from the total of the member's schools (the schools are used).
 *
 * @param register - the register read
 * @param year - the exercise
 * @returns the warnings, on the member's "Élèves" cell
 * @example
 * checkPupils(register, 2025)[0]?.message; // "élèves 2025 : 6750, contre 5400 sur l'avis 2024-0002 de 2024 (+25,0 %) : …"
 */
export function checkPupils(register: Register, year: number): RegisterProblem[] {
  const column = memberColumn(register, "pupils");
  return register.members.flatMap((member) => {
    if (!owesYear(member, year)) return [];
    const billed = pupilsBilled(member, register.schools, year);
    if (!billed) return [];
    const messages = [
      ...changeWarning(register, member, year),
      ...(billed.fromSchools ? schoolWarnings(member, billed, year) : []),
    ];
    const value = String(billed.fromSchools ? (member.pupils ?? "") : billed.pupils);
    return messages.map((message) =>
      registerWarning({ table: REGISTER_TABLES.members, row: member.row, column, value, message })
    );
  });
}
