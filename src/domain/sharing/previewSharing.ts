import type { Contribution } from "../contribution/types";
import { memberKey } from "../membership/memberKey";
import { pupilsBilled } from "../membership/pupilsBilled";
import type { Cents } from "../money/cents";
import type { Member, Register } from "../register/types";
import type { Schedule } from "../schedules/types";
import { BELOW_THRESHOLD_WARNING, RECOVERY_THRESHOLD_CENTS } from "../statements/messages";
import { issuerPreviewChecks } from "../statements/issuerPreviewChecks";
import { previewTotals } from "../statements/previewTotals";
import type { PupilsBilledWithPhasing } from "../statements/pupilsBilledWithPhasing";
import type { StatementDraft, StatementPreview } from "../statements/types";
import { CHARGE_HEADINGS } from "./chargeHeadings";
import { sharingMembers, type SharingRegister } from "./checkSharingRegister";
import { shareNetCharges } from "./shareNetCharges";
import { CHARTER_SOURCE } from "./sharingLines";
import type { MiddleSchoolsBasis, MemberShareBasis, SchoolYear, SharingBasis } from "./types";
import { multiplyCents } from "../money/cents";
import { isDomainError } from "../errors/DomainError";
import { frenchDate } from "../text/frenchText";

/**
 * The name a sharing statement records in the journal's "Barème" column: the method and the
 * school year, so that a journal row says how its amount was reached.
 *
 * @param kind - a member's share or a Département's collèges
 * @param schoolYear - the school year
 * @returns e.g. "partage-2024-2025" or "colleges-2024-2025"
 * @example
 * sharingScheduleId("member", schoolYearOf(2025)); // "partage-2024-2025"
 */
export function sharingScheduleId(kind: SharingBasis["kind"], schoolYear: SchoolYear): string {
  return `${kind === "member" ? "partage" : "colleges"}-${schoolYear.label}`;
}

function scheduleOf(kind: SharingBasis["kind"], schoolYear: SchoolYear): Schedule {
  return {
    id: sharingScheduleId(kind, schoolYear),
    year: schoolYear.exercise,
    entries: [],
    fromWorkbook: false,
  };
}

function contributionOf(basis: SharingBasis, pupils: number, totalCents: Cents): Contribution {
  const member = basis.kind === "member";
  return {
    year: basis.schoolYear.exercise,
    schedule: scheduleOf(basis.kind, basis.schoolYear),
    pupils,
    lines: [
      {
        component: member
          ? "Quote-part des charges nettes communes du service ENT"
          : "Service ENT des collèges, au prix du marché",
        keyword: member ? "partage" : "colleges",
        basis: "amount",
        basisLabel: member
          ? `${pupils} élèves sur ${basis.kind === "member" ? basis.totalPupils : 0}`
          : "prix du marché",
        quantity: 1,
        unitRateCents: totalCents,
        amountCents: totalCents,
        source: `${CHARTER_SOURCE}, art. ${member ? "4.1, 4.2 et 4.4" : "4.3"}`,
      },
    ],
    grossCents: totalCents,
    totalCents,
    sharing: basis,
  };
}

function pupilsOf(register: Register, member: Member, exercise: number): PupilsBilledWithPhasing {
  const billed = pupilsBilled(member, register.schools, exercise);
  return {
    pupils: billed?.pupils ?? 0,
    from: billed?.fromSchools ? "schools" : "member",
    schools: billed?.schools.length ?? 0,
    schoolsEquipped: billed?.equipped ?? 0,
    expectedSchoolsEquipped: null,
    warnings: [],
  };
}

function draftOf(
  member: Member,
  pupils: PupilsBilledWithPhasing,
  basis: SharingBasis,
  totalCents: Cents
): StatementDraft {
  const belowThreshold = totalCents < RECOVERY_THRESHOLD_CENTS;
  const { schoolYear } = basis;
  const warnings = [
    ...(basis.kind === "member" && member.transferDate > schoolYear.start
      ? [
          `accès ouvert en cours d'année scolaire (${frenchDate(member.transferDate)}) : quote-part entière, sans prorata (RULES.md §5)`,
        ]
      : []),
    ...(belowThreshold ? [BELOW_THRESHOLD_WARNING] : []),
  ];
  return {
    member,
    year: schoolYear.exercise,
    pupils,
    contribution: contributionOf(basis, pupils.pupils, totalCents),
    belowThreshold,
    warnings,
  };
}

