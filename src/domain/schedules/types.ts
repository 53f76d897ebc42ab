import type { Cents } from "../money/cents";

/** Where a rule comes from: the document, its article and the deliberation that voted it. */
export interface LegalSource {
  /** The document, e.g. "CTAF version 4 du 13/05/2019". */
  readonly document: string;
  /** The article, e.g. "art. 6". */
  readonly article: string;
  /** The deliberation, e.g. "délibération 2019-12 du comité syndical". */
  readonly deliberation: string;
  /** Date of the deliberation, ISO (yyyy-mm-dd). */
  readonly date: string;
}

/**
 * What a component's rate applies to.
 * - `perPupilPerYear`: each pupil, each year (prorated by `mois=`);
 * - `perPupil`: each pupil, once for the year (not prorated);
 * - `perSchool`: each school named in the option (`audit=N`);
 * - `perHalfDay`: each half-day named in the option (`demi-journees=N`);
 * - `amount`: an amount given in the option (`formation=M`), at cost or quoted.
 */
export type Basis = "perPupilPerYear" | "perPupil" | "perSchool" | "perHalfDay" | "amount";

/** Whether a component is always billed or only when the member's options name it. */
export type ComponentKind = "always" | "option";

/** One row of the tariff table: a component of one schedule, valid for a range of exercises. */
export interface ScheduleEntry {
  /** Identifier of the schedule the row belongs to, e.g. "ctaf-2019-v4". */
  readonly schedule: string;
  /** Label of the component, in French. */
  readonly component: string;
  /** Keyword used in options, normalized (see normalizeKey). */
  readonly keyword: string;
  /** Other accepted keywords, normalized. */
  readonly aliases: readonly string[];
  /** What the rate applies to. */
  readonly basis: Basis;
  /** Unit rate in cents, or null for an amount basis (the option gives the amount). */
  readonly rateCents: Cents | null;
  /** Always billed, or on option. */
  readonly kind: ComponentKind;
  /** First exercise (calendar year) the row applies to. */
  readonly firstYear: number;
  /** Last exercise it applies to, or null while in force. */
  readonly lastYear: number | null;
  /** Where the rate comes from. */
  readonly source: LegalSource;
}

/** The schedule in force for one exercise: its rows and where they come from. */
export interface Schedule {
  /** Identifier, e.g. "ctaf-2023-06-15". */
  readonly id: string;
  /** The exercise the schedule was looked up for. */
  readonly year: number;
  /** Rows in force that year, in table order. */
  readonly entries: readonly ScheduleEntry[];
  /** True when it comes from a table in the workbook rather than the built-in table. */
  readonly fromWorkbook: boolean;
}
