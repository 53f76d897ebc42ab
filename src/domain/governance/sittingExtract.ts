import type { AttendanceRow } from "./attendance";
import type { SittingReport } from "./evaluateSitting";

/** Width of every row of the extract: a range written to a sheet must be rectangular. */
const WIDTH = 5;

const STATUS = { present: "présent", excused: "excusé", absent: "absent" } as const;
const VOTE = { for: "pour", against: "contre", abstention: "abstention" } as const;
const OUTCOME = {
  adopted: "adoptée",
  rejected: "rejetée",
  undecided: "partage à trancher",
} as const;

function row(...cells: (string | number)[]): (string | number)[] {
  return [...cells, ...Array<string>(WIDTH - cells.length).fill("")];
}

/**
 * The extract of a sitting to write into a sheet on request: the subject and date, the quorum
 * with its rule and source, the votes, the outcome with its rule and source, the proxy problems,
 * then the attendance list. Every row has five cells (blank ones are ""), so it can be written
 * as one range. Text only comes from the table and the domain; the workbook writer must still
 * keep texts starting with "=" as text.
 *
 * @param title - what was deliberated ("Délibération 2022-14 : adhésion au groupement de commandes ENT")
 * @param date - the day of the sitting, as shown ("16/06/2022")
 * @param rows - the attendance table
 * @param report - the sitting judged (evaluateSitting)
 * @returns the rows of the extract
 * @example
 * sittingExtractRows("Délibération 2022-14", "16/06/2022", rows, report)[0]?.[0];
 * // "Extrait du registre des délibérations du comité syndical"
 */
export function sittingExtractRows(
  title: string,
  date: string,
  rows: readonly AttendanceRow[],
  report: SittingReport
): (string | number)[][] {
  const { quorum, votes, majority } = report;
  return [
    row("Extrait du registre des délibérations du comité syndical"),
    row("Objet", title),
    row("Séance du", date),
    row("Membres en exercice", quorum.inOffice),
    row("Présents", quorum.present),
    row("Représentés", quorum.represented),
    row(
      "Quorum",
      quorum.reached ? "atteint" : "non atteint",
      `${quorum.counted} pour un seuil de ${quorum.threshold}`,
      quorum.text,
      quorum.rule.source
    ),
    row("Voix pour", votes.votesFor),
    row("Voix contre", votes.votesAgainst),
    row("Abstentions", votes.abstentions),
    row("Suffrages exprimés", votes.cast),
    row(
      "Décision",
      OUTCOME[majority.outcome],
      majority.explanation,
      majority.rule.text,
      majority.rule.source
    ),
    ...report.proxyProblems.map((problem) => row("Pouvoir à vérifier", problem.message)),
    row(""),
    row("Délégué", "Organisme représenté", "Présence", "Pouvoir à", "Vote"),
    ...rows.map((member) =>
      row(
        member.delegate,
        member.body,
        STATUS[member.status],
        member.proxyTo ?? "",
        member.vote === null ? "" : VOTE[member.vote]
      )
    ),
  ];
}
