/* A sitting judged from its attendance table: proxies, quorum and outcome, each with its rule. */
import { evaluateSitting } from "../../../src/domain/governance/evaluateSitting";
import { parseQuorumRule } from "../../../src/domain/governance/parseQuorumRule";
import { STATUTES_QUORUM } from "../../../src/domain/governance/quorumRules";
import { sittingExtractRows } from "../../../src/domain/governance/sittingExtract";
import { domainErrorOf } from "../domainErrorOf";
import { HEM_2023_12_07_TABLE, SITTING_2022_14_TABLE, rowsOf } from "./sittings";

const SITTING_2022_14 = rowsOf(SITTING_2022_14_TABLE);
const HEM_2023_12_07 = rowsOf(HEM_2023_12_07_TABLE);

describe("evaluateSitting: deliberation 2022-14 of 16 June 2022", () => {
  test("under the loi 2021-1465 in force that day: no proxy problem, quorum not reached (7 < 8), adopted 13–0", () => {
    const report = evaluateSitting(SITTING_2022_14, { subject: "ordinary", date: "2022-06-16" });
    expect(report.proxyProblems).toEqual([]);
    expect(report.quorum).toMatchObject({
      inOffice: 22,
      present: 7,
      represented: 6,
      counted: 7,
      threshold: 8,
      reached: false,
    });
    expect(report.quorum.rule.source).toBe("Loi n° 2021-1465 du 10 novembre 2021, art. 10");
    expect(report.majority).toMatchObject({ votesFor: 13, votesAgainst: 0, outcome: "adopted" });
    expect(report.majority.rule.source).toBe("Statuts du syndicat mixte (2018), art. 8.3");
  });

  test("under the statutes (no date): quorum not reached, 7 < 11", () => {
    const report = evaluateSitting(SITTING_2022_14, { subject: "ordinary" });
    expect(report.quorum.rule).toBe(STATUTES_QUORUM);
    expect(report.quorum).toMatchObject({ threshold: 11, reached: false });
  });

  test("reaches the quorum the text declares when members represented count (presents_ou_representes 1/3)", () => {
    const report = evaluateSitting(SITTING_2022_14, {
      subject: "ordinary",
      quorumRule: parseQuorumRule("presents_ou_representes 1/3", STATUTES_QUORUM),
    });
    expect(report.quorum).toMatchObject({ counted: 13, threshold: 8, reached: true });
  });

  test("as an adhesion from the Nord: 19 weighted votes for, two thirds of votes cast", () => {
    const report = evaluateSitting(SITTING_2022_14, {
      subject: "adhesion",
      applicantDepartement: "nord",
      date: "2022-06-16",
    });
    expect(report.majority).toMatchObject({
      votesFor: 19,
      cast: 19,
      required: 13,
      outcome: "adopted",
    });
    expect(report.majority.rule.source).toBe("Statuts du syndicat mixte (2018), art. 15");
  });

  test("as a statute change: 13 for of 22 members falls short of two thirds (15)", () => {
    const report = evaluateSitting(SITTING_2022_14, { subject: "statutes", date: "2022-06-16" });
    expect(report.majority).toMatchObject({ members: 22, required: 15, outcome: "rejected" });
  });

  test("leaves a tie undecided until the president's vote is given", () => {
    // the 5 present from MONNET on and DECAGNY (through BIEGALSKI) vote against, HUTCHINSON
    // abstains: 6 for (BIEGALSKI, BARTHOLOMEUS, LETURQUE, MICHALAK, SIEGLER, DISSAUX), 6 against
    const against = ["M. Luc MONNET", "Mme Anne VANPEENE", "M. Claude BACHELET"].concat([
      "Mme Bénédicte MESSEANNE-GROBELNY",
      "Mme Véronique THIEBAUT",
      "M. Arnaud DECAGNY",
    ]);
    const tie = SITTING_2022_14.map((row) =>
      against.includes(row.delegate)
        ? { ...row, vote: "against" as const }
        : row.delegate === "M. Yvan HUTCHINSON"
          ? { ...row, vote: "abstention" as const }
          : row
    );
    const undecided = evaluateSitting(tie, { subject: "ordinary" }).majority;
    expect(undecided).toMatchObject({ votesFor: 6, votesAgainst: 6, outcome: "undecided" });
    expect(
      evaluateSitting(tie, { subject: "ordinary", presidentVote: "for" }).majority.outcome
    ).toBe("adopted");
    expect(
      evaluateSitting(tie, { subject: "ordinary", presidentVote: "against" }).majority.outcome
    ).toBe("rejected");
  });

  test("does not count proxies beyond the limit towards the quorum", () => {
    // FOUTRY and HEUSELE also give their proxy to Mme BIEGALSKI: under the statutes only her first counts
    const rows = SITTING_2022_14.map((row) =>
      ["M. Luc FOUTRY", "M. Alban HEUSELE"].includes(row.delegate)
        ? { ...row, proxyTo: "Mme BIEGALSKI" }
        : row
    );
    const statutes = evaluateSitting(rows, { subject: "ordinary" });
    expect(statutes.quorum.represented).toBe(6);
    expect(statutes.proxyProblems).toHaveLength(2);
    // the loi 2021-1465 allows two: FOUTRY's counts, HEUSELE's does not
    const loi = evaluateSitting(rows, { subject: "ordinary", date: "2022-06-16" });
    expect(loi.quorum.represented).toBe(7);
    expect(loi.proxyProblems.map((problem) => problem.row)).toEqual([7]);
  });

  test("refuses fewer members in office than rows in the table", () => {
    expect(
      domainErrorOf(() =>
        evaluateSitting(SITTING_2022_14, { subject: "ordinary", membersInOffice: 20 })
      ).message
    ).toBe("Séance : 22 membres dans la table de présence, mais 20 membres en exercice.");
  });
});

