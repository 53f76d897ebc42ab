import type { Member, School } from "../../../src/domain/register/types";
import type { NumberedStatement } from "../../../src/domain/statements/types";
import { register } from "./fixtures";
import { generate } from "./generations";

/**
 * Numbered statements of a first generation for the given members.
 *
 * @param members - the members
 * @param year - the exercise
 * @param schools - the Schools table
 * @returns the statements, numbered from year-0001 and dated 1 March of the year
 */
export function numbered(
  members: readonly Member[],
  year = 2025,
  schools: readonly School[] = []
): NumberedStatement[] {
  return [...generate(register(members, { schools }), year, `${year}-03-01`).result.statements];
}

/**
 * The single statement of a first generation for one member.
 *
 * @param one - the member
 * @param year - the exercise
 * @returns its statement
 */
export function numberedOne(one: Member, year = 2025): NumberedStatement {
  const [statement] = numbered([one], year);
  if (statement === undefined) throw new Error(`${one.name} owes nothing in ${year}`);
  return statement;
}
