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
export {
  compactIban,
  formatIban,
  ibanProblem,
  isValidBic,
  isValidIban,
  type IbanProblem,
} from "./identifiers/iban";
export { isValidUai, normalizeUai } from "./identifiers/uai";
export { describeProblem, summarizeProblems, type TableProblem } from "./tables/TableProblem";
export type {
  Departement,
  Fraction,
  IsoDate,
  MajorityKind,
  MajorityResult,
  MajorityRule,
  PresidentVote,
  QuorumBasis,
  QuorumComparison,
  QuorumPeriod,
  QuorumResult,
  QuorumRule,
  SittingCounts,
  Subject,
  VoteTally,
} from "./governance/types";
export { QUORUM_PERIODS, STATUTES_QUORUM } from "./governance/quorumRules";
export { ruleInForce } from "./governance/ruleInForce";
export { assertIsoDate } from "./governance/isoDate";
export { fractionWords, quorumText } from "./governance/quorumText";
export { quorumThreshold } from "./governance/quorumThreshold";
export { evaluateQuorum } from "./governance/evaluateQuorum";
export { parseQuorumRule } from "./governance/parseQuorumRule";
export { MAJORITY_RULES, MAJORITY_RULE_BY_KIND } from "./governance/majorityRules";
export { parseMajorityRule } from "./governance/parseMajorityRule";
export { evaluateMajority } from "./governance/evaluateMajority";
export {
  committeeComposition,
  type CommitteeComposition,
  type CommunalMode,
  type SeatGroup,
} from "./governance/committeeComposition";
export { FOUNDERS_KEY, splitFoundersKey, type FounderShare } from "./governance/foundersKey";
export {
  rowNumber,
  type AttendanceProblem,
  type AttendanceRow,
  type AttendanceStatus,
  type Vote,
} from "./governance/attendance";
export { ATTENDANCE_COLUMNS } from "./governance/attendanceColumns";
export { readAttendanceTable } from "./governance/readAttendanceTable";
export { departementOfBody } from "./governance/departementOfBody";
export { matchDelegate, nameWords, type DelegateMatch } from "./governance/matchDelegate";
export { resolveProxies, type ProxyLimit, type ResolvedProxies } from "./governance/resolveProxies";
export { checkProxies } from "./governance/checkProxies";
export {
  ADHESION_WEIGHT,
  countVotes,
  type Ballot,
  type IgnoredVote,
  type VoteCount,
  type VoteOptions,
} from "./governance/countVotes";
export {
  evaluateSitting,
  type SittingOptions,
  type SittingReport,
} from "./governance/evaluateSitting";
export { sittingExtractRows } from "./governance/sittingExtract";
