/**
 * A schedule table as a user would type it in the workbook (RULES.md §2.3): headers with capitals
 * and accents, one row per component. Tests change one cell at a time.
 */

/** Headers as typed by the user (any case, accents kept). */
export const HEADERS = [
  "Barème",
  "Composante",
  "Mot-clé",
  "Alias",
  "Base",
  "Tarif",
  "Type",
  "Premier exercice",
  "Dernier exercice",
  "Document",
  "Article",
  "Délibération",
  "Date",
] as const;

export type Header = (typeof HEADERS)[number];
export type RowValues = Partial<Record<Header, unknown>>;

/** A plausible 2026 vote: base 1,40 € per pupil per year, from 2026 on. */
const DEFAULT_ROW: Record<Header, unknown> = {
  Barème: "ctaf-2025-12",
  Composante: "Contribution de base",
  "Mot-clé": "base",
  Alias: "",
  Base: "élève/an",
  Tarif: "1,40",
  Type: "toujours",
  "Premier exercice": 2026,
  "Dernier exercice": "",
  Document: "CTAF version du 12/12/2025",
  Article: "art. 5",
  Délibération: "délibération 2025-30",
  Date: "12/12/2025",
};

/**
 * One body row: the default row with some cells replaced.
 *
 * @param values - cells to change, by header
 * @returns the row in header order
 */
export function row(values: RowValues = {}): unknown[] {
  return HEADERS.map((header) => (header in values ? values[header] : DEFAULT_ROW[header]));
}

/**
 * A whole table: the header row, then the given rows.
 *
 * @param rows - body rows
 * @returns rows as Excel passes them
 */
export function table(...rows: unknown[][]): unknown[][] {
  return [[...HEADERS], ...rows];
}

/** The 2026 schedule used across tests: base 1,40 €, accompagnement 0,35 €, half-day 160 €. */
export function schedule2026(): unknown[][] {
  return table(
    row(),
    row({
      Composante: "Accompagnement",
      "Mot-clé": "accompagnement",
      Alias: "optionnel",
      Tarif: "0,35",
      Type: "option",
    }),
    row({
      Composante: "Demi-journée",
      "Mot-clé": "demi-journees",
      Base: "par demi-journée",
      Tarif: 160,
      Type: "option",
    })
  );
}
