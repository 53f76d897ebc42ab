import type { Cents } from "../money/cents";
import type { ExerciseOptionsField } from "./exerciseOptionsColumns";
import type { JournalField } from "./journalColumns";
import type { MemberField } from "./memberColumns";
import type { SchoolField } from "./schoolColumns";

/** Kind of member (RULES.md §1): a commune, an intercommunality, or another public body. */
export type MemberType = "commune" | "epci" | "other";

/** A member of the syndicate, as read from the Members table. */
export interface Member {
  /** Row in the table, 1 for the header row: where to point the user. */
  readonly row: number;
  readonly name: string;
  readonly type: MemberType;
  /** SIRET, digits only ("" when not given). */
  readonly siret: string;
  /** Postal address, possibly on several lines. */
  readonly address: string;
  /** Département number or name, e.g. "59" or "Nord". */
  readonly departement: string;
  /** Date the transfer of the competence took effect, ISO (yyyy-mm-dd). */
  readonly transferDate: string;
  /** Withdrawal date, ISO, or null while a member. */
  readonly withdrawalDate: string | null;
  /** Pupils, or null when the member's schools give them (Schools table). */
  readonly pupils: number | null;
  /** Options in the syntax of ENT.CONTRIB ("accompagnement; demi-journees=2"), "" for none. */
  readonly options: string;
  /** Chorus Pro service code, "" when none. */
  readonly serviceCode: string;
  readonly serviceCodeRequired: boolean;
  /** Legal commitment (engagement) number, "" when none. */
  readonly engagementNumber: string;
  readonly engagementRequired: boolean;
}

/** A school of a member, as read from the Schools table. */
export interface School {
  readonly row: number;
  /** UAI, normalized (upper case, leading zero restored). */
  readonly uai: string;
  readonly name: string;
  /** Name of the member the school belongs to, as written in the Members table. */
  readonly member: string;
  readonly pupils: number;
  /** First year the school is equipped (RULES.md §4). */
  readonly firstYear: number;
}

/**
 * What holds for one member in one exercise only, from the "Options par exercice" table: a part
 * year, half-days, an audit, training, a quote, a subsidy, FEDER… (RULES.md §2.4). It adds to the
 * member's "Options" of the Membres table for that exercise, an option named in both taking this
 * row's value (memberOptionsForYear).
 */
export interface ExerciseOptions {
  readonly row: number;
  /** Name of the member, as written in the Membres table (case, accents and spacing ignored). */
  readonly member: string;
  /** The exercise. */
  readonly year: number;
  /** Options in the syntax of ENT.CONTRIB ("mois=4; demi-journees=2"), "" for none. */
  readonly options: string;
}

