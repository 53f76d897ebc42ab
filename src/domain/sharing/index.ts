/**
 * The second way of calling contributions (RULES.md §5, the Somme charter): the net charges of
 * the ENT service for a school year (charges actually paid, by heading, less the FEDER
 * obtained), shared among the members in proportion to their beneficiary pupils, and the
 * collèges re-invoiced to each Département at the market's prices. Pure: reading the tables,
 * the checks, the computation and the lines of the statements.
 */
export type {
  Charge,
  ChargeHeading,
  CollegeLine,
  CollegeService,
  CollegesBasis,
  HeadingTotal,
  MemberShareBasis,
  SchoolYear,
  SharingBasis,
} from "./types";
export { CHARGE_HEADINGS, headingOf, readHeading } from "./chargeHeadings";
export { inSchoolYear, schoolYearOf, schoolYearText } from "./schoolYear";
export { CHARGE_COLUMNS, CHARGE_LABELS, readCharges, type ChargeField } from "./readCharges";
export { COLLEGE_COLUMNS, COLLEGE_LABELS, readColleges, type CollegeField } from "./readColleges";
export {
  CALL_METHOD_WORDS,
  readSharingSettings,
  type CallMethod,
  type SettingCell,
  type SharingSettings,
} from "./readSharingSettings";
export { netBase, quotePart, shareNetCharges, type NetChargeShares } from "./shareNetCharges";
export { sharesSchoolYear } from "./sharesSchoolYear";
export {
  checkSharingRegister,
  collegeDebtorKeys,
  sharingMembers,
  type SharingRegister,
  type SharingTables,
} from "./checkSharingRegister";
export { previewSharing, sharingScheduleId } from "./previewSharing";
export { CHARTER_SOURCE, sharingLineRows, sharingSources } from "./sharingLines";
export { sharingIssueDateProblem } from "./checkSharingIssueDate";
