import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, extname, join } from "node:path";
import { Worker } from "node:worker_threads";
import { statementPdf } from "../documents/statementPdf";
import type { IssuerSettings } from "../domain/register/types";
import type { NumberedStatement } from "../domain/statements/types";

/** What a PDF worker renders: a slice of the statements and the issuer. */
export interface PdfJob {
  readonly statements: readonly NumberedStatement[];
  readonly settings: IssuerSettings;
}

/** How the PDFs were made, for --stats. */
export interface PdfRendering {
  readonly files: Uint8Array[];
  /** Worker threads that rendered their slice; 0 when all was rendered in this thread. */
  readonly workers: number;
}

/**
 * Below this many statements per worker, a worker costs more to start (loading its script,
 * copying the statements to it) than it saves, at under a millisecond a statement: the PDFs are
 * rendered in this thread.
 */
const STATEMENTS_PER_WORKER = 100;

/**
 * How many worker threads to render PDFs with: one per processor but one, which this thread
 * keeps to write the workbook meanwhile; no more than the statements justify, none for a few
 * statements.
 *
 * @param statements - number of PDFs to render
 * @param processors - processors available
 * @returns 0 (render in this thread) or more
 * @example
 * pdfWorkerCount(1000, 2); // 1
 * pdfWorkerCount(1000, 8); // 7
 * pdfWorkerCount(40, 8); // 0
 */
export function pdfWorkerCount(statements: number, processors: number): number {
  return Math.max(0, Math.min(processors - 1, Math.floor(statements / STATEMENTS_PER_WORKER)));
}

function renderHere(job: PdfJob): Uint8Array[] {
  return job.statements.map((statement) => statementPdf(statement, job.settings));
}

/**
 * The worker's script, beside this module's file: pdfWorker.ts when run by tsx, pdfWorker.js
 * beside the bundle when bundled (the bench bundles both entries into one folder).
 */
function startWorker(job: PdfJob): Worker {
  const extension = extname(__filename);
  const script = join(dirname(__filename), `pdfWorker${extension}`);
  if (extension !== ".ts") return new Worker(script, { workerData: job });
  // Run by tsx: a worker does not inherit tsx's hooks, so it registers them before loading.
  const tsx = createRequire(__filename).resolve("tsx/cjs");
  const code = `require(${JSON.stringify(tsx)}); require(${JSON.stringify(script)});`;
  return new Worker(code, { eval: true, workerData: job });
}

function renderInWorker(job: PdfJob): Promise<Uint8Array[]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
    worker.once("message", (files: Uint8Array[]) => {
      resolve(files);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) =>
      reject(new Error(`le calcul des PDF s'est arrêté (code ${code})`))
    );
  });
}

/**
 * Renders the PDF of each statement (statementPdf), in order. From 100 statements on, on more
 * than one processor, slices are rendered in worker threads while this thread stays free (the
 * CLI writes the workbook meanwhile). A slice whose worker cannot start is rendered here.
 *
 * @param statements - the statements
 * @param settings - the issuer
 * @param processors - processors to use (default: all)
 * @returns the PDFs, in the statements' order, and the number of workers used
 * @example
 * const { files } = await renderStatementPdfs(run.numbering.statements, run.settings);
 */
export async function renderStatementPdfs(
  statements: readonly NumberedStatement[],
  settings: IssuerSettings,
  processors = availableParallelism()
): Promise<PdfRendering> {
  const workers = pdfWorkerCount(statements.length, processors);
  if (workers === 0) return { files: renderHere({ statements, settings }), workers };
  const size = Math.ceil(statements.length / workers);
  const slices = Array.from({ length: workers }, (_, index) => ({
    statements: statements.slice(index * size, (index + 1) * size),
    settings,
  }));
  let started = 0;
  const rendered = await Promise.all(
    slices.map((job) =>
      renderInWorker(job).then(
        (files) => ((started += 1), files),
        () => renderHere(job)
      )
    )
  );
  return { files: rendered.flat(), workers: started };
}
