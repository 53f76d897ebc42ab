import { withSiretKeys } from "../domain/identifiers/siren";
import { withUaiLetter } from "../domain/identifiers/uai";
import { MEMBER_COLUMNS, MEMBER_LABELS } from "../domain/register/memberColumns";
import {
  date,
  EMPTY,
  formula,
  num,
  text,
  type SheetCell,
  type SheetSpec,
} from "../domain/sheets/SheetSpec";
import { CHARGE_LABELS } from "../domain/sharing/readCharges";
import { MIDDLE_SCHOOL_LABELS } from "../domain/sharing/readMiddleSchools";
import { SAMPLE_PES_SETTINGS } from "./sampleRegister";
import { SAMPLE_IBAN, sampleSettingsSheet } from "./sampleSettingsSheet";

/**
 * The exercise of the sharing sample: its school year, 2025-2026, ends on 31 August 2026, and
 * its contributions are called from 1 September 2026 on (RULES.md §5).
 *
 * @example
 * SHARING_SAMPLE_YEAR; // 2026
 */
export const SHARING_SAMPLE_YEAR = 2026;

type Kind = "commune" | "epci" | "autre";

/** [name, type, SIREN's first 8 digits, postcode and town, transfer, pupils or null (schools)] */
const MEMBERS: readonly [string, Kind, string, string, string, number | null][] = [
  ["Commune d'Abbeville", "commune", "21800010", "80100 Abbeville", "2017-09-01", null],
  ["Commune d'Albert", "commune", "21800210", "80300 Albert", "2017-09-01", 1185],
  ["Commune de Doullens", "commune", "21802530", "80600 Doullens", "2018-09-01", 642],
  ["Commune de Péronne", "commune", "21806200", "80200 Péronne", "2017-09-01", 788],
  ["Commune de Ham", "commune", "21804100", "80400 Ham", "2019-09-01", 451],
  ["Commune de Montdidier", "commune", "21805610", "80500 Montdidier", "2018-09-01", 523],
  ["Commune de Corbie", "commune", "21802120", "80800 Corbie", "2020-09-01", 497],
  ["Commune de Rue", "commune", "21806880", "80120 Rue", "2026-01-05", 214],
  [
    "Communauté de communes du Vimeu",
    "epci",
    "24800010",
    "80130 Friville-Escarbotin",
    "2018-09-01",
    2316,
  ],
  [
    "Communauté de communes Nièvre et Somme",
    "epci",
    "24800020",
    "80420 Flixecourt",
    "2019-09-01",
    1874,
  ],
  [
    "Communauté de communes Terre de Picardie",
    "epci",
    "24800030",
    "80200 Estrées-Deniécourt",
    "2021-09-01",
    1329,
  ],
  [
    "Communauté de communes du Territoire Nord Picardie",
    "epci",
    "24800040",
    "80600 Doullens",
    "2020-09-01",
    1602,
  ],
  ["Département de la Somme", "autre", "22800010", "80000 Amiens", "2017-09-01", null],
];

/** Abbeville's schools: the pupils shared come from them (1 948 in all; names and counts an example). */
const ABBEVILLE_SCHOOLS: readonly [string, number, number][] = [
  ["École primaire Jean Jaurès", 312, 2017],
  ["École primaire du Champ de Foire", 268, 2017],
  ["École élémentaire Marcel Pagnol", 241, 2018],
  ["École maternelle Les Argillières", 176, 2018],
  ["École primaire de Menchecourt", 295, 2019],
  ["École élémentaire du Soleil Levant", 229, 2019],
  ["École maternelle Pierre Sauvage", 163, 2020],
  ["École primaire de la Bouvaque", 264, 2021],
];