/** The issuer's settings, from the Settings table. */
export interface IssuerSettings {
  readonly name: string;
  readonly address: string;
  readonly siret: string;
  readonly accountingContact: string;
  /** Mention about VAT printed on statements (RULES.md §9), e.g. "Contribution non soumise à la TVA". */
  readonly vatMention: string;
  /** Payment terms printed on statements, e.g. "30 jours à réception" (000 art. 7). */
  readonly paymentTerms: string;
  /**
   * First name of the ordonnateur, the person who issues the titres de recettes (CGCT L1617-5,
   * 4°: printed on every statement), e.g. "Jean".
   */
  readonly officerFirstName: string;
  /** Name of the ordonnateur, e.g. "Martin". */
  readonly officerLastName: string;
  /** Title (qualité) of the ordonnateur, e.g. "Le Président" or "Vice-présidente chargée des finances". */
  readonly officerTitle: string;
  /**
   * Whom the ordonnateur signs for by delegation, with its article, e.g. "le Président"; "" when
   * the ordonnateur signs in their own name.
   */
  readonly delegatedBy: string;
  /** The public accountant who collects (comptable assignataire), e.g. "Service de gestion comptable de Lille". */
  readonly accountantName: string;
  /** The accountant's postal address, possibly on several lines. */
  readonly accountantAddress: string;
  /** IBAN of the accountant's account, compact and upper case ("" when not given). */
  readonly iban: string;
  /** BIC of that account, compact and upper case, e.g. "BDFEFRPPCCT". */
  readonly bic: string;
  /** Court before which the claim may be contested, e.g. "tribunal administratif de Lille". */
  readonly court: string;
  /** Days from the date of issue to the due date (000 art. 7: 30). */
  readonly paymentDays: number;
  // What the PES V2 file for Hélios needs (src/domain/pes). Optional: a register without them
  // still produces the statements; pesProblems says what is missing before a PES file is written.
  /** Codique of the poste comptable (IdPost, 6 or 7 digits), e.g. "059012"; "" when not given. */
  readonly pesPoste?: string;
  /** Code collectivité in Hélios (CodCol, 3 digits), e.g. "123". */
  readonly pesCollectivityCode?: string;
  /** Code budget in Hélios (CodBud, 2 characters), e.g. "00". */
  readonly pesBudgetCode?: string;
  /** Libellé du budget (LibelleColBud, up to 38 characters), e.g. "Budget principal". */
  readonly pesBudgetLabel?: string;
  /** Budget imputation, nature account (Nature, digits), e.g. "74758". */
  readonly pesNature?: string;
  /** Budget imputation, function (Fonction, digits; M14/M52/M57/M71 only), e.g. "020"; "" for none. */
  readonly pesFunction?: string;
  /** Local product code (CodProdLoc, up to 4 letters or digits), e.g. "ENT". */
  readonly pesProductCode?: string;
  /**
   * Part years (RULES.md §2.4, §6): false (the default) bills a member whose transfer or
   * withdrawal falls during the exercise for the full year unless its options say mois=N; true
   * bills it the months of membership counted from its dates (a started month counts in full).
   * Setting "Année partielle" of the Paramètres table.
   */
  readonly prorateByMonths?: boolean;
  // The sharing of net charges (RULES.md §5): read by src/domain/sharing/readSharingSettings.ts,
  // declared here so that the Paramètres table knows them.
  /** How contributions are called: "barème" (default) or "partage des charges nettes". */
  readonly callMethod?: string;
  /** FEDER obtained for the school year, deducted from the shared base, as typed. */
  readonly sharingFeder?: string;
}

/**
 * Where a journal entry stands: `issued`, or `cancelled` when a later statement replaced it (its
 * number is never reused). Users read and type them as "émis" and "annulé" (JOURNAL_STATUS_WORDS,
 * JOURNAL_STATUS_TEXT); the kept journal stores them as "emis" and "annule" (keptJournalFormat).
 *
 * @example
 * const status: JournalStatus = "cancelled";
 */
export type JournalStatus = "issued" | "cancelled";

/** A statement already issued, as recorded in the journal table of the workbook. */
export interface JournalEntry {
  readonly row: number;
  /** Statement number, unique within the year, e.g. "2025-0007". */
  readonly number: string;
  readonly year: number;
  /** Member name. */
  readonly member: string;
  readonly amountCents: Cents;
  /** Pupils billed. */
  readonly pupils: number;
  /** Date of issue, ISO. */
  readonly date: string;
  /** Schedule used, e.g. "ctaf-2023-06-15". */
  readonly schedule: string;
  /** "issued", or "cancelled" when a later statement replaced it (its number is never reused). */
  readonly status: JournalStatus;
}

/**
 * Column headers as the user typed them, by field, so that validation names the column the way
 * the workbook does (TableProblem.column). A field absent here is named by its documented header.
 *
 * @example
 * readRegister(tables).register.columns?.members.pupils; // "NB ELEVES" if typed so
 */
export interface RegisterColumns {
  readonly members: Partial<Record<MemberField, string>>;
  readonly schools: Partial<Record<SchoolField, string>>;
  readonly journal: Partial<Record<JournalField, string>>;
  readonly exerciseOptions?: Partial<Record<ExerciseOptionsField, string>>;
}

/** Everything read from the workbook for the yearly statements. */
export interface Register {
  readonly members: readonly Member[];
  readonly schools: readonly School[];
  readonly settings: IssuerSettings | null;
  readonly journal: readonly JournalEntry[];
  /** Rows of the "Options par exercice" table; absent or empty when the workbook has none. */
  readonly exerciseOptions?: readonly ExerciseOptions[];
  /** Headers as typed, set by readRegister; optional so a register can be built by hand. */
  readonly columns?: RegisterColumns;
}
