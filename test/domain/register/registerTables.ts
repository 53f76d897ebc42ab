/**
 * Register tables as a user would type them in the workbook: French headers with capitals and
 * accents, numbers as numbers or as text, dates as text or Excel serials. Every call returns
 * fresh arrays: a test changes a few cells and checks what is reported. Row numbers are Excel's
 * within the table: the header is row 1, so `setCell(t.members, 4, …)` changes Arras.
 *
 * Exercise 2025, built-in schedule ctaf-2023-06-15. Every identifier is valid (check digits
 * computed); the register reads and validates with no problem at all.
 */

/** Values of a table, header row first, as Excel's Table.getRange().values gives them. */
export type Table = unknown[][];

/** The four register tables. */
export interface Tables {
  members: Table;
  schools: Table;
  settings: Table;
  journal: Table;
}

export const MEMBER_HEADERS = [
  "Nom",
  "Type",
  "SIRET",
  "Adresse",
  "Département",
  "Date d'effet",
  "Date de retrait",
  "Élèves",
  "Options",
  "Code service",
  "Code service obligatoire",
  "N° d'engagement",
  "Engagement obligatoire",
];

/** Hem (RULES.md §6): transfer from 2024, pupils from its 11 schools, phased over 2024–2027. */
export const HEM_ROW = 2;
/** An EPCI billed with the optional support, Chorus Pro codes required. */
export const PEVELE_ROW = 3;
/** A commune with its pupils typed as text. */
export const ARRAS_ROW = 4;
/** A member gone since the end of 2022 (last day 31/12/2022), with an option of the old schedule. */
export const LIEVIN_ROW = 5;

export const PEVELE = "Communauté de communes Pévèle Carembault";

/** SIRETs with a right check digit (Luhn), computed for these tests. */
export const SIRET = {
  hem: "21590299000013",
  pevele: 20004163000019,
  arras: "21620041000019",
  lievin: "21620510400013",
  other: "24590050100017",
  issuer: "20003038500013",
} as const;

/** Hem's 11 schools: UAIs 059xxxx with their check letter, pupils summing to 1 209. */
export const HEM_SCHOOLS: ReadonlyArray<readonly [string, string, number, number]> = [
  ["0591001T", "École Jules Ferry", 142, 2024],
  ["0591008A", "École Victor Hugo", 98, 2024],
  ["0591015H", "École Jean Macé", 121, 2024],
  ["0591022R", "École Pasteur", 87, 2025],
  ["0591029Y", "École Marie Curie", 133, 2025],
  ["0591036F", "École Saint-Exupéry", 104, 2025],
  ["0591043N", "École Jacques Prévert", 115, 2026],
  ["0591050W", "École Louise Michel", 96, 2026],
  ["0591057D", "École Paul Bert", 128, 2026],
  ["0591064L", "École Anatole France", 92, 2027],
  ["0591071U", "École Jean Jaurès", 93, 2027],
];

/** Further valid UAIs, not used by the valid tables. */
export const SPARE_UAIS = ["0591078B", "0591085J", "0591092S"] as const;

/** Hem's pupils in the schools equipped in 2024 (3 schools): its 2024 statement. */
export const HEM_PUPILS_2024 = 142 + 98 + 121;

/**
 * The four tables, valid, for exercise 2025.
 *
 * @returns fresh arrays
 */
