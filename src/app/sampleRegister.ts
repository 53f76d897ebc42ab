import { withSiretKeys } from "../domain/identifiers/siren";
import { withUaiLetter } from "../domain/identifiers/uai";
import { MEMBER_COLUMNS, MEMBER_LABELS } from "../domain/register/memberColumns";
import {
  EMPTY,
  formula,
  num,
  text,
  date,
  type SheetCell,
  type SheetSpec,
} from "../domain/sheets/SheetSpec";
import { SAMPLE_IBAN, sampleSettingsSheet } from "./sampleSettingsSheet";

/** The example syndicate's SIRET as printed in its 2021 deliberation (seed 001): it fails its check, on purpose. */
const SYNDICATE_SIRET_AS_PRINTED = "20003038600020";

/**
 * The Paramètres rows of the PES V2 file for Hélios (README, "PES V2 file"): fictitious codes, to
 * be replaced by those the comptable gives; typed as text so that leading zeros stay. Shared with
 * the generated registers of the benchmarks.
 *
 * @example
 * SAMPLE_PES_SETTINGS[0]; // ["Poste comptable", "059000"]
 */
export const SAMPLE_PES_SETTINGS: readonly [string, string][] = [
  ["Poste comptable", "059000"],
  ["Code collectivité", "123"],
  ["Code budget", "00"],
  ["Libellé budget", "Budget principal"],
  ["Imputation nature", "7474"],
  ["Imputation fonction", "21"],
  ["Code produit", "ENT"],
];

/** Hem's 11 public schools (seed 003), 1 209 pupils in all; names and counts are an example. */
const HEM_SCHOOLS: readonly [string, number][] = [
  ["École maternelle Jules Ferry", 98],
  ["École élémentaire Jules Ferry", 141],
  ["École maternelle Victor Hugo", 87],
  ["École élémentaire Victor Hugo", 126],
  ["École maternelle Jean Macé", 92],
  ["École élémentaire Jean Macé", 133],
  ["École primaire du Petit Lannoy", 118],
  ["École maternelle Marie Curie", 79],
  ["École élémentaire Marie Curie", 121],
  ["École primaire des Hauts-Champs", 107],
  ["École primaire Saint-Exupéry", 107],
];

/** The Membres headers, as the register reader documents them. */
const MEMBER_HEADERS = MEMBER_COLUMNS.map((column) => MEMBER_LABELS[column.field]);

interface SampleMember {
  name: string;
  type: string;
  siret: string;
  address: string;
  departement: string;
  transfer: string;
  withdrawal: string | null;
  pupils: number;
  options: string;
  serviceCode: string;
  serviceRequired: boolean;
  engagement: string;
  engagementRequired: boolean;
}

/** The members of the example: Hem (seed 003) and four fictitious ones that show the options. */
const MEMBERS: readonly SampleMember[] = [
  {
    name: "Ville de Hem",
    type: "commune",
    siret: withSiretKeys("21590299", "0001"),
    address: "Hôtel de Ville\n42 rue du Général Leclerc\n59510 Hem",
    departement: "59",
    transfer: "2024-01-01",
    withdrawal: null,
    pupils: 1209,
    options: "",
    serviceCode: "",
    serviceRequired: false,
    engagement: "",
    engagementRequired: false,
  },
  {
    name: "Communauté d'agglomération du Caudrésis-Catésis",
    type: "epci",
    siret: withSiretKeys("24590000", "0001"),
    address: "Exemple — 1 place de l'Hôtel de Ville\n59540 Caudry",
    departement: "59",
    transfer: "2021-09-01",
    withdrawal: null,
    pupils: 4120,
    options: "accompagnement",
    serviceCode: "ENT-EDUC",
    serviceRequired: true,
    engagement: "EJ-2025-0042",
    engagementRequired: true,
  },
  {
    name: "Commune d'Exemple-sur-Lys",
    type: "commune",
    siret: withSiretKeys("21620000", "0001"),
    address: "Mairie\n1 rue de l'Exemple\n62000 Exemple-sur-Lys",
    departement: "62",
    transfer: "2022-01-01",
    withdrawal: null,
    pupils: 640,
    options: "demi-journees=2",
    serviceCode: "",
    serviceRequired: false,
    engagement: "",
    engagementRequired: false,
  },
  {
    name: "Communauté de communes du Val d'Exemple",
    type: "epci",
    siret: withSiretKeys("24620000", "0001"),
    address: "Exemple — 5 avenue de la Gare\n62100 Exemple",
    departement: "62",
    transfer: "2025-09-01",
    withdrawal: null,
    pupils: 2310,
    // Its part year is a fact of 2025 only: see EXERCISE_OPTIONS.
    options: "",
    serviceCode: "",
    serviceRequired: false,
    engagement: "",
    engagementRequired: false,
  },
  {
    name: "Commune de Retrait-Exemple",
    type: "commune",
    siret: withSiretKeys("21590000", "0009"),
    address: "Mairie\n59000 Retrait-Exemple",
    departement: "59",
    transfer: "2019-01-01",
    withdrawal: "2023-12-31",
    pupils: 210,
    options: "",
    serviceCode: "",
    serviceRequired: false,
    engagement: "",
    engagementRequired: false,
  },
];

