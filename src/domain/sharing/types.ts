import type { Cents } from "../money/cents";

/**
 * A school year of the sharing method (RULES.md §5, charter art. 4.4): 1 September Y − 1 to
 * 31 August Y. Its exercise is Y, the year in which it ends and its contributions are called.
 *
 * @example
 * { exercise: 2025, start: "2024-09-01", end: "2025-08-31", label: "2024-2025" }
 */
export interface SchoolYear {
  readonly exercise: number;
  /** First day, ISO. */
  readonly start: string;
  /** Last day, ISO. */
  readonly end: string;
  /** "2024-2025". */
  readonly label: string;
}

/**
 * One of the seven headings of the net common charges (charter art. 4.2).
 *
 * @example
 * { id: "plateforme", label: "Plateforme mutualisée" }
 */
export interface ChargeHeading {
  readonly id: string;
  /** The heading as the charter words it. */
  readonly label: string;
}

/** A charge actually paid by the syndicate, one row of the Charges table. */
export interface Charge {
  /** Row in the table, 1 for the header row. */
  readonly row: number;
  /** Heading id (ChargeHeading.id). */
  readonly heading: string;
  readonly supplier: string;
  /** Payment reference (mandat, facture). */
  readonly reference: string;
  /** Date of payment, ISO. */
  readonly date: string;
  readonly amountCents: Cents;
}

/** A service of the collèges re-invoiced to a Département (charter art. 4.3), one row. */
export interface MiddleSchoolService {
  readonly row: number;
  /** The Département, named as in the Membres table. */
  readonly departement: string;
  /** What is invoiced (account creation, running, content…). */
  readonly service: string;
  readonly quantity: number;
  /** Unit price of the syndicate's market, in cents. */
  readonly unitPriceCents: Cents;
  /** The market (number, lot), "" when not given. */
  readonly market: string;
}

/** The charges of one heading on a statement. */
export interface HeadingTotal {
  readonly heading: ChargeHeading;
  /** Payments counted. */
  readonly count: number;
  readonly amountCents: Cents;
}

/**
 * The base of a member's share, line by line, as its statement prints it (RULES.md §5).
 *
 * @example
 * { kind: "member", schoolYear, headings, chargesCents: 10000000, federCents: 3000000, netCents: 7000000, totalPupils: 2000, memberPupils: 1000, shareCents: 3500000 }
 */
export interface MemberShareBasis {
  readonly kind: "member";
  readonly schoolYear: SchoolYear;
  /** The seven headings in the charter's order, with their totals (0 when nothing was paid). */
  readonly headings: readonly HeadingTotal[];
  readonly chargesCents: Cents;
  readonly federCents: Cents;
  /** chargesCents − federCents: the base shared. */
  readonly netCents: Cents;
  /** Beneficiary pupils of every member sharing the year. */
  readonly totalPupils: number;
  readonly memberPupils: number;
  /** The member's share, whole cents by the largest remainder. */
  readonly shareCents: Cents;
}

/** One line of a Département's collèges statement. */
export interface MiddleSchoolLine {
  readonly service: string;
  readonly quantity: number;
  readonly unitPriceCents: Cents;
  readonly amountCents: Cents;
  readonly market: string;
}

/**
 * What a Département pays for its collèges (charter art. 4.3): quantities × the market's prices.
 *
 * @example
 * { kind: "middleSchools", schoolYear, lines: [{ service: "Comptes élèves", quantity: 8000, unitPriceCents: 150, amountCents: 1200000, market: "" }], totalCents: 1200000 }
 */
export interface MiddleSchoolsBasis {
  readonly kind: "middleSchools";
  readonly schoolYear: SchoolYear;
  readonly lines: readonly MiddleSchoolLine[];
  readonly totalCents: Cents;
}

/**
 * What a statement of the sharing method rests on.
 *
 * @example
 * draft.contribution.sharing?.kind; // "member" or "middleSchools"
 */
export type SharingBasis = MemberShareBasis | MiddleSchoolsBasis;