export function validTables(): Tables {
  return {
    // One member per line reads like the sheet.
    // prettier-ignore
    members: [
      [...MEMBER_HEADERS],
      ["Hem", "commune", "215 902 990 00013", "Place de la République\n59510 Hem", 59, "01/01/2024", "", "", "", "", "non", "", ""],
      [PEVELE, "Communauté de communes", SIRET.pevele, "85 rue de Roubaix\n59242 Templeuve-en-Pévèle", "Nord", 45292, null, 5400, "accompagnement", "ENT-NUM", "Oui", "EJ-2025-0118", true],
      ["Arras", "Commune", SIRET.arras, "Place Guy Mollet\n62000 Arras", "62", "01/09/2019", "", "2 150", "", "", "FAUX", "", ""],
      ["Liévin", "commune", SIRET.lievin, "", "62", "2019-01-01", "31/12/2022", 3100, "mobile", "", "", "", ""],
    ],
    schools: [
      ["UAI", "Nom", "Membre", "Élèves", "Première année"],
      ...HEM_SCHOOLS.map(([uai, name, pupils, year]) => [uai, name, "Hem", pupils, year]),
    ],
    settings: [
      ["Paramètre", "Valeur"],
      ["Émetteur", "Syndicat mixte Nord-Pas-de-Calais Numérique"],
      ["Adresse", "Hôtel de Région, 151 avenue du Président Hoover\n59555 Lille Cedex"],
      ["SIRET", SIRET.issuer],
      ["Contact comptable", "Service financier : finances@example.fr"],
      ["Mention TVA", ""],
      ["Prénom de l'ordonnateur", "Jean"],
      ["Nom de l'ordonnateur", "Martin"],
      ["Qualité de l'ordonnateur", "Le Président"],
      ["Comptable assignataire", "Service de gestion comptable de Lille Métropole"],
      ["Adresse du comptable", "12 rue des Finances\nCS 10001\n59000 Lille"],
      ["IBAN", "FR76 3000 1005 9400 0005 9400 031"],
      ["BIC", "BDFEFRPPCCT"],
    ],
    journal: [
      ["Numéro", "Exercice", "Membre", "Montant", "Élèves", "Date", "Barème", "Statut"],
      ["2024-0001", 2024, "Hem", 469.3, HEM_PUPILS_2024, "15/03/2024", "ctaf-2023-06-15", "émis"],
      ["2024-0002", 2024, PEVELE, 8640, 5400, "15/03/2024", "ctaf-2023-06-15", "émis"],
      ["2024-0003", 2024, "Arras", "2 795,00", 2150, 45366, "ctaf-2023-06-15", "Émis"],
      ["2022-0004", 2022, "Liévin", 3906, 3100, "01/04/2022", "ctaf-2019-v4", ""],
    ],
  };
}

function columnIndex(table: Table, header: string): number {
  const index = (table[0] ?? []).indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return index;
}

/**
 * Changes one cell, found by its row (header = 1) and its header as typed.
 *
 * @param table - the table
 * @param row - Excel row within the table
 * @param header - the column header
 * @param value - the new value
 */
export function setCell(table: Table, row: number, header: string, value: unknown): void {
  const cells = table[row - 1];
  if (!cells) throw new Error(`no row ${row}`);
  cells[columnIndex(table, header)] = value;
}

/**
 * Adds a row at the end, empty but for the cells given by header.
 *
 * @param table - the table
 * @param values - cells by header
 * @returns its row number (header = 1)
 */
export function addRow(table: Table, values: Record<string, unknown>): number {
  const header = table[0] ?? [];
  table.push(header.map((h) => (typeof h === "string" && h in values ? values[h] : "")));
  return table.length;
}

/**
 * Removes a column, header and cells.
 *
 * @param table - the table
 * @param header - its header as typed
 */
export function removeColumn(table: Table, header: string): void {
  const index = columnIndex(table, header);
  for (const cells of table) cells.splice(index, 1);
}

/**
 * Adds a column at the right, with an empty cell in every row.
 *
 * @param table - the table
 * @param header - its header
 */
export function addColumn(table: Table, header: string): void {
  table.forEach((cells, index) => cells.push(index === 0 ? header : ""));
}

/** A new member who owes 2025, valid, to be changed by a test. */
export function newMember(values: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Nom: "Wattrelos",
    Type: "commune",
    SIRET: SIRET.other,
    "Date d'effet": "01/01/2025",
    Élèves: 1500,
    ...values,
  };
}
