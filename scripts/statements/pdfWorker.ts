/*
 * Worker thread of renderStatementPdfs: renders the statements it is given and sends the PDF
 * bytes back, in order, transferring their buffers. It loads only the PDF code, not the CLI.
 */
import { parentPort, workerData } from "node:worker_threads";
import { statementPdf } from "../../src/documents/statementPdf";
import type { PdfJob } from "./pdfFiles";

async function render(job: PdfJob): Promise<void> {
  const files: Uint8Array[] = [];
  for (const statement of job.statements) files.push(await statementPdf(statement, job.settings));
  parentPort?.postMessage(
    files,
    files.map((file) => file.buffer as ArrayBuffer)
  );
}

if (parentPort && workerData) void render(workerData as PdfJob);
