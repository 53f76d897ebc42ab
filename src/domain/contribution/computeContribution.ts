import { DomainError } from "../errors/DomainError";
import { assertCents, multiplyCents, type Cents } from "../money/cents";
import { formatEuros } from "../money/formatEuros";
import { applyRatio } from "../money/applyRatio";
import { frenchNumber } from "../text/echoValue";
import { frenchPercent } from "../text/frenchText";
import { isTooLargeWholeNumber, TOO_LARGE_WHOLE_NUMBER } from "../text/wholeNumberText";
import type { ContributionPlan, PlannedComponent } from "../options/resolveOptions";
import { basisLabel, formatSource } from "../schedules/describe";
import type { Contribution, ContributionLine } from "./types";

const SUBSIDY_SOURCE =
  "CTAF v4 art. 6 et CTAF 2023 art. 5, dernier alinéa (subventions des communes)";
const FEDER_SOURCE = "Fonds européens obtenus par le syndicat (charte Somme Numérique art. 4.4)";

/**
 * Checks a pupil count: a whole number ≥ 0.
 *
 * @param pupils - the count
 * @returns the same count
 * @throws DomainError otherwise (beyond 2^53 − 1: too large)
 * @example
 * assertPupils(1209); // 1209
 */
export function assertPupils(pupils: number): number {
  if (isTooLargeWholeNumber(pupils)) {
    throw new DomainError(
      "invalid-number",
      `Le nombre d'élèves est trop grand (reçu ${frenchNumber(pupils)}) : ${TOO_LARGE_WHOLE_NUMBER}.`
    );
  }
  if (!Number.isSafeInteger(pupils) || pupils < 0) {
    throw new DomainError(
      "invalid-number",
      `Le nombre d'élèves doit être un entier positif ou nul (reçu ${frenchNumber(pupils)}).`
    );
  }
  return pupils;
}

function componentLine(
  planned: PlannedComponent,
  pupils: number,
  months: number
): ContributionLine {
  const { entry } = planned;
  const source = formatSource(entry.source);
  const base = { component: entry.component, keyword: entry.keyword, basis: entry.basis, source };
  if (entry.basis === "amount" || entry.rateCents === null) {
    const amount = planned.amountCents ?? 0;
    return {
      ...base,
      basisLabel: basisLabel(entry.basis),
      quantity: 1,
      unitRateCents: amount,
      amountCents: amount,
    };
  }
  const quantity =
    entry.basis === "perPupilPerYear" || entry.basis === "perPupil"
      ? pupils
      : (planned.quantity ?? 0);
  const full = multiplyCents(entry.rateCents, quantity);
  if (entry.basis === "perPupilPerYear" && months !== 12) {
    // Part year (RULES.md §2.4): prorate per line, rounded half away from zero (§3).
    const prorated = applyRatio(full, months, 12);
    return {
      ...base,
      basisLabel: `${basisLabel(entry.basis)} × ${months}/12`,
      quantity,
      unitRateCents: entry.rateCents,
      amountCents: prorated,
    };
  }
  return {
    ...base,
    basisLabel: basisLabel(entry.basis),
    quantity,
    unitRateCents: entry.rateCents,
    amountCents: full,
  };
}

function deductionLines(plan: ContributionPlan, grossCents: Cents): ContributionLine[] {
  const lines: ContributionLine[] = [];
  const deduction = (
    component: string,
    keyword: string,
    cents: Cents,
    source: string
  ): ContributionLine => ({
    component,
    keyword,
    basis: "amount",
    basisLabel: "déduction",
    quantity: 1,
    unitRateCents: -cents,
    amountCents: -cents,
    source,
  });
  if (plan.subsidyCents > 0)
    lines.push(
      deduction("Subventions des communes", "subvention", plan.subsidyCents, SUBSIDY_SOURCE)
    );
  if (plan.feder?.kind === "amount")
    lines.push(
      deduction("Cofinancement européen (FEDER)", "feder", plan.feder.cents, FEDER_SOURCE)
    );
  if (plan.feder?.kind === "percentage") {
    const { numerator, denominator } = plan.feder.percentage;
    const cents = applyRatio(grossCents, numerator, denominator);
    const share = frenchPercent(numerator, denominator);
    lines.push(
      deduction(`Cofinancement européen (FEDER, ${share} du brut)`, "feder", cents, FEDER_SOURCE)
    );
  }
  // A deduction of 0 € makes no line, as subvention=0 never did: feder=0 (or a share that rounds
  // to nothing) deducts nothing, and a "-0" line would be read as a charge on a statement.
  return lines.filter((line) => line.amountCents !== 0);
}

/**
 * Computes what a member owes for a year from its pupil count and a plan (schedule and options):
 * one line per component billed, then the deductions, exact to the cent (RULES.md §2–3).
 *
 * @param plan - schedule and resolved options, from resolveOptions
 * @param pupils - pupils billed, a whole number ≥ 0
 * @returns the contribution with its lines, gross and total
 * @throws DomainError for a bad pupil count, or deductions larger than the gross
 * @example
 * computeContribution(resolveOptions([], scheduleForYear(2024)), 1209).totalCents; // 157170
 */
export function computeContribution(plan: ContributionPlan, pupils: number): Contribution {
  assertPupils(pupils);
  const components = plan.components.map((planned) => componentLine(planned, pupils, plan.months));
  const grossCents = assertCents(
    components.reduce((sum, line) => sum + line.amountCents, 0),
    "le total brut"
  );
  const deductions = deductionLines(plan, grossCents);
  const deducted = deductions.reduce((sum, line) => sum - line.amountCents, 0);
  if (deducted > grossCents) {
    throw new DomainError(
      "deductions-exceed-gross",
      `Les déductions (${formatEuros(deducted)}) dépassent la contribution brute (${formatEuros(grossCents)}) : une contribution ne peut pas être négative.`
    );
  }
  return {
    year: plan.schedule.year,
    schedule: plan.schedule,
    pupils,
    lines: [...components, ...deductions],
    grossCents,
    totalCents: grossCents - deducted,
  };
}
