/*
 * `npx tsx bench/writeSheets.bench.ts [--members 1000,5000] [--runs 1]`: the time the file
 * gateway (src/workbook/file/xlsxWorkbook.ts) takes, in Node, to write the statements of a
 * generated register (bench/makeRegister.ts) into it: the register is opened
 * (openXlsxWorkbook), prepared (prepareStatements), then generateStatements writes every
 * statement sheet, the summary and the journal, as the page does; the .xlsx is not saved.
 * Per member in brackets: issue 15 asks it to stay about the same from 1 000 to 5 000 members.
 * Run it under `node --cpu-prof --import tsx bench/writeSheets.bench.ts` to see where the
 * time goes. Prints figures; exits 0.
 */
import { loadavg } from "node:os";
import { generateStatements, prepareStatements } from "../src/app/statementsWorkflow";
import { openXlsxWorkbook } from "../src/workbook/file/xlsxWorkbook";
import { makeRegister } from "./makeRegister";

const YEAR = 2025;
const ISSUE_DATE = "2025-09-01";

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const seconds = (ms: number) => (ms / 1000).toFixed(2).replace(".", ",");

async function measure(register: Uint8Array): Promise<{ sheets: number; ms: number }> {
  const workbook = await openXlsxWorkbook(register);
  const run = await prepareStatements(workbook, YEAR, ISSUE_DATE);
  if (run.sheets.length === 0)
    throw new Error(`Le registre ne se génère pas : ${run.blockers.join(" ; ")}`);
  const start = performance.now();
  await generateStatements(workbook, run);
  return { sheets: run.sheets.length, ms: performance.now() - start };
}

async function main(): Promise<void> {
  const sizes = option("--members", "1000,5000").split(",").map(Number);
  const runs = Number(option("--runs", "1"));
  process.stdout.write(
    `Écriture des appels par la passerelle fichier (Node ${process.version}), ` +
      `charge (1 min) : ${loadavg()[0]?.toFixed(1)}\n` +
      "membres | feuilles | écriture (par membre)\n"
  );
  for (const members of sizes) {
    const register = await makeRegister(members);
    const times: number[] = [];
    let sheets = 0;
    for (let run = 0; run < runs; run += 1) {
      const figure = await measure(register);
      sheets = figure.sheets;
      times.push(figure.ms);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    process.stdout.write(
      `${String(members).padStart(7)} | ${String(sheets).padStart(8)} | ${seconds(median).padStart(6)} s (${Math.round((median * 1000) / members)} µs)\n`
    );
  }
}

void main();