/**
 * What holds for one exercise only (decision 0014): the Val d'Exemple joined on 1 September 2025,
 * so its 2025 contribution is for 4 months (RULES.md §2.4); from 2026 it owes the full year.
 */
const EXERCISE_OPTIONS: readonly [string, number, string][] = [
  ["Communauté de communes du Val d'Exemple", 2025, "mois=4"],
];

/** Name of the Excel table of the options by exercise, as the formulas beside Membres cite it. */
const EXERCISE_OPTIONS_TABLE = "OptionsParExercice";

function memberRow(member: SampleMember): SheetCell[] {
  const yes = (flag: boolean) => text(flag ? "oui" : "non");
  return [
    text(member.name),
    text(member.type),
    text(member.siret),
    text(member.address),
    text(member.departement),
    date(member.transfer),
    member.withdrawal ? date(member.withdrawal) : EMPTY,
    num(member.pupils),
    text(member.options),
    text(member.serviceCode),
    yes(member.serviceRequired),
    text(member.engagement),
    yes(member.engagementRequired),
  ];
}

/**
 * Pupils billed for a year, as the statements count them: from the member's schools equipped by
 * then when it has some in the Écoles table, else its own Élèves cell (RULES.md §4).
 */
function billedPupilsFormula(excelRow: number, year: number): string {
  return `=IF(COUNTIF(Ecoles[Membre],A${excelRow})>0,SUMIFS(Ecoles[Élèves],Ecoles[Membre],A${excelRow},Ecoles[Première année],"<="&${year}),H${excelRow})`;
}

/**
 * Options billed for a year: the member's Options cell (column I) and its row of the options by
 * exercise for that year, joined by "; ". Functions of Excel 2007 only (the .xlsx file then needs
 * no _xlfn prefix), and SUMPRODUCT to find the row by member and exercise without an array
 * formula, which Excel and LibreOffice both compute. The statements let the exercise's value win
 * when both name the same option; joined, ENT.CONTRIB would call it given twice (the sample has no
 * such case).
 */
function yearOptionsFormula(excelRow: number, year: number): string {
  const t = EXERCISE_OPTIONS_TABLE;
  const own = `I${excelRow}`;
  const first = `ROW(INDEX(${t}[Membre],1))`;
  const position = `SUMPRODUCT((${t}[Membre]=A${excelRow})*(${t}[Exercice]=${year})*(ROW(${t}[Membre])-${first}+1))`;
  return `=IF(${position}=0,${own}&"",IF(${own}="","",${own}&"; ")&INDEX(${t}[Options],${position}))`;
}

function membersSheet(year: number): SheetSpec {
  const header = [
    ...MEMBER_HEADERS.map((h) => text(h, true)),
    EMPTY,
    text(`Élèves facturés ${year}`, true),
    text(`Options ${year}`, true),
    text(`Contribution ${year} (ENT.CONTRIB)`, true),
  ];
  const rows = MEMBERS.map((member, index) => {
    const excelRow = index + 2;
    // The pupils billed (column O) and the options of the year (column P): the same arguments
    // the statements use.
    return [
      ...memberRow(member),
      EMPTY,
      formula(billedPupilsFormula(excelRow, year), "number"),
      formula(yearOptionsFormula(excelRow, year)),
      formula(`=ENT.CONTRIB(O${excelRow},${year},P${excelRow})`),
    ];
  });
  return {
    name: "Membres",
    rows: [header, ...rows],
    columnWidths: [34, 9, 16, 30, 12, 12, 14, 8, 24, 14, 12, 16, 12, 2, 18, 24, 26],
    print: { orientation: "landscape" },
    table: { name: "Membres", headerRow: 0, columns: MEMBER_HEADERS.length },
  };
}

