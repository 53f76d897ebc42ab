/*
 * A generated member register (.xlsx) of any size, for the CLI's benchmark and tests:
 * `npx tsx bench/makeRegister.ts 1000 /tmp/registre-1000.xlsx`.
 * Valid SIRETs (both keys, the SIREN's and the SIRET's) and UAIs, varied types, pupils and
 * options, some members counted from their schools, some below 15 €, some withdrawn, with service
 * codes and engagement numbers, and a Paramètres table. Written through createXlsxWorkbook, as a
 * user's register would be read.
 */
import { writeFile } from "node:fs/promises";
import { withSiretKeys } from "../src/domain/identifiers/siren";
import {
  date,
  EMPTY,
  num,
  text,
  type SheetCell,
  type SheetSpec,
} from "../src/domain/sheets/SheetSpec";
import { SAMPLE_PES_SETTINGS } from "../src/app/sampleRegister";
import { MEMBER_COLUMNS, MEMBER_LABELS } from "../src/domain/register/memberColumns";
import { createXlsxWorkbook } from "../src/workbook/file/xlsxWorkbook";

/** The Membres headers, as the register reader documents them. */
const MEMBER_HEADERS = MEMBER_COLUMNS.map((column) => MEMBER_LABELS[column.field]);

const OPTIONS = [
  "",
  "accompagnement",
  "demi-journees=2",
  "",
  "accompagnement; demi-journees=1",
  "subvention=120,50",
  "",
  "mois=6",
];

/** Index in OPTIONS of the subsidy, which must not exceed the contribution. */
const SUBSIDY = 5;
const TRANSFER_DATES = ["2019-01-01", "2021-09-01", "2023-01-01", "2024-01-01"];
const UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

/**
 * A SIRET whose two keys pass, its SIREN's and its own, distinct for every index below 10^8: a
 * public body's prefix 2159 and the index's upper four digits make the SIREN's first eight, its
 * lower four the establishment's number.
 *
 * @param index - member index
 * @returns 14 digits
 * @example
 * generatedSiret(7); // "21590000200076": SIREN 215900002, establishment 0007, key 6
 */
export function generatedSiret(index: number): string {
  const upper = String(Math.floor(index / 10_000)).padStart(4, "0");
  return withSiretKeys(`2159${upper}`, String(index % 10_000).padStart(4, "0"));
}

function uai(index: number): string {
  const digits = `059${String(index % 10_000).padStart(4, "0")}`;
  return digits + (UAI_LETTERS[Number(digits) % 23] ?? "A");
}

/** Every eighth member is counted from its schools (3 each, the last one equipped in 2026). */
const hasSchools = (index: number) => index % 8 === 3;

function memberRow(index: number): SheetCell[] {
  const epci = index % 10 === 0;
  // Every 50th member withdrew at the end of 2023: it owes nothing from 2024.
  const withdrawn = index % 50 === 49;
  // Every 97th member has 8 pupils: 10,40 €, below 15 € (not put into recovery).
  const pupils = index % 97 === 96 ? 8 : 30 + ((index * 389) % 4970);
  const chorus = index % 5 === 1;
  return [
    text(epci ? `Communauté de communes n° ${index + 1}` : `Commune n° ${index + 1}`),
    text(epci ? "epci" : index % 37 === 5 ? "autre" : "commune"),
    text(generatedSiret(index)),
    text(`Mairie\n${(index % 90) + 1} rue de la République\n${59000 + (index % 900)} Exemple`),
    text(index % 2 ? "59" : "62"),
    date(
      withdrawn ? "2019-01-01" : (TRANSFER_DATES[index % TRANSFER_DATES.length] ?? "2024-01-01")
    ),
    withdrawn ? date("2023-12-31") : EMPTY,
    hasSchools(index) ? EMPTY : num(pupils),
    // A subsidy (120,50 €) only where the contribution exceeds it; none below 15 €.
    text(
      pupils < 200 && index % OPTIONS.length === SUBSIDY
        ? ""
        : (OPTIONS[index % OPTIONS.length] ?? "")
    ),
    text(chorus ? `SRV-${String(index).padStart(4, "0")}` : ""),
    text(chorus ? "oui" : "non"),
    text(chorus ? `EJ-${String(index).padStart(6, "0")}` : ""),
    text(chorus ? "oui" : "non"),
  ];
}

