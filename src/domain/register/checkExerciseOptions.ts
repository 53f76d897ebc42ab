import { memberKey } from "../membership/memberKey";
import { owesYear } from "../membership/owesYear";
import { exerciseOptionsColumn } from "./columnName";
import { MESSAGES } from "./registerMessages";
import {
  REGISTER_TABLES,
  registerError,
  registerWarning,
  type RegisterProblem,
} from "./RegisterProblem";
import type { ExerciseOptions, Member, Register } from "./types";

/**
 * Checks the "Options par exercice" table against itself and the members, whatever the exercise
 * (the options themselves are checked against the schedule of the exercise by
 * checkMemberOptions): each row names a member of the Membres table (ignoring case, accents and
 * spacing; an error otherwise), no member has two rows for the same exercise (an error on the
 * later row: which one would hold?), and a row for an exercise the member does not owe is a
 * warning, since it is never billed. While a member row has no name (a reading error), rows are
 * not reported as of an unknown member.
 *
 * @param register - the register read
 * @returns the problems, in row order
 * @example
 * checkExerciseOptions(register)[0]?.message; // "membre inconnu : aucun membre de ce nom dans le tableau Membres."
 */
export function checkExerciseOptions(register: Register): RegisterProblem[] {
  const table = REGISTER_TABLES.exerciseOptions;
  const members = new Map<string, Member>();
  for (const member of register.members) {
    const key = memberKey(member.name);
    if (!members.has(key)) members.set(key, member);
  }
  const nameless = members.has("");
  const seen = new Map<string, ExerciseOptions>();
  const memberColumnName = exerciseOptionsColumn(register, "member");
  const yearColumn = exerciseOptionsColumn(register, "year");
  const problems: RegisterProblem[] = [];
  for (const row of register.exerciseOptions ?? []) {
    if (row.member === "" || row.year === 0) continue;
    const key = memberKey(row.member);
    const at = { table, row: row.row, column: memberColumnName, value: row.member };
    const earlier = seen.get(`${key}|${row.year}`);
    if (earlier) {
      const message = MESSAGES.duplicateExerciseOptions(earlier.row, row.year);
      problems.push(registerError({ ...at, message }));
      continue;
    }
    seen.set(`${key}|${row.year}`, row);
    const member = members.get(key);
    if (!member) {
      if (!nameless) problems.push(registerError({ ...at, message: MESSAGES.unknownMember }));
      continue;
    }
    if (!owesYear(member, row.year)) {
      problems.push(
        registerWarning({
          table,
          row: row.row,
          column: yearColumn,
          value: String(row.year),
          message: MESSAGES.exerciseNotOwed(row.year, member.transferDate, member.withdrawalDate),
        })
      );
    }
  }
  return problems;
}
