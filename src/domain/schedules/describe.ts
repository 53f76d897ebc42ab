import { frenchDate } from "../text/frenchText";
import type { Basis, ComponentKind, LegalSource, ScheduleEntry } from "./types";

const BASIS_LABELS: Record<Basis, string> = {
  perPupilPerYear: "par élève et par an",
  perPupil: "par élève",
  perSchool: "par école",
  perHalfDay: "par demi-journée",
  amount: "montant",
};

const KIND_LABELS: Record<ComponentKind, string> = { always: "toujours", option: "option" };

/**
 * French label of a basis, as shown in breakdowns and schedules.
 *
 * @param basis - the basis
 * @returns e.g. "par élève et par an"
 * @example
 * basisLabel("perHalfDay"); // "par demi-journée"
 */
export function basisLabel(basis: Basis): string {
  return BASIS_LABELS[basis];
}

/**
 * French label of a component kind.
 *
 * @param kind - the kind
 * @returns "toujours" or "option"
 * @example
 * kindLabel("option"); // "option"
 */
export function kindLabel(kind: ComponentKind): string {
  return KIND_LABELS[kind];
}

/** Citations already written, per source object (sources are shared by many lines). */
const formattedSources = new WeakMap<LegalSource, string>();

/**
 * One-line French citation of a legal source.
 *
 * @param source - the source
 * @returns e.g. "CTAF version 4 du 13/05/2019, art. 6 ; délibération 2019-12 du comité syndical du 26/06/2019"
 * @example
 * formatSource({ document: "CTAF", article: "art. 5", deliberation: "délibération", date: "2023-06-15" });
 * // "CTAF, art. 5 ; délibération du 15/06/2023"
 */
export function formatSource(source: LegalSource): string {
  const known = formattedSources.get(source);
  if (known !== undefined) return known;
  const where = [source.document, source.article].filter((part) => part !== "").join(", ");
  const vote = [source.deliberation, source.date ? `du ${frenchDate(source.date)}` : ""]
    .filter((part) => part !== "")
    .join(" ");
  const formatted = vote === "" ? where : `${where} ; ${vote}`;
  formattedSources.set(source, formatted);
  return formatted;
}

/**
 * How an option names a row in the text syntax: the keyword alone, or keyword=N / keyword=M
 * when the option carries a quantity or an amount.
 *
 * @param entry - a schedule row
 * @returns e.g. "accompagnement", "audit=N", "devis=M"
 * @example
 * optionSyntax({ keyword: "audit", basis: "perSchool" } as ScheduleEntry); // "audit=N"
 */
export function optionSyntax(entry: Pick<ScheduleEntry, "keyword" | "basis">): string {
  if (entry.basis === "perSchool" || entry.basis === "perHalfDay") return `${entry.keyword}=N`;
  if (entry.basis === "amount") return `${entry.keyword}=M`;
  return entry.keyword;
}