/**
 * Works out the statements of the sharing method for an exercise (RULES.md §5), before
 * anything is written: one per member sharing the school year, with its share of the net base
 * (charges by heading, less FEDER, split by the largest remainder in proportion to beneficiary
 * pupils), then one per Département for its collèges (quantities × market prices), each with
 * the basis its statement prints. Call it on a register that checkSharingRegister found
 * without error; what still cannot be worked out is listed in `problems`.
 *
 * @param register - the register
 * @param sharing - the charges, FEDER and collèges read for the exercise
 * @returns the preview, in the Membres table's order (Départements after the members)
 * @example
 * previewSharing(register, sharing).drafts.map((d) => d.contribution.totalCents); // [3500000, 2100000, 1400000]
 */
export function previewSharing(register: Register, sharing: SharingRegister): StatementPreview {
  const { schoolYear } = sharing;
  const exercise = schoolYear.exercise;
  const { problems, warnings } = issuerPreviewChecks(register);
  const drafts: StatementDraft[] = [];
  const sharers = sharingMembers(register, sharing);
  if (sharers.length > 0) {
    try {
      drafts.push(...memberDrafts(register, sharing, sharers));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      problems.push({ member: null, row: null, message: error.message });
    }
  }
  const byKey = new Map(register.members.map((m) => [memberKey(m.name), m]));
  const departements = [...new Set(sharing.middleSchools.map((c) => memberKey(c.departement)))];
  for (const key of departements) {
    const member = byKey.get(key);
    if (!member) continue;
    const lines = sharing.middleSchools
      .filter((c) => memberKey(c.departement) === key)
      .map((c) => ({
        service: c.service,
        quantity: c.quantity,
        unitPriceCents: c.unitPriceCents,
        amountCents: multiplyCents(c.unitPriceCents, c.quantity),
        market: c.market,
      }));
    const totalCents = lines.reduce((sum, line) => sum + line.amountCents, 0);
    const basis: MiddleSchoolsBasis = { kind: "middleSchools", schoolYear, lines, totalCents };
    // A Département pays its collèges at the market's prices: no pupils are billed.
    const none: PupilsBilledWithPhasing = { ...pupilsOf(register, member, exercise), pupils: 0 };
    drafts.push(draftOf(member, none, basis, totalCents));
  }
  return { year: exercise, drafts, problems, warnings, totals: previewTotals(drafts) };
}

function memberDrafts(
  register: Register,
  sharing: SharingRegister,
  sharers: readonly Member[]
): StatementDraft[] {
  const { schoolYear } = sharing;
  const pupils = sharers.map((m) => pupilsOf(register, m, schoolYear.exercise));
  const headings = CHARGE_HEADINGS.map((heading) => {
    const paid = sharing.charges.filter((c) => c.heading === heading.id);
    return {
      heading,
      count: paid.length,
      amountCents: paid.reduce((sum, c) => sum + c.amountCents, 0),
    };
  });
  const chargesCents = headings.reduce((sum, h) => sum + h.amountCents, 0);
  const shares = shareNetCharges(
    chargesCents,
    sharing.settings.federCents,
    pupils.map((p) => p.pupils)
  );
  return sharers.map((member, index) => {
    const shareCents = shares.sharesCents[index] ?? 0;
    const basis: MemberShareBasis = {
      kind: "member",
      schoolYear,
      headings,
      chargesCents,
      federCents: shares.federCents,
      netCents: shares.netCents,
      totalPupils: shares.totalPupils,
      memberPupils: pupils[index]?.pupils ?? 0,
      shareCents,
    };
    return draftOf(
      member,
      pupils[index] ?? pupilsOf(register, member, schoolYear.exercise),
      basis,
      shareCents
    );
  });
}
