import { pupilsBilled, schoolsOf } from "../membership/pupilsBilled";
import { memberKey } from "../membership/memberKey";
import { formatEuros } from "../money/formatEuros";
import { checkJournal } from "../register/checkJournal";
import { checkMemberDates } from "../register/checkMemberDates";
import { checkMemberIdentity } from "../register/checkMemberIdentity";
import { checkSchools } from "../register/checkSchools";
import { memberColumn } from "../register/columnName";
import { readRegister, type RegisterTables, type TableValues } from "../register/readRegister";
import { MESSAGES } from "../register/registerMessages";
import {
  REGISTER_TABLES,
  registerError,
  registerWarning,
  sortProblems,
  type RegisterProblem,
} from "../register/RegisterProblem";
import type { Member, Register } from "../register/types";
import { frenchDate } from "../text/frenchText";
import { CHARGE_LABELS, readCharges, type ChargeField } from "./readCharges";
import {
  MIDDLE_SCHOOL_LABELS,
  readMiddleSchools,
  type MiddleSchoolField,
} from "./readMiddleSchools";
import { readSharingSettings, type SharingSettings } from "./readSharingSettings";
import { inSchoolYear, schoolYearOf, schoolYearText } from "./schoolYear";
import { sharesSchoolYear } from "./sharesSchoolYear";
import type { Charge, MiddleSchoolService, SchoolYear } from "./types";

/**
 * The register tables of the sharing method: those of the schedule method, plus the charges
 * paid and the collèges' services. The keys are the tables' roles, as in RegisterTables.
 *
 * @example
 * { members, schools, settings, journal, charges: chargesValues, middleSchools: middleSchoolsValues }
 */
export interface SharingTables extends RegisterTables {
  /** The "Charges" table: the payments of the school year. */
  readonly charges?: TableValues;
  /** The "Collèges" table: the collèges' services, invoiced to their Départements. */
  readonly middleSchools?: TableValues;
}

/**
 * Everything the sharing method reads for an exercise.
 *
 * @example
 * checkSharingRegister(tables, 2025).sharing.charges.length; // the payments of 2024-2025
 */
export interface SharingRegister {
  readonly schoolYear: SchoolYear;
  readonly settings: SharingSettings;
  readonly charges: readonly Charge[];
  readonly middleSchools: readonly MiddleSchoolService[];
  /** Headers as typed, to name columns in problems. */
  readonly columns: {
    readonly charges: Partial<Record<ChargeField, string>>;
    readonly middleSchools: Partial<Record<MiddleSchoolField, string>>;
  };
}

const place = (problem: RegisterProblem) => `${problem.table}|${problem.row}|${problem.column}`;

/**
 * The members invoiced for collèges: those named in the Collèges table (by name, ignoring case
 * and accents). They pay their collèges at the market's prices and do not share the base.
 *
 * @param register - the register
 * @param middleSchools - the collèges' services
 * @returns their keys (memberKey)
 * @example
 * middleSchoolDebtorKeys(register, services).has(memberKey("Département de la Somme")); // true
 */
export function middleSchoolDebtorKeys(
  register: Register,
  middleSchools: readonly MiddleSchoolService[]
): Set<string> {
  const members = new Set(register.members.map((m) => memberKey(m.name)));
  return new Set(
    middleSchools.map((c) => memberKey(c.departement)).filter((key) => members.has(key))
  );
}

/**
 * The members who share the school year's base, in the Membres table's order: named, sharing
 * the school year (sharesSchoolYear), and not invoiced for collèges.
 *
 * @param register - the register
 * @param sharing - what the sharing method read
 * @returns the members
 * @example
 * sharingMembers(register, sharing).map((m) => m.name);
 */
export function sharingMembers(register: Register, sharing: SharingRegister): Member[] {
  const departements = middleSchoolDebtorKeys(register, sharing.middleSchools);
  return register.members.filter(
    (m) =>
      m.name !== "" &&
      sharesSchoolYear(m, sharing.schoolYear) &&
      !departements.has(memberKey(m.name))
  );
}