function schoolsSheet(): SheetSpec {
  const header = ["UAI", "Nom", "Membre", "Élèves", "Première année"].map((h) => text(h, true));
  const rows = HEM_SCHOOLS.map(([name, pupils], index) => [
    text(withUaiLetter(`059${String(1401 + index * 7).padStart(4, "0")}`)),
    text(name),
    text("Ville de Hem"),
    num(pupils),
    // Deployment over four years, a quarter of the schools each year (RULES.md §4): 3, 3, 3, 2.
    num(2024 + Math.floor((index * 4) / HEM_SCHOOLS.length)),
  ]);
  return {
    name: "Écoles",
    rows: [header, ...rows],
    columnWidths: [12, 34, 20, 8, 14],
    print: { orientation: "portrait" },
    table: { name: "Ecoles", headerRow: 0 },
  };
}

function exerciseOptionsSheet(): SheetSpec {
  const header = ["Membre", "Exercice", "Options"].map((h) => text(h, true));
  const rows = EXERCISE_OPTIONS.map(([member, year, options]) => [
    text(member),
    num(year),
    text(options),
  ]);
  return {
    name: "Options par exercice",
    rows: [header, ...rows],
    columnWidths: [40, 10, 30],
    print: { orientation: "portrait" },
    table: { name: EXERCISE_OPTIONS_TABLE, headerRow: 0 },
  };
}

function settingsSheet(): SheetSpec {
  const rows: [string, string | number][] = [
    ["Émetteur", "Syndicat mixte Nord-Pas-de-Calais Numérique (La Fibre Numérique 59/62)"],
    ["Adresse", "EuraTechnologies\n165 avenue de Bretagne\n59000 Lille"],
    ["SIRET", SYNDICATE_SIRET_AS_PRINTED],
    ["Contact comptable", "Service financier — finances@exemple.fr — 03 00 00 00 00"],
    [
      "Mention TVA",
      "Contribution non soumise à la TVA (montants TTC votés par le comité syndical)",
    ],
    ["Conditions de paiement", "Paiement à 30 jours, par virement au comptable assignataire"],
    ["Délai de paiement (jours)", 30],
    // The titre de recettes (RULES.md §9): who issues it, who collects, where to pay, recourse.
    // Fictitious person, accountant and account; the IBAN's keys (RIB and ISO 13616) are right.
    ["Prénom de l'ordonnateur", "Jean"],
    ["Nom de l'ordonnateur", "Martin"],
    ["Qualité de l'ordonnateur", "Le Président"],
    ["Par délégation de", ""],
    ["Comptable assignataire", "Service de gestion comptable de Lille Métropole"],
    ["Adresse du comptable", "12 rue des Finances\nCS 10001\n59000 Lille"],
    ["IBAN", SAMPLE_IBAN],
    ["BIC", "BDFEFRPPCCT"],
    ["Tribunal compétent", "tribunal administratif de Lille"],
    ...SAMPLE_PES_SETTINGS,
  ];
  return sampleSettingsSheet(rows, 22);
}

/**
 * The example register a new user creates in one click: the Members table (Hem and four
 * fictitious members showing the options, a part year and a withdrawal) with the pupils billed,
 * the options of the year and ENT.CONTRIB formulas beside it, Hem's 11 schools deployed over four
 * years, the issuer's settings (the syndicate's SIRET as printed in seed 001, which fails its
 * check and shows as a warning), and the options by exercise (the Val d'Exemple's part year of
 * 2025, its year of joining).
 *
 * @param year - the exercise the formulas compute
 * @returns the four sheets, each with its Excel table; Membres comes last because its formulas
 *   refer to the Ecoles and OptionsParExercice tables, which must exist when they are written
 * @example
 * sampleRegisterSheets(2025).map((s) => s.name); // ["Écoles", "Paramètres", "Options par exercice", "Membres"]
 */
export function sampleRegisterSheets(year: number): SheetSpec[] {
  return [schoolsSheet(), settingsSheet(), exerciseOptionsSheet(), membersSheet(year)];
}

/** Pupils of Hem's example schools, for tests: they add up to Hem's 1 209. */
export const SAMPLE_HEM_PUPILS = HEM_SCHOOLS.reduce((sum, [, pupils]) => sum + pupils, 0);
