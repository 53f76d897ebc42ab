import type { ScheduleEntry } from "../schedules/types";
import { readRegister, type RegisterTables } from "./readRegister";
import { sortProblems, type RegisterProblem } from "./RegisterProblem";
import type { Register } from "./types";
import { validateRegister } from "./validateRegister";

const place = (problem: RegisterProblem) => `${problem.table}|${problem.row}|${problem.column}`;

/**
 * Reads and validates the register for an exercise: the one call to make before generating
 * statements. When a table cannot be read (missing Membres table, header problems), only the
 * reading problems are returned: checks across tables would report noise. Otherwise validation
 * runs too, and its problems on a cell that already has a reading error are dropped (a pupils
 * cell reading "abc" is not also "missing pupils"). While reading errors remain, validation's
 * warnings are held back: they compare numbers (pupils against last year, phasing) and an
 * unreadable cell would make them wrong; they appear once the cells read cleanly.
 *
 * @param tables - each table's values, header row first
 * @param year - the exercise
 * @param workbookScheduleEntries - rows of a workbook schedule table, already validated
 * @returns the register and every problem, sorted by table then row
 * @throws DomainError when no schedule covers the year
 * @example
 * hasBlockingProblems(checkRegister(tables, 2025).problems); // false: generation may go on
 */
export function checkRegister(
  tables: RegisterTables,
  year: number,
  workbookScheduleEntries: readonly ScheduleEntry[] = []
): { register: Register; problems: RegisterProblem[] } {
  const { register, problems, readable } = readRegister(tables);
  if (!readable) return { register, problems: sortProblems(problems) };
  const unreadable = new Set(problems.filter((p) => p.severity === "error").map(place));
  const checked = validateRegister(register, year, workbookScheduleEntries).filter(
    (problem) =>
      !unreadable.has(place(problem)) && (unreadable.size === 0 || problem.severity === "error")
  );
  return { register, problems: sortProblems([...problems, ...checked]) };
}
