import { DomainError } from "../errors/DomainError";
import { assertCents, multiplyCents, type Cents } from "../money/cents";
import { formatEuros } from "../money/formatEuros";
import { applyRatio } from "../money/applyRatio";
import type { ContributionPlan } from "../options/resolveOptions";

/** What a plan bills, reduced to numbers: per-pupil rates and fixed amounts, in cents. */
interface TotalFormula {
  /** Rates per pupil per year, one per line (each line is prorated and rounded on its own). */
  readonly yearlyRates: readonly Cents[];
  /** Their sum, used when there is no proration. */
  readonly yearlyRateSum: Cents;
  /** Sum of the per-pupil rates that are not prorated. */
  readonly oneOffRateSum: Cents;
  /** Sum of the fixed lines: schools, half-days, amounts. */
  readonly fixedCents: Cents;
}

function formulaOf(plan: ContributionPlan): TotalFormula {
  const yearlyRates: Cents[] = [];
  let oneOffRateSum = 0;
  let fixedCents = 0;
  for (const { entry, quantity, amountCents } of plan.components) {
    if (entry.basis === "perPupilPerYear") yearlyRates.push(entry.rateCents ?? 0);
    else if (entry.basis === "perPupil") oneOffRateSum += entry.rateCents ?? 0;
    else if (entry.basis === "amount") fixedCents += amountCents ?? 0;
    else fixedCents += multiplyCents(entry.rateCents ?? 0, quantity ?? 0);
  }
  return {
    yearlyRates,
    yearlyRateSum: yearlyRates.reduce((a, b) => a + b, 0),
    oneOffRateSum,
    fixedCents,
  };
}

/** Computes a plan's total for a pupil count (checked by the caller: a whole number ≥ 0). */
export type TotalCalculator = (pupils: number) => Cents;

/**
 * Prepares the total of a plan for any pupil count: the same result as
 * computeContribution(plan, pupils).totalCents, without building the breakdown. This is the path
 * behind ENT.CONTRIB, run for every cell of a sheet on each recalculation, so the plan is reduced
 * once to a few numbers. Same rules, same rounding, same errors (RULES.md §2–3); the tests check
 * that both always agree.
 *
 * @param plan - schedule and resolved options, from resolveOptions
 * @returns a function of the pupil count giving the total in cents; it throws DomainError when
 *   deductions exceed the gross or an amount leaves the safe range
 * @example
 * compileContributionTotal(resolveOptions([], scheduleForYear(2024)))(1209); // 157170
 */
export function compileContributionTotal(plan: ContributionPlan): TotalCalculator {
  const formula = formulaOf(plan);
  if (plan.months === 12 && plan.feder?.kind !== "percentage") {
    // Common case: no proration, no percentage: a straight line in the pupil count.
    const perPupil = formula.oneOffRateSum + formula.yearlyRateSum;
    const deducted = plan.subsidyCents + (plan.feder?.kind === "amount" ? plan.feder.cents : 0);
    return (pupils) => netOf(formula.fixedCents + perPupil * pupils, deducted);
  }
  return (pupils) => totalFor(plan, formula, pupils);
}

/** Gross less deductions, checked: a safe amount, and never below zero (RULES.md §2.4). */
function netOf(gross: Cents, deducted: Cents): Cents {
  assertCents(gross, "le total brut");
  if (deducted > gross) {
    throw new DomainError(
      "deductions-exceed-gross",
      `Les déductions (${formatEuros(deducted)}) dépassent la contribution brute (${formatEuros(gross)}) : une contribution ne peut pas être négative.`
    );
  }
  return gross - deducted;
}

function totalFor(plan: ContributionPlan, formula: TotalFormula, pupils: number): Cents {
  let gross = formula.fixedCents + formula.oneOffRateSum * pupils;
  if (plan.months === 12) {
    gross += formula.yearlyRateSum * pupils;
  } else {
    for (const rate of formula.yearlyRates)
      gross += applyRatio(multiplyCents(rate, pupils), plan.months, 12);
  }
  assertCents(gross, "le total brut");
  let deducted = plan.subsidyCents;
  if (plan.feder?.kind === "amount") deducted += plan.feder.cents;
  if (plan.feder?.kind === "percentage") {
    const { numerator, denominator } = plan.feder.percentage;
    deducted += applyRatio(gross, numerator, denominator);
  }
  return netOf(gross, deducted);
}
