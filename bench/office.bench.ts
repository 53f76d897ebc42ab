/*
 * `npm run bench:office`: what the workbook gateway sends to Excel for the statements of 10,
 * 1 000 and 5 000 members, before issue 10 (bench/officeBefore.ts) and now, as Microsoft's
 * runtime (excel-web-16.00.js of @microsoft/office-js, evaluated in jsdom) serialises it, over an
 * in-memory Excel (test/office/officeJsRuntime.ts): the largest request in bytes, the round trips
 * (requests the add-in waits for, reading and writing), and how many requests Excel on the web
 * would refuse (over 5 MB). No network, no Excel. Always exits 0.
 */
import { generateStatements, prepareStatements } from "../src/app/statementsWorkflow";
import { createOfficeWorkbook } from "../src/workbook/office/officeWorkbook";
import {
  createOfficeJsRuntime,
  EXCEL_WEB_LIMIT_BYTES,
  type RuntimeRequest,
} from "../test/office/officeJsRuntime";
import { registerSeed } from "../test/office/registerSeed";
import { withWritesBefore } from "./officeBefore";

const MEMBERS = [10, 1_000, 5_000];

interface Figures {
  statements: number;
  largest: number;
  syncs: number;
  generationSyncs: number;
  refused: number;
}

const bytes = (n: number) => n.toLocaleString("fr-FR").replace(/\u202f|\u00a0/g, " ");

async function measure(members: number, before: boolean): Promise<Figures> {
  // Before: no limit, to see what would have been sent (Excel on the web refuses over 5 MB).
  const office = createOfficeJsRuntime(registerSeed(members), {
    limitBytes: before ? null : EXCEL_WEB_LIMIT_BYTES,
  });
  const today = createOfficeWorkbook(office.run);
  const workbook = before ? withWritesBefore(today, office.run) : today;
  const run = await prepareStatements(workbook, 2025, "2025-03-01");
  await office.settle();
  const reading = office.requests.length;
  await generateStatements(workbook, run);
  await office.settle();
  const waited = (requests: readonly RuntimeRequest[]) =>
    requests.filter((request) => request.kind !== "cleanup").length;
  return {
    statements: run.sheets.length - 2,
    largest: Math.max(...office.requests.map((request) => request.bytes)),
    syncs: waited(office.requests),
    generationSyncs: waited(office.requests.slice(reading)),
    refused: office.requests.filter((request) => request.bytes > EXCEL_WEB_LIMIT_BYTES).length,
  };
}

async function main(): Promise<void> {
  console.log(
    "Requêtes envoyées à Excel pour les appels d'un registre généré (runtime Microsoft excel-web-16.00.js, hors ligne)"
  );
  console.log(
    "membres | appels | avant : plus grosse requête, allers-retours (génération), refusées > 5 Mo | après : idem"
  );
  for (const members of MEMBERS) {
    const before = await measure(members, true);
    const after = await measure(members, false);
    const line = (f: Figures) =>
      `${bytes(f.largest)} octets, ${f.syncs} (${f.generationSyncs}), ${f.refused} refusée(s)`;
    console.log(
      `${String(members).padStart(7)} | ${String(after.statements).padStart(6)} | ${line(before)} | ${line(after)}`
    );
  }
}

main().catch((error: unknown) => {
  console.error(`bench:office n'a pas pu mesurer : ${String(error)}`);
});