/** [heading, supplier, payment reference, date, amount in euros] for the school year 2025-2026. */
const CHARGES: readonly [string, string, string, string, number][] = [
  [
    "Pilotage et suivi administratif des projets",
    "Personnel du syndicat (quote-part ENT)",
    "Mandat 2025-1187",
    "2025-12-19",
    21450.0,
  ],
  [
    "Pilotage et suivi administratif des projets",
    "Personnel du syndicat (quote-part ENT)",
    "Mandat 2026-0642",
    "2026-06-26",
    21450.0,
  ],
  [
    "Pilotage et suivi administratif des projets",
    "Assistance à maîtrise d'ouvrage (exemple)",
    "Mandat 2026-0211",
    "2026-03-12",
    8736.0,
  ],
  [
    "Plateforme mutualisée",
    "Éditeur de la plateforme ENT (titulaire du marché, exemple)",
    "Mandat 2025-1032",
    "2025-10-15",
    48912.6,
  ],
  [
    "Plateforme mutualisée",
    "Éditeur de la plateforme ENT (titulaire du marché, exemple)",
    "Mandat 2026-0118",
    "2026-01-20",
    48912.6,
  ],
  [
    "Plateforme mutualisée",
    "Éditeur de la plateforme ENT (titulaire du marché, exemple)",
    "Mandat 2026-0455",
    "2026-04-17",
    48912.6,
  ],
  [
    "Plateforme mutualisée",
    "Éditeur de la plateforme ENT (titulaire du marché, exemple)",
    "Mandat 2026-0790",
    "2026-07-21",
    48912.6,
  ],
  [
    "Plateforme mutualisée",
    "Hébergeur certifié HDS (exemple)",
    "Mandat 2026-0320",
    "2026-03-31",
    12480.0,
  ],
  [
    "Contenus pédagogiques payants",
    "Éditeur de ressources numériques A (exemple)",
    "Mandat 2025-0987",
    "2025-09-30",
    17364.0,
  ],
  [
    "Contenus pédagogiques payants",
    "Éditeur de ressources numériques B (exemple)",
    "Mandat 2025-1210",
    "2025-11-28",
    9870.5,
  ],
  [
    "Contenus pédagogiques payants",
    "Kiosque de presse jeunesse (exemple)",
    "Mandat 2026-0097",
    "2026-01-14",
    4236.0,
  ],
  [
    "Convention d'accompagnement par CANOPE",
    "Réseau Canopé, atelier de la Somme",
    "Mandat 2026-0154",
    "2026-02-06",
    15000.0,
  ],
  [
    "Convention d'accompagnement par CANOPE",
    "Réseau Canopé, atelier de la Somme",
    "Mandat 2026-0702",
    "2026-07-03",
    15000.0,
  ],
  [
    "Évaluation du dispositif",
    "Laboratoire universitaire partenaire (exemple)",
    "Mandat 2026-0588",
    "2026-06-05",
    6480.0,
  ],
  [
    "Animation et communication autour des projets",
    "Imprimeur (exemple)",
    "Mandat 2025-1099",
    "2025-11-07",
    2317.44,
  ],
  [
    "Animation et communication autour des projets",
    "Journées de l'ENT : location de salle (exemple)",
    "Mandat 2026-0379",
    "2026-04-09",
    1850.0,
  ],
  [
    "Animation et communication autour des projets",
    "Agence de communication (exemple)",
    "Mandat 2026-0511",
    "2026-05-22",
    3960.0,
  ],
  [
    "Autres dépenses de fonctionnement du service",
    "Connecteur d'authentification SSO (exemple)",
    "Mandat 2026-0233",
    "2026-03-03",
    5220.0,
  ],
  [
    "Autres dépenses de fonctionnement du service",
    "Assistance téléphonique de niveau 2 (exemple)",
    "Mandat 2026-0811",
    "2026-08-07",
    7344.0,
  ],
];

/** FEDER obtained by the syndicate for its members for the school year (an example). */
const FEDER_EUROS = 95000;

/** The collèges' services invoiced to the Département: [service, quantity, unit price (€)]. */
const MIDDLE_SCHOOL_SERVICES: readonly [string, number, number][] = [
  ["Création et fonctionnement des comptes des collèges (élèves et personnels)", 27384, 1.85],
  ["Contenus et ressources pédagogiques validés par le Département", 24910, 0.95],
];
const MARKET = "n° 2023-ENT-01";

