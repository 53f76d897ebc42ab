import { addDays } from "../dates/isoDate";
import { frenchDate } from "../text/frenchText";
import type { SchoolYear } from "./types";

/**
 * Checks the date of issue of the sharing method's statements: they are called after the end of
 * the school year, on the expenses actually paid (RULES.md §5, charter art. 4.4), so the date of
 * issue is after its 31 August.
 *
 * @param issueDate - the date of issue, ISO
 * @param schoolYear - the school year called
 * @returns the French message when the date is too early, else null
 * @example
 * sharingIssueDateProblem("2025-08-31", schoolYearOf(2025)); // "Date d'émission du 31/08/2025 : …"
 */
export function sharingIssueDateProblem(issueDate: string, schoolYear: SchoolYear): string | null {
  if (issueDate > schoolYear.end) return null;
  return `Date d'émission du ${frenchDate(issueDate)} : les contributions de l'année scolaire ${schoolYear.label} sont appelées après sa fin (charte, art. 4.4), donc à partir du ${frenchDate(addDays(schoolYear.end, 1))}. Choisissez une date d'émission postérieure au ${frenchDate(schoolYear.end)}.`;
}
