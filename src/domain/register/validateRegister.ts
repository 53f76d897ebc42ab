import { scheduleForYear } from "../schedules/scheduleForYear";
import type { ScheduleEntry } from "../schedules/types";
import { checkExerciseOptions } from "./checkExerciseOptions";
import { checkJournal } from "./checkJournal";
import { checkMemberDates } from "./checkMemberDates";
import { checkMemberIdentity } from "./checkMemberIdentity";
import { checkMembersForYear } from "./checkMembersForYear";
import { checkPupilBounds } from "./checkPupilBounds";
import { checkPupils } from "./checkPupils";
import { checkSchools } from "./checkSchools";
import { sortProblems, type RegisterProblem } from "./RegisterProblem";
import type { Register } from "./types";

/**
 * Validates a register for an exercise, before anything is written. Errors block generation:
 * a bad UAI or SIRET (a wrong SIRET check digit is only a warning for a member already in the
 * journal), a duplicate member, UAI or statement number, withdrawal before transfer, a school of
 * an unknown member, and, for members who owe the year (RULES.md §6), a missing SIRET, missing
 * pupils, a required Chorus Pro code left empty, options invalid in that year's schedule (the
 * Membres options and the exercise's row of "Options par exercice"), schools of a member
 * totalling more pupils than the region has; in "Options par exercice", a row of an unknown
 * member or a member's second row for an exercise. Warnings do not block: pupils more than 20 %
 * away from last year's statement, phasing, pupils beyond what is plausible (PUPIL_BOUNDS), a
 * transfer or withdrawal during the year (full year due unless mois=N or prorata des mois),
 * mois=N for a member who belongs all year, mois=N that the dates do not give, a row of "Options
 * par exercice" for an exercise the member does not owe. Cells that could not be read (Excel
 * error values, a number in a date cell, pupils beyond the region's) are readRegister's problems.
 *
 * @param register - the register read by readRegister
 * @param year - the exercise to generate
 * @param workbookScheduleEntries - rows of a workbook schedule table, already validated
 * @returns the problems, sorted by table then row
 * @throws DomainError when no schedule covers the year (before 2019 with the built-in schedules)
 * @example
 * validateRegister(readRegister(tables).register, 2025).filter((p) => p.severity === "error"); // []
 */
export function validateRegister(
  register: Register,
  year: number,
  workbookScheduleEntries: readonly ScheduleEntry[] = []
): RegisterProblem[] {
  const schedule = scheduleForYear(year, workbookScheduleEntries);
  // A member row without a name is a reading error; checking what it owes would only add noise.
  const named = { ...register, members: register.members.filter((m) => m.name !== "") };
  return sortProblems([
    ...checkMemberIdentity(register),
    ...checkMemberDates(register),
    ...checkMembersForYear(named, schedule, workbookScheduleEntries),
    ...checkPupils(named, year),
    ...checkPupilBounds(named, year),
    ...checkSchools(register),
    ...checkJournal(register),
    ...checkExerciseOptions(register),
  ]);
}