const MEMBER_HEADERS = MEMBER_COLUMNS.map((column) => MEMBER_LABELS[column.field]);
/** The FEDER cell of the Paramètres sheet ("FEDER obtenu" is its 9th setting: row 10). */
const FEDER_CELL = "'Paramètres'!$B$10";

function memberRow([
  name,
  kind,
  siret,
  town,
  transfer,
  pupils,
]: (typeof MEMBERS)[number]): SheetCell[] {
  const place = kind === "epci" ? "Siège" : kind === "commune" ? "Mairie" : "Hôtel du Département";
  const byField: Record<string, SheetCell> = {
    name: text(name),
    type: text(kind),
    siret: text(withSiretKeys(siret, "0001")),
    address: text(`Exemple — ${place}\n${town}`),
    departement: text("80"),
    transferDate: date(transfer),
    withdrawalDate: EMPTY,
    pupils: pupils === null ? EMPTY : num(pupils),
    options: EMPTY,
    serviceCode: text(kind === "autre" ? "DEPT-ENT" : ""),
    serviceCodeRequired: text(kind === "autre" ? "oui" : "non"),
    engagementNumber: text(""),
    engagementRequired: text("non"),
  };
  return MEMBER_COLUMNS.map((column) => byField[column.field] ?? EMPTY);
}

function membersSheet(): SheetSpec {
  const rows = MEMBERS.map(memberRow);
  const header = [
    ...MEMBER_HEADERS.map((h) => text(h, true)),
    EMPTY,
    text("Élèves bénéficiaires", true),
    text("Quote-part estimée (ENT.QUOTEPART)", true),
  ];
  const columns = MEMBER_HEADERS.length;
  const letter = (index: number) => String.fromCharCode(65 + index);
  const pupilsColumn = letter(columns + 1);
  const first = 2;
  const sharers = MEMBERS.filter(([, kind]) => kind !== "autre").length;
  const body = rows.map((row, index) => {
    const excelRow = index + 2;
    if (MEMBERS[index]?.[1] === "autre") return [...row, EMPTY, EMPTY, EMPTY];
    const pupils = `=IF(COUNTIF(Ecoles[Membre],A${excelRow})>0,SUMIFS(Ecoles[Élèves],Ecoles[Membre],A${excelRow},Ecoles[Première année],"<=${SHARING_SAMPLE_YEAR}"),${letter(MEMBER_COLUMNS.findIndex((c) => c.field === "pupils"))}${excelRow})`;
    const share = `=ENT.QUOTEPART(Charges[Montant],${FEDER_CELL},${pupilsColumn}${excelRow},SUM(${pupilsColumn}$${first}:${pupilsColumn}$${first + sharers - 1}))`;
    return [...row, EMPTY, formula(pupils, "number"), formula(share)];
  });
  return {
    name: "Membres",
    rows: [header, ...body],
    columnWidths: [44, 9, 16, 30, 8, 12, 12, 8, 10, 12, 10, 12, 10, 2, 12, 20],
    print: { orientation: "landscape" },
    table: { name: "Membres", headerRow: 0, columns },
  };
}

function schoolsSheet(): SheetSpec {
  const header = ["UAI", "Nom", "Membre", "Élèves", "Première année"].map((h) => text(h, true));
  const rows = ABBEVILLE_SCHOOLS.map(([name, pupils, first], index) => [
    text(withUaiLetter(`080${String(1201 + index * 11).padStart(4, "0")}`)),
    text(name),
    text("Commune d'Abbeville"),
    num(pupils),
    num(first),
  ]);
  return {
    name: "Écoles",
    rows: [header, ...rows],
    columnWidths: [12, 36, 22, 8, 14],
    print: { orientation: "portrait" },
    table: { name: "Ecoles", headerRow: 0 },
  };
}

