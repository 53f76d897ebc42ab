import type { Contribution } from "../domain/contribution/types";
import { centsToEuros } from "../domain/money/cents";
import { basisLabel, formatSource, kindLabel } from "../domain/schedules/describe";
import type { Schedule } from "../domain/schedules/types";

/** Header of ENT.DETAIL's spill. */
export const BREAKDOWN_HEADER = [
  "Composante",
  "Base",
  "Quantité",
  "Tarif unitaire (€)",
  "Montant (€)",
  "Source",
];

/** Header of ENT.BAREME's spill. */
export const SCHEDULE_HEADER = [
  "Barème",
  "Composante",
  "Mot-clé",
  "Base",
  "Tarif (€)",
  "Type",
  "Exercices",
  "Source",
];

/**
 * Rows spilled by ENT.DETAIL: the header, one row per line (amounts in euros, deductions
 * negative), then the total with the schedule used.
 *
 * @param contribution - the computed contribution
 * @returns the rows, all of the header's width
 * @example
 * breakdownRows(contribution).at(-1)?.[0]; // "Total"
 */
export function breakdownRows(contribution: Contribution): (string | number)[][] {
  const lines = contribution.lines.map((line) => [
    line.component,
    line.basisLabel,
    line.quantity,
    centsToEuros(line.unitRateCents),
    centsToEuros(line.amountCents),
    line.source,
  ]);
  const schedule = `Barème ${contribution.schedule.id}, exercice ${contribution.year}`;
  return [
    BREAKDOWN_HEADER,
    ...lines,
    ["Total", schedule, "", "", centsToEuros(contribution.totalCents), ""],
  ];
}

/**
 * Rows spilled by ENT.BAREME: the header, then one row per component of the schedule in force.
 * An amount component (at cost, on quote) has no rate: its cell is blank.
 *
 * @param schedule - the schedule of the year
 * @returns the rows, all of the header's width
 * @example
 * scheduleRows(scheduleForYear(2024))[1]?.[2]; // "base"
 */
export function scheduleRows(schedule: Schedule): (string | number)[][] {
  const rows = schedule.entries.map((entry) => [
    entry.schedule,
    entry.component,
    entry.keyword,
    basisLabel(entry.basis),
    entry.rateCents === null ? "" : centsToEuros(entry.rateCents),
    kindLabel(entry.kind),
    `${entry.firstYear}–${entry.lastYear ?? ""}`,
    formatSource(entry.source),
  ]);
  return [SCHEDULE_HEADER, ...rows];
}
