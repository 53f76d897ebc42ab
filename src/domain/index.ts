/**
 * The domain core: tariffs, money, options, phasing, allocation and identifiers. Pure
 * TypeScript: nothing here knows Office, Excel, React or the DOM.
 */
export { DomainError, isDomainError, type DomainErrorCode } from "./errors/DomainError";
export { normalizeKey } from "./text/normalizeKey";
export { assertCents, centsToEuros, multiplyCents, type Cents } from "./money/cents";
export { eurosToCents, parseEurosText } from "./money/parseEuros";
export { formatEuros } from "./money/formatEuros";
export { roundHalfAwayFromZero } from "./money/roundHalfAwayFromZero";
export { allocateLargestRemainder } from "./money/allocateLargestRemainder";
export { excelSerialToDate, parseDateText, toIsoDate } from "./dates/excelDates";
export type { Basis, ComponentKind, LegalSource, Schedule, ScheduleEntry } from "./schedules/types";
export { BUILTIN_SCHEDULE_ENTRIES, FIRST_BUILTIN_YEAR } from "./schedules/builtinSchedules";
export { scheduleForYear, findEntry } from "./schedules/scheduleForYear";
export { basisLabel, formatSource, kindLabel, optionSyntax } from "./schedules/describe";
export { parseScheduleTable, readScheduleTable } from "./schedules/readScheduleTable";
export { SCHEDULE_COLUMNS } from "./schedules/scheduleTableColumns";
export { parseOptionsRange, parseOptionsText, type RawOption } from "./options/parseOptions";
export { resolveOptions, type ContributionPlan } from "./options/resolveOptions";
export { acceptedOptionsText } from "./options/acceptedOptions";
export { assertPupils, computeContribution } from "./contribution/computeContribution";
export type { Contribution, ContributionLine } from "./contribution/types";
export { schoolsEquipped } from "./phasing/schoolsEquipped";
export {
  checkIdentifier,
  guessIdentifierType,
  parseIdentifierType,
  type IdentifierType,
} from "./identifiers/checkIdentifier";
export { isValidSiren, isValidSiret } from "./identifiers/siren";
export { isValidUai, normalizeUai } from "./identifiers/uai";
export { describeProblem, summarizeProblems, type TableProblem } from "./tables/TableProblem";
