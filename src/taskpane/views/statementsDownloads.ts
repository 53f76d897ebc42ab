import { accountingCsvName, newStatementsCsv } from "../../app/generationFiles";
import type { StatementsRun } from "../../app/statementsWorkflow";
import { pesProblems } from "../../domain/pes/pesProblems";
import { pesRecetteFile } from "../../domain/pes/pesRecetteFile";
import { journalCsv } from "../../domain/statements/journalCsv";
import { downloadFile } from "./downloadFile";
import type { StatementsOutput } from "./statementsState";
import type { StatementsStrings } from "./statementsStrings";
import type { StatementsWorkflow } from "./useStatementsWorkflow";

/** The files the statements view offers once generated. */
export type StatementsDownloads = {
  /** The accounting CSV of the new statements. */
  readonly csv: (run: StatementsRun) => void;
  /** The PES V2 file of the new titres, or the settings it lacks, said plainly. */
  readonly pes: (run: StatementsRun) => void;
  /** Every statement of the year in one PDF (the PDF writer loaded only when asked for). */
  readonly pdf: (run: StatementsRun) => Promise<void>;
  /** Outside Excel, the kept journal alone, when the workbook could not be made. */
  readonly journal: (output: StatementsOutput) => void;
};

/**
 * The downloads of a generation. A download refused is said: in Excel the data is in the
 * workbook; outside, the browser said no.
 *
 * @param flow - the workflow (its notices, its tasks)
 * @param inExcel - true in Excel, false on a register file
 * @param texts - the view's texts
 * @returns the downloads
 * @example
 * statementsDownloads(flow, true, texts).csv(run);
 */
export function statementsDownloads(
  flow: Pick<StatementsWorkflow, "notify" | "runTask">,
  inExcel: boolean,
  texts: StatementsStrings
): StatementsDownloads {
  const refused = () =>
    flow.notify({
      intent: "warning",
      text: inExcel ? texts.downloadFailed : texts.browserDownloadFailed,
    });

  return {
    csv(run) {
      if (!run.numbering) return;
      const csv = newStatementsCsv(run.numbering.statements, run.settings).text;
      if (!downloadFile(csv, accountingCsvName(run.year), "text/csv;charset=utf-8")) refused();
    },
    pes(run) {
      if (!run.numbering || !run.settings) return;
      const { statements } = run.numbering;
      const problems = pesProblems(run.settings, statements);
      if (problems.length > 0) {
        flow.notify({ intent: "warning", text: texts.pesMissing(problems.map(texts.domainText)) });
        return;
      }
      const pes = pesRecetteFile({ settings: run.settings, statements, year: run.year });
      if (!downloadFile(pes.xml, pes.fileName, "application/xml")) refused();
    },
    pdf: (run) =>
      flow.runTask("preparingPdf", async () => {
        if (!run.numbering || !run.settings) return;
        const { combinedStatementsPdf } = await import(
          /* webpackChunkName: "pdf" */ "../../documents/combinedStatementsPdf"
        );
        // Every statement of the year: those already issued keep their number and date.
        const bytes = combinedStatementsPdf(run.numbering.statements, run.settings, run.year);
        if (!downloadFile(bytes, `appels-${run.year}.pdf`, "application/pdf")) refused();
      }),
    journal(output) {
      const name = `journal-appels-${output.year}.csv`;
      if (!downloadFile(journalCsv(output.journal), name, "text/csv;charset=utf-8")) refused();
    },
  };
}
