import { checkYear } from "../dates/checkYear";
import { frenchDate } from "../text/frenchText";
import type { SchoolYear } from "./types";

/**
 * The school year whose contributions are called in an exercise (RULES.md §5, charter art. 4.4):
 * the one that ends on 31 August of the exercise, its charges being known only then.
 *
 * @param exercise - the exercise of the statements
 * @returns the school year
 * @throws DomainError for a year that is not a whole number from 1900 to 9999
 * @example
 * schoolYearOf(2025); // { exercise: 2025, start: "2024-09-01", end: "2025-08-31", label: "2024-2025" }
 */
export function schoolYearOf(exercise: number): SchoolYear {
  checkYear(exercise);
  return {
    exercise,
    start: `${exercise - 1}-09-01`,
    end: `${exercise}-08-31`,
    label: `${exercise - 1}-${exercise}`,
  };
}

/**
 * Whether an ISO date falls within a school year (both ends included).
 *
 * @param date - ISO date
 * @param schoolYear - the school year
 * @returns true from 1 September to 31 August
 * @example
 * inSchoolYear("2025-08-31", schoolYearOf(2025)); // true
 */
export function inSchoolYear(date: string, schoolYear: SchoolYear): boolean {
  return date >= schoolYear.start && date <= schoolYear.end;
}

/**
 * The school year written the French way.
 *
 * @param schoolYear - the school year
 * @returns e.g. "année scolaire 2024-2025 (du 01/09/2024 au 31/08/2025)"
 * @example
 * schoolYearText(schoolYearOf(2025)); // "année scolaire 2024-2025 (du 01/09/2024 au 31/08/2025)"
 */
export function schoolYearText(schoolYear: SchoolYear): string {
  return `année scolaire ${schoolYear.label} (du ${frenchDate(schoolYear.start)} au ${frenchDate(schoolYear.end)})`;
}