function schoolRows(members: number): SheetCell[][] {
  const rows: SheetCell[][] = [];
  for (let index = 0; index < members; index += 1) {
    if (!hasSchools(index)) continue;
    for (let school = 0; school < 3; school += 1)
      rows.push([
        text(uai(index * 3 + school)),
        text(`École ${school + 1} de la commune n° ${index + 1}`),
        text(`Commune n° ${index + 1}`),
        num(80 + ((index + school * 7) % 120)),
        num(2024 + school),
      ]);
  }
  return rows;
}

/**
 * The sheets of a generated register: Membres, Écoles and Paramètres, each with its table.
 *
 * @param members - number of members
 * @returns the sheets
 * @example
 * generatedRegisterSheets(1000).map((s) => s.name); // ["Membres", "Écoles", "Paramètres"]
 */
export function generatedRegisterSheets(members: number): SheetSpec[] {
  const memberRows = Array.from({ length: members }, (_, index) => memberRow(index));
  const settings: [string, string][] = [
    ["Émetteur", "Syndicat mixte Nord-Pas-de-Calais Numérique (La Fibre Numérique 59/62)"],
    ["Adresse", "EuraTechnologies\n165 avenue de Bretagne\n59000 Lille"],
    ["SIRET", generatedSiret(999_999)],
    ["Contact comptable", "Service financier — finances@exemple.fr"],
    ["Mention TVA", "Contribution non soumise à la TVA"],
    ["Conditions de paiement", "Paiement à 30 jours, par virement au comptable assignataire"],
    ["Délai de paiement (jours)", "30"],
    ["Prénom de l'ordonnateur", "Jean"],
    ["Nom de l'ordonnateur", "Martin"],
    ["Qualité de l'ordonnateur", "Le Président"],
    ["Comptable assignataire", "Service de gestion comptable de Lille Métropole"],
    ["Adresse du comptable", "12 rue des Finances\nCS 10001\n59000 Lille"],
    // Fictitious Banque de France account; RIB key and IBAN key (ISO 13616) computed.
    ["IBAN", "FR76 3000 1005 9400 0005 9400 128"],
    ["BIC", "BDFEFRPPCCT"],
    // The PES V2 file (fictitious Hélios codes, as in the sample register).
    ...SAMPLE_PES_SETTINGS,
  ];
  return [
    {
      name: "Membres",
      rows: [MEMBER_HEADERS.map((header) => text(header, true)), ...memberRows],
      columnWidths: [34, 9, 16, 30, 12, 12, 14, 8, 24, 14, 12, 16, 12],
      print: { orientation: "landscape" },
      table: { name: "Membres", headerRow: 0 },
    },
    {
      name: "Écoles",
      rows: [
        ["UAI", "Nom", "Membre", "Élèves", "Première année"].map((h) => text(h, true)),
        ...schoolRows(members),
      ],
      columnWidths: [12, 34, 24, 8, 14],
      print: { orientation: "portrait" },
      table: { name: "Ecoles", headerRow: 0 },
    },
    {
      name: "Paramètres",
      rows: [
        [text("Paramètre", true), text("Valeur", true)],
        ...settings.map(([key, value]) => [text(key), text(value)]),
      ],
      columnWidths: [22, 70],
      print: { orientation: "portrait" },
      table: { name: "Parametres", headerRow: 0 },
    },
  ];
}

/**
 * A generated register as .xlsx bytes.
 *
 * @param members - number of members
 * @returns the file's bytes
 * @example
 * await writeFile("registre-1000.xlsx", await makeRegister(1000));
 */
export async function makeRegister(members: number): Promise<Uint8Array> {
  const workbook = await createXlsxWorkbook();
  await workbook.writeSheets(generatedRegisterSheets(members));
  return workbook.toXlsx();
}

async function main(argv: readonly string[]): Promise<void> {
  const [count, path] = argv;
  if (count === undefined || !/^\d+$/.test(count) || path === undefined) {
    process.stderr.write("Usage : tsx bench/makeRegister.ts <membres> <fichier.xlsx>\n");
    process.exitCode = 2;
    return;
  }
  await writeFile(path, await makeRegister(Number(count)));
  process.stdout.write(`${path} : registre de ${count} membres.\n`);
}

if (require.main === module) void main(process.argv.slice(2));
