/*
 * Worker thread of renderStatementPdfs: renders the statements it is given and sends the PDF
 * bytes back, in order, transferring their buffers. It loads only the PDF code, not the CLI.
 */
import { parentPort, workerData } from "node:worker_threads";
import { statementPdf } from "../documents/statementPdf";
import type { PdfJob } from "./pdfFiles";

function render(job: PdfJob): void {
  const files = job.statements.map((statement) => statementPdf(statement, job.settings));
  parentPort?.postMessage(
    files,
    files.map((file) => file.buffer as ArrayBuffer)
  );
}

if (parentPort && workerData) render(workerData as PdfJob);
