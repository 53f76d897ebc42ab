/*
 * `npm run bench:statements`: the time to build the statements of 1 000 members, from reading
 * the register's tables to the sheets, summary, journal and accounting CSV ready to write —
 * everything the pane does before Office.js writes (the writes themselves are a fixed number of
 * batched requests, counted in test/workbook/officeWorkbook.test.ts); then, timed apart, the PES V2
 * file of the same generation (pesRecetteFile).
 */
import { generateStatements, prepareStatements } from "../src/app/statementsWorkflow";
import { withSiretKeys } from "../src/domain/identifiers/siren";
import { MEMBER_COLUMNS, MEMBER_LABELS } from "../src/domain/register/memberColumns";
import type { SheetSpec } from "../src/domain/sheets/SheetSpec";
import { pesRecetteFile } from "../src/domain/pes/pesRecetteFile";
import { accountingCsv } from "../src/domain/statements/accountingCsv";
import type { TableSnapshot, WorkbookGateway } from "../src/workbook/WorkbookGateway";

const MEMBERS = 1_000;
const OPTIONS = [
  "",
  "accompagnement",
  "demi-journees=2",
  "accompagnement; demi-journees=1",
  "subvention=120,50",
  "devis=300",
];

/** A SIRET whose two keys pass (its SIREN's and its own), distinct for every index below 10^8. */
function siret(index: number): string {
  const upper = String(Math.floor(index / 10_000)).padStart(4, "0");
  return withSiretKeys(`2159${upper}`, String(index % 10_000).padStart(4, "0"));
}

function registerTables(): TableSnapshot[] {
  // The first nine Membres columns: Nom … Options.
  const members: unknown[][] = [
    MEMBER_COLUMNS.slice(0, 9).map((column) => MEMBER_LABELS[column.field]),
  ];
  for (let i = 0; i < MEMBERS; i += 1) {
    members.push([
      `Commune n° ${i + 1}`,
      i % 10 === 0 ? "epci" : "commune",
      siret(i),
      `${i + 1} rue de la Mairie\n59000 Exemple`,
      i % 2 ? "59" : "62",
      "2024-01-01",
      null,
      100 + ((i * 37) % 4000),
      OPTIONS[i % OPTIONS.length],
    ]);
  }
  const settings = [
    ["Paramètre", "Valeur"],
    ["Émetteur", "Syndicat mixte Nord-Pas-de-Calais Numérique"],
    ["Adresse", "165 avenue de Bretagne\n59000 Lille"],
    ["SIRET", siret(99_999)],
    ["Prénom de l'ordonnateur", "Jean"],
    ["Nom de l'ordonnateur", "Martin"],
    ["Qualité de l'ordonnateur", "Le Président"],
    ["Comptable assignataire", "Service de gestion comptable de Lille Métropole"],
    ["Adresse du comptable", "12 rue des Finances\n59000 Lille"],
    ["IBAN", "FR76 3000 1005 9400 0005 9400 031"],
    ["BIC", "BDFEFRPPCCT"],
    ["Poste comptable", "059012"],
    ["Code collectivité", "123"],
    ["Code budget", "00"],
    ["Imputation nature", "74758"],
    ["Code produit", "ENT"],
  ];
  return [
    { name: "Membres", sheet: "Membres", values: members, address: "Membres!A1" },
    { name: "Parametres", sheet: "Paramètres", values: settings, address: "Paramètres!A1" },
  ];
}

/** Serves the tables and accepts the writes, doing nothing with them: only our own work is timed. */
function benchWorkbook(tables: TableSnapshot[]): WorkbookGateway & { sheets: SheetSpec[] } {
  const sheets: SheetSpec[] = [];
  return {
    sheets,
    readTables: async () => tables,
    sheetNames: async () => tables.map((table) => table.sheet),
    writeSheets: async (specs) => void sheets.push(...specs),
    deleteSheets: async () => undefined,
    appendTableRows: async () => undefined,
    updateTableCells: async () => undefined,
    selectTableCell: async () => undefined,
  };
}

async function main(): Promise<void> {
  const tables = registerTables();
  const rounds: number[] = [];
  const pesRounds: number[] = [];
  let sheetCount = 0;
  let csvBytes = 0;
  let pesBytes = 0;
  let titres = 0;
  for (let round = 0; round < 5; round += 1) {
    const workbook = benchWorkbook(tables);
    const start = process.hrtime.bigint();
    const run = await prepareStatements(workbook, 2025, "2025-03-01");
    await generateStatements(workbook, run);
    const csv = accountingCsv(run.numbering?.statements ?? []);
    rounds.push(Number(process.hrtime.bigint() - start) / 1e6);
    sheetCount = workbook.sheets.length;
    csvBytes = Buffer.byteLength(csv);
    if (run.problems.some((p) => p.severity === "error"))
      throw new Error("the generated register has errors");
    if (!run.settings) throw new Error("the generated register has no settings");
    const pesStart = process.hrtime.bigint();
    const pes = pesRecetteFile({
      settings: run.settings,
      statements: run.numbering?.statements ?? [],
      year: 2025,
    });
    pesRounds.push(Number(process.hrtime.bigint() - pesStart) / 1e6);
    pesBytes = Buffer.byteLength(pes.xml);
    titres = pes.titres;
  }
  const pesSorted = [...pesRounds].sort((a, b) => a - b);
  const sorted = [...rounds].sort((a, b) => a - b);
  console.log(
    `appels de ${MEMBERS} membres (lecture, contrôle, aperçu, numérotation, ${sheetCount} feuilles, CSV de ${csvBytes} octets)`
  );
  console.log(
    `  premier passage : ${rounds[0]?.toFixed(0)} ms ; médiane de 5 : ${sorted[2]?.toFixed(0)} ms`
  );
  console.log(
    `fichier PES V2 de ${titres} titres (${pesBytes} octets) : premier passage ${pesRounds[0]?.toFixed(0)} ms ; médiane de 5 : ${pesSorted[2]?.toFixed(0)} ms`
  );
  console.log(
    `  mémoire (tas utilisé) : ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} Mo`
  );
}

void main();