describe("evaluateSitting: Hem's council of 7 December 2023", () => {
  test("reaches the quorum under the statutes (30 ≥ 17) and adopts unanimously (33–0)", () => {
    const report = evaluateSitting(HEM_2023_12_07, { subject: "ordinary", date: "2023-12-07" });
    expect(report.proxyProblems).toEqual([]);
    expect(report.quorum).toMatchObject({
      inOffice: 33,
      present: 30,
      represented: 3,
      threshold: 17,
      reached: true,
    });
    expect(report.majority).toMatchObject({ votesFor: 33, votesAgainst: 0, outcome: "adopted" });
  });
});

describe("sittingExtractRows", () => {
  test("writes the summary, then the attendance list, every row five cells wide", () => {
    const report = evaluateSitting(SITTING_2022_14, { subject: "ordinary", date: "2022-06-16" });
    const rows = sittingExtractRows("Délibération 2022-14", "16/06/2022", SITTING_2022_14, report);
    for (const row of rows) expect(row).toHaveLength(5);
    expect(rows.slice(0, 12)).toEqual([
      ["Extrait du registre des délibérations du comité syndical", "", "", "", ""],
      ["Objet", "Délibération 2022-14", "", "", ""],
      ["Séance du", "16/06/2022", "", "", ""],
      ["Membres en exercice", 22, "", "", ""],
      ["Présents", 7, "", "", ""],
      ["Représentés", 6, "", "", ""],
      [
        "Quorum",
        "non atteint",
        "7 pour un seuil de 8",
        "au moins le tiers des membres en exercice présents ; 2 pouvoirs par membre au plus",
        "Loi n° 2021-1465 du 10 novembre 2021, art. 10",
      ],
      ["Voix pour", 13, "", "", ""],
      ["Voix contre", 0, "", "", ""],
      ["Abstentions", 0, "", "", ""],
      ["Suffrages exprimés", 13, "", "", ""],
      [
        "Décision",
        "adoptée",
        "13 voix pour sur 13 suffrages exprimés, il en faut 7 : la délibération est adoptée.",
        "majorité absolue des suffrages exprimés ; en cas de partage, la voix du président est prépondérante",
        "Statuts du syndicat mixte (2018), art. 8.3",
      ],
    ]);
    expect(rows[13]).toEqual(["Délégué", "Organisme représenté", "Présence", "Pouvoir à", "Vote"]);
    expect(rows[17]).toEqual([
      "M. Arnaud DECAGNY",
      "Conseil régional des Hauts de France",
      "excusé",
      "Mme BIEGALSKI",
      "pour",
    ]);
    expect(rows).toHaveLength(14 + 22);
  });

  test("lists the proxy problems before the attendance list", () => {
    const rows = SITTING_2022_14.map((row) =>
      row.delegate === "M. Luc FOUTRY" ? { ...row, proxyTo: "M. DUPONT" } : row
    );
    const extract = sittingExtractRows(
      "Essai",
      "16/06/2022",
      rows,
      evaluateSitting(rows, { subject: "ordinary" })
    );
    expect(extract[12]).toEqual([
      "Pouvoir à vérifier",
      "Ligne 6 : M. Luc FOUTRY donne pouvoir à « M. DUPONT », qui n'est pas dans la liste des délégués.",
      "",
      "",
      "",
    ]);
  });
});