function chargeProblems(sharing: SharingRegister): RegisterProblem[] {
  const column = sharing.columns.charges.date ?? CHARGE_LABELS.date;
  const year = sharing.schoolYear;
  return sharing.charges
    .filter((charge) => charge.date !== "" && !inSchoolYear(charge.date, year))
    .map((charge) =>
      registerError({
        table: REGISTER_TABLES.charges,
        row: charge.row,
        column,
        value: frenchDate(charge.date),
        message: `paiement hors de l'${schoolYearText(year)} : l'assiette de l'exercice ${year.exercise} ne retient que les dépenses de cette année scolaire (charte, art. 4.4). Retirez la ligne ou corrigez sa date.`,
      })
    );
}

function federProblems(sharing: SharingRegister): RegisterProblem[] {
  const chargesCents = sharing.charges.reduce((sum, c) => sum + c.amountCents, 0);
  const feder = sharing.settings;
  if (feder.federCents <= chargesCents || feder.federCell === null) return [];
  return [
    registerError({
      table: REGISTER_TABLES.settings,
      row: feder.federCell.row,
      column: feder.federCell.column,
      value: feder.federCell.value,
      message: `le FEDER obtenu (${formatEuros(feder.federCents)}) dépasse les charges acquittées de l'année scolaire ${sharing.schoolYear.label} (${formatEuros(chargesCents)}) : l'assiette nette serait négative (RULES.md §5).`,
    }),
  ];
}

function middleSchoolProblems(register: Register, sharing: SharingRegister): RegisterProblem[] {
  const members = new Map(register.members.map((m) => [memberKey(m.name), m]));
  const column = sharing.columns.middleSchools.departement ?? MIDDLE_SCHOOL_LABELS.departement;
  const problems: RegisterProblem[] = [];
  for (const service of sharing.middleSchools) {
    if (service.departement === "" || members.has(memberKey(service.departement))) continue;
    problems.push(
      registerError({
        table: REGISTER_TABLES.middleSchools,
        row: service.row,
        column,
        value: service.departement,
        message:
          "Département inconnu : il doit être un membre de la table Membres (nom identique), qui porte son adresse et son SIRET sur l'avis.",
      })
    );
  }
  return problems;
}

function memberProblems(register: Register, sharing: SharingRegister): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const exercise = sharing.schoolYear.exercise;
  const at = (member: Member, field: Parameters<typeof memberColumn>[1], value: string) =>
    ({
      table: REGISTER_TABLES.members,
      row: member.row,
      column: memberColumn(register, field),
      value,
    }) as const;
  const sharers = sharingMembers(register, sharing);
  const departements = middleSchoolDebtorKeys(register, sharing.middleSchools);
  const debtors = register.members.filter(
    (m) =>
      m.name !== "" &&
      (sharers.includes(m) ||
        (departements.has(memberKey(m.name)) && sharesSchoolYear(m, sharing.schoolYear)))
  );
  for (const member of debtors) {
    if (member.siret === "")
      problems.push(
        registerError({ ...at(member, "siret", ""), message: MESSAGES.missingSiret(exercise) })
      );
    if (member.serviceCodeRequired && member.serviceCode === "")
      problems.push(
        registerError({ ...at(member, "serviceCode", ""), message: MESSAGES.missingServiceCode })
      );
    if (member.engagementRequired && member.engagementNumber === "")
      problems.push(
        registerError({
          ...at(member, "engagementNumber", ""),
          message: MESSAGES.missingEngagement,
        })
      );
  }
  for (const member of sharers) {
    const pupilsCell = member.pupils === null ? "" : String(member.pupils);
    const billed = pupilsBilled(member, register.schools, exercise);
    if (billed === null || billed.pupils === 0) {
      problems.push(
        registerError({
          ...at(member, "pupils", pupilsCell),
          message: `aucun élève bénéficiaire pour l'année scolaire ${sharing.schoolYear.label} : le membre partage les charges au prorata de ses élèves (charte, art. 4.1). Indiquez ses élèves, ou ses écoles dans la table Écoles.`,
        })
      );
    } else if (billed.fromSchools && member.pupils !== null && member.pupils !== billed.pupils) {
      problems.push(
        registerError({
          ...at(member, "pupils", pupilsCell),
          message: `les élèves ne s'additionnent pas : la cellule dit ${member.pupils}, ses écoles de la table Écoles (${billed.equipped} sur ${schoolsOf(member, register.schools).length} en ${exercise}) en comptent ${billed.pupils}. Le partage en dépend : corrigez l'une ou l'autre, ou videz la cellule.`,
        })
      );
    }
  }
  for (const member of register.members) {
    if (!departements.has(memberKey(member.name)) || member.pupils === null) continue;
    problems.push(
      registerWarning({
        ...at(member, "pupils", String(member.pupils)),
        message:
          "ce membre est appelé pour ses collèges au prix du marché (charte, art. 4.3) : ses élèves ne sont pas comptés dans le partage des charges.",
      })
    );
  }
  if (
    sharers.length > 0 &&
    sharers.every((m) => (pupilsBilled(m, register.schools, exercise)?.pupils ?? 0) === 0)
  ) {
    problems.push(
      registerError({
        table: REGISTER_TABLES.members,
        row: 1,
        column: memberColumn(register, "pupils"),
        value: "",
        message:
          "aucun élève bénéficiaire chez aucun membre : l'assiette ne peut pas être partagée.",
      })
    );
  }
  return problems;
}