function settingsSheet(): SheetSpec {
  const rows: [string, string | number][] = [
    ["Émetteur", "Syndicat mixte Somme Numérique (exemple)"],
    ["Adresse", "Exemple — 1 boulevard du Port\n80000 Amiens"],
    ["SIRET", withSiretKeys("25800001", "0001")],
    ["Contact comptable", "Service financier — finances@exemple.fr — 03 00 00 00 00"],
    ["Mention TVA", "Contribution non soumise à la TVA"],
    ["Conditions de paiement", "Paiement à 30 jours, par virement au comptable assignataire"],
    ["Délai de paiement (jours)", 30],
    ["Mode d'appel", "partage des charges nettes"],
    ["FEDER obtenu", FEDER_EUROS],
    ["Prénom de l'ordonnateur", "Claire"],
    ["Nom de l'ordonnateur", "Lefèvre"],
    ["Qualité de l'ordonnateur", "La Présidente"],
    ["Par délégation de", ""],
    ["Comptable assignataire", "Service de gestion comptable d'Amiens (exemple)"],
    ["Adresse du comptable", "Exemple — 2 rue des Finances\n80000 Amiens"],
    ["IBAN", SAMPLE_IBAN],
    ["BIC", "BDFEFRPPCCT"],
    ["Tribunal compétent", "tribunal administratif d'Amiens"],
    ...SAMPLE_PES_SETTINGS,
  ];
  return sampleSettingsSheet(rows, 26);
}

function chargesSheet(): SheetSpec {
  const header = [
    CHARGE_LABELS.heading,
    CHARGE_LABELS.supplier,
    CHARGE_LABELS.reference,
    CHARGE_LABELS.date,
    CHARGE_LABELS.amount,
  ].map((h) => text(h, true));
  const rows = CHARGES.map(([heading, supplier, reference, paid, euros]) => [
    text(heading),
    text(supplier),
    text(reference),
    date(paid),
    // Amounts in euros with two decimals, typed as Excel holds them.
    num(euros),
  ]);
  return {
    name: "Charges",
    rows: [header, ...rows],
    columnWidths: [44, 50, 18, 14, 14],
    print: { orientation: "landscape" },
    table: { name: "Charges", headerRow: 0 },
  };
}

function middleSchoolsSheet(): SheetSpec {
  const header = [
    MIDDLE_SCHOOL_LABELS.departement,
    MIDDLE_SCHOOL_LABELS.service,
    MIDDLE_SCHOOL_LABELS.quantity,
    MIDDLE_SCHOOL_LABELS.unitPrice,
    MIDDLE_SCHOOL_LABELS.market,
  ].map((h) => text(h, true));
  const rows = MIDDLE_SCHOOL_SERVICES.map(([service, quantity, price]) => [
    text("Département de la Somme"),
    text(service),
    num(quantity),
    num(price),
    text(MARKET),
  ]);
  return {
    name: "Collèges",
    rows: [header, ...rows],
    columnWidths: [26, 64, 10, 14, 18],
    print: { orientation: "landscape" },
    table: { name: "Colleges", headerRow: 0 },
  };
}

/**
 * The example register of the sharing of net charges (RULES.md §5), for the school year
 * 2025-2026: a département's syndicate (fictitious figures) whose "Mode d'appel" is "partage des
 * charges nettes", twelve communes and EPCIs of the Somme sharing the charges (Abbeville through
 * its schools, Rue joined during the year), the Département invoiced for its collèges, a year of
 * charges in the seven headings of the charter, the FEDER obtained, and beside the members their
 * beneficiary pupils and an ENT.QUOTEPART formula. Names of places are real; identifiers, pupils,
 * suppliers and amounts are invented.
 *
 * @returns the sheets, each with its table; Membres comes last (its formulas refer to the others)
 * @example
 * sharingSampleRegisterSheets().map((s) => s.name); // ["Écoles", "Paramètres", "Charges", "Collèges", "Membres"]
 */
export function sharingSampleRegisterSheets(): SheetSpec[] {
  return [schoolsSheet(), settingsSheet(), chargesSheet(), middleSchoolsSheet(), membersSheet()];
}
