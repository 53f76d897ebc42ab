/*
 * Counting the votes of a sitting: a member represented votes through its proxy holder; on an
 * adhesion each delegate of the applicant's Département has 3 votes (statutes art. 15).
 */
import fc from "fast-check";
import type { AttendanceRow } from "../../../src/domain/governance/attendance";
import { countVotes } from "../../../src/domain/governance/countVotes";
import { evaluateMajority } from "../../../src/domain/governance/evaluateMajority";
import { MAJORITY_RULES } from "../../../src/domain/governance/majorityRules";
import { STATUTES_QUORUM } from "../../../src/domain/governance/quorumRules";
import type { Subject } from "../../../src/domain/governance/types";
import { domainErrorOf } from "../domainErrorOf";
import { HEM_2023_12_07_TABLE, SITTING_2022_14_TABLE, rowsOf } from "./sittings";

const SITTING_2022_14 = rowsOf(SITTING_2022_14_TABLE);

describe("countVotes: deliberation 2022-14", () => {
  test("counts 13 for, as the register: 7 present and 6 through their proxy holders", () => {
    const count = countVotes(SITTING_2022_14, { subject: "ordinary" });
    expect(count).toMatchObject({ votesFor: 13, votesAgainst: 0, abstentions: 0, cast: 13 });
    expect(count.ballots.filter((ballot) => ballot.castBy !== ballot.delegate)).toHaveLength(6);
    expect(count.ballots.find((ballot) => ballot.delegate === "M. Nicolas SIEGLER")).toEqual({
      row: 15,
      delegate: "M. Nicolas SIEGLER",
      vote: "for",
      weight: 1,
      castBy: "M. Luc MONNET",
    });
    expect(count.ignored).toEqual([]);
  });

  test("as an adhesion from the Nord weighs the Département du Nord's delegates 3: 19 for", () => {
    // Nord delegates voting: BARTHOLOMEUS, MONNET (present), SIEGLER (through MONNET) → 3 × 3 = 9;
    // the other 10 weigh 1: 9 + 10 = 19
    const count = countVotes(SITTING_2022_14, {
      subject: "adhesion",
      applicantDepartement: "nord",
    });
    expect(count).toMatchObject({ votesFor: 19, cast: 19, weightedDepartement: "nord" });
  });

  test("as an adhesion from the Pas-de-Calais weighs its 5 voting delegates 3: 23 for", () => {
    // VANPEENE, BACHELET, MESSEANNE-GROBELNY, THIEBAUT present, DISSAUX through THIEBAUT → 15; others 8
    expect(
      countVotes(SITTING_2022_14, { subject: "adhesion", applicantDepartement: "pas-de-calais" })
        .votesFor
    ).toBe(23);
  });

  test("weighs nothing on a withdrawal or a statute change, whatever Département is given", () => {
    for (const subject of ["withdrawal", "statutes", "ordinary"] as Subject[]) {
      expect(countVotes(SITTING_2022_14, { subject, applicantDepartement: "nord" }).votesFor).toBe(
        13
      );
    }
  });

  test("needs the applicant's Département on an adhesion", () => {
    expect(domainErrorOf(() => countVotes(SITTING_2022_14, { subject: "adhesion" })).message).toBe(
      "Adhésion : indiquez le Département de la collectivité qui demande son adhésion (Nord ou Pas-de-Calais) ; ses délégués ont 3 voix chacun (statuts, art. 15)."
    );
  });

  test("ignores, with the reason, a vote from a member neither present nor validly represented", () => {
    const rows = SITTING_2022_14.map((row) =>
      row.delegate === "Mme Emilie BOMMART"
        ? { ...row, vote: "against" as const }
        : row.delegate === "M. Luc FOUTRY"
          ? { ...row, proxyTo: "Mme BIEGALSKI", vote: "against" as const }
          : row
    );
    // under the statutes BIEGALSKI already carries DECAGNY's proxy: FOUTRY's is not counted
    const count = countVotes(rows, { subject: "ordinary", proxyLimit: STATUTES_QUORUM });
    expect(count).toMatchObject({ votesFor: 13, votesAgainst: 0 });
    expect(count.ignored).toEqual([
      {
        row: 3,
        delegate: "Mme Emilie BOMMART",
        vote: "against",
        reason: "membre non présent et sans pouvoir : son vote n'est pas compté.",
      },
      {
        row: 6,
        delegate: "M. Luc FOUTRY",
        vote: "against",
        reason: "son pouvoir n'est pas valable : son vote n'est pas compté.",
      },
    ]);
    // without a limit, FOUTRY's proxy counts
    expect(countVotes(rows, { subject: "ordinary" }).votesAgainst).toBe(1);
  });

  test("counts abstentions apart from the votes cast", () => {
    const rows = SITTING_2022_14.map((row) =>
      row.delegate === "M. Claude BACHELET" ? { ...row, vote: "abstention" as const } : row
    );
    expect(countVotes(rows, { subject: "ordinary" })).toMatchObject({
      votesFor: 12,
      abstentions: 1,
      cast: 12,
    });
  });
});

describe("countVotes: Hem's council of 7 December 2023", () => {
  test("counts 33 for, 30 present and 3 through their proxies: unanimous", () => {
    const count = countVotes(rowsOf(HEM_2023_12_07_TABLE), { subject: "ordinary" });
    expect(count).toMatchObject({ votesFor: 33, votesAgainst: 0, cast: 33 });
    expect(
      count.ballots
        .filter((ballot) => ballot.castBy !== ballot.delegate)
        .map((ballot) => ballot.castBy)
    ).toEqual(["Francis VERCAMER", "Saïd LAOUADI", "Thibaut THIEFFRY"]);
  });
});

describe("countVotes: a member switching to for never turns an adopted decision into a rejected one", () => {
  const member = fc.record({
    body: fc.constantFrom(
      "Département du Nord",
      "Département du Pas-de-Calais",
      "Région Hauts-de-France"
    ),
    vote: fc.constantFrom("for", "against", "abstention", null),
  });

  test.each(["ordinary", "adhesion", "withdrawal", "statutes"] as Subject[])(
    "on a %s decision (property)",
    (subject) => {
      fc.assert(
        fc.property(
          fc.array(member, { minLength: 1, maxLength: 30 }),
          fc.nat(),
          fc.constantFrom("for" as const, "against" as const),
          (members, pick, presidentVote) => {
            const rows: AttendanceRow[] = members.map((m, index) => ({
              delegate: `Délégué ${index + 1}`,
              body: m.body,
              status: "present",
              proxyTo: null,
              vote: m.vote,
            }));
            const index = pick % rows.length;
            const switched = rows.map((row, i) =>
              i === index ? { ...row, vote: "for" as const } : row
            );
            const outcome = (table: AttendanceRow[]): string => {
              const count = countVotes(table, { subject, applicantDepartement: "nord" });
              return evaluateMajority(
                {
                  votesFor: count.votesFor,
                  votesAgainst: count.votesAgainst,
                  members: table.length,
                  presidentVote,
                },
                MAJORITY_RULES[subject]
              ).outcome;
            };
            if (outcome(rows) === "adopted") expect(outcome(switched)).toBe("adopted");
          }
        )
      );
    }
  );
});