/**
 * Reads and checks the register of the sharing method for an exercise (RULES.md §5): the
 * members, schools, settings and journal as for the schedule, the call method and the FEDER in
 * Paramètres, the Charges and Collèges tables. Errors, each at its cell: a charge dated outside
 * the school year that ends in the exercise, an unknown heading, a FEDER above the charges, a
 * member sharing the year with no beneficiary pupils, an "Élèves" cell that does not match its
 * schools, a collèges line of a Département that is not a member, and the identity checks of
 * the schedule method (SIRET, UAI, duplicates, dates, Chorus Pro codes). No Charges table is an
 * error. As in checkRegister, validation waits for the tables to read, and its warnings wait for
 * the cells to read.
 *
 * @param tables - each table's values, header row first
 * @param exercise - the exercise: the school year ending on 31 August of it is shared
 * @returns the register, what the sharing reads, and every problem sorted by table then row
 * @throws DomainError for a year that is not a whole number from 1900 to 9999
 * @example
 * hasBlockingProblems(checkSharingRegister(tables, 2025).problems); // false for the sample
 */
export function checkSharingRegister(
  tables: SharingTables,
  exercise: number
): { register: Register; sharing: SharingRegister; problems: RegisterProblem[] } {
  const schoolYear = schoolYearOf(exercise);
  const read = readRegister(tables);
  const settings = readSharingSettings(tables.settings);
  const charges = tables.charges ? readCharges(tables.charges) : null;
  const middleSchools = tables.middleSchools ? readMiddleSchools(tables.middleSchools) : null;
  const sharing: SharingRegister = {
    schoolYear,
    settings,
    charges: charges?.items ?? [],
    middleSchools: middleSchools?.items ?? [],
    columns: { charges: charges?.headers ?? {}, middleSchools: middleSchools?.headers ?? {} },
  };
  const problems: RegisterProblem[] = [
    ...read.problems,
    ...settings.problems,
    ...(charges?.problems ?? []),
    ...(middleSchools?.problems ?? []),
  ];
  if (!charges) {
    problems.push(
      registerError({
        table: REGISTER_TABLES.charges,
        row: 1,
        column: "",
        value: "",
        message:
          "tableau « Charges » introuvable : le partage des charges nettes lit les paiements de l'année scolaire dans un tableau Excel nommé Charges (Rubrique, Fournisseur, Référence du paiement, Date de paiement, Montant).",
      })
    );
  }
  const readable =
    read.readable && (charges?.readable ?? false) && (middleSchools?.readable ?? true);
  const { register } = read;
  if (!readable) return { register, sharing, problems: sortProblems(problems) };
  const unreadable = new Set(problems.filter((p) => p.severity === "error").map(place));
  const named = { ...register, members: register.members.filter((m) => m.name !== "") };
  const checked = [
    ...checkMemberIdentity(register),
    ...checkMemberDates(register),
    ...checkSchools(register),
    ...checkJournal(register),
    ...chargeProblems(sharing),
    ...federProblems(sharing),
    ...middleSchoolProblems(register, sharing),
    ...memberProblems(named, sharing),
  ].filter(
    (problem) =>
      !unreadable.has(place(problem)) && (unreadable.size === 0 || problem.severity === "error")
  );
  return { register, sharing, problems: sortProblems([...problems, ...checked]) };
}
