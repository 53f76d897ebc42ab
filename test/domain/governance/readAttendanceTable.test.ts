/* Reading an attendance table from the workbook, and telling delegates and Départements apart. */
import { departementOfBody } from "../../../src/domain/governance/departementOfBody";
import { matchDelegate, nameWords } from "../../../src/domain/governance/matchDelegate";
import { readAttendanceTable } from "../../../src/domain/governance/readAttendanceTable";
import { ATTENDANCE_HEADER, HEM_2023_12_07_TABLE, SITTING_2022_14_TABLE, rowsOf } from "./sittings";

describe("readAttendanceTable", () => {
  test("reads deliberation 2022-14's 22 members: 7 present, 15 excused, 6 proxies, 13 votes", () => {
    const rows = rowsOf(SITTING_2022_14_TABLE);
    expect(rows).toHaveLength(22);
    expect(rows.filter((row) => row.status === "present")).toHaveLength(7);
    expect(rows.filter((row) => row.status === "excused")).toHaveLength(15);
    expect(rows.filter((row) => row.proxyTo !== null)).toHaveLength(6);
    expect(rows.filter((row) => row.vote === "for")).toHaveLength(13);
  });

  test("repeats the body of the row above when its cell is blank, as the register's merged cells", () => {
    const rows = rowsOf(SITTING_2022_14_TABLE);
    expect(rows[8]).toEqual({
      delegate: "M. Jean-Michel MICHALAK",
      body: "Conseil régional des Hauts de France",
      status: "excused",
      proxyTo: "Mme VANPEENE",
      vote: "for",
      row: 10,
    });
    expect(rows[13]?.body).toBe("Département du Nord");
    expect(rows[21]?.body).toBe("Collège ENT");
  });

  test("reads Hem's council: 33 councillors, 30 present, 3 proxies", () => {
    const rows = rowsOf(HEM_2023_12_07_TABLE);
    expect(rows).toHaveLength(33);
    expect(rows.filter((row) => row.status === "present")).toHaveLength(30);
    expect(rows.filter((row) => row.proxyTo !== null)).toHaveLength(3);
  });

  test("accepts the documented headers and the words of the presence and vote columns", () => {
    const { rows, problems } = readAttendanceTable([
      ["Délégué", "Organisme représenté", "Présence", "Pouvoir à", "Vote"],
      ["A", "Nord", "Présente", "", "Contre"],
      ["B", "", "absente excusée", "A", "abstention"],
      ["C", "", "absent", "", ""],
      ["", "", "", "", ""],
      ["D", "", "P", "", "ne prend pas part"],
    ]);
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.delegate, row.status, row.vote, row.row])).toEqual([
      ["A", "present", "against", 2],
      ["B", "excused", "abstention", 3],
      ["C", "absent", null, 4],
      ["D", "present", null, 6],
    ]);
  });

  test("works without the optional proxy and vote columns", () => {
    const { rows, problems } = readAttendanceTable([
      ["Membre", "Collectivité", "Statut"],
      ["A", "Nord", "présent"],
    ]);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ proxyTo: null, vote: null });
  });

  test("reports a missing required column", () => {
    const { problems } = readAttendanceTable([
      ["Délégué", "Présence"],
      ["A", "présent"],
    ]);
    expect(problems.map((problem) => [problem.row, problem.column, problem.message])).toEqual([
      [1, "organisme-represente", "colonne obligatoire absente de l'en-tête."],
    ]);
  });

  test("reports each bad cell with its row, column and value, and leaves the row out", () => {
    const { rows, problems } = readAttendanceTable([
      ATTENDANCE_HEADER,
      ["", "A", "présent", "", "pour"],
      ["Nord", "B", "en retard", "", "pour"],
      ["", "C", "présent", "", "peut-être"],
      ["", "Mme A", "présent", "", ""],
      ["", "", "présent", "", ""],
    ]);
    expect(rows.map((row) => row.delegate)).toEqual([]);
    expect(
      problems.map((problem) => [problem.row, problem.column, problem.value, problem.message])
    ).toEqual([
      [
        2,
        "Collectivité",
        "",
        "organisme représenté obligatoire (une case vide reprend celui de la ligne au-dessus).",
      ],
      [3, "Présence", "en retard", "présence attendue : présent, excusé ou absent."],
      [
        4,
        "Vote",
        "peut-être",
        "vote attendu : pour, contre, abstention, ou vide s'il ne prend pas part.",
      ],
      [5, "Membre", "Mme A", "même délégué qu'à la ligne 2."],
      [6, "Membre", "", "nom du délégué obligatoire."],
    ]);
  });
});

describe("departementOfBody", () => {
  test.each([
    ["Département du Nord", "nord"],
    ["Conseil départemental du Nord", "nord"],
    ["Nord", "nord"],
    ["CD59", "nord"],
    ["59", "nord"],
    ["Département du Pas-de-Calais", "pas-de-calais"],
    ["departement du pas de calais", "pas-de-calais"],
    ["Pas-de-Calais", "pas-de-calais"],
    ["CD 62", "pas-de-calais"],
  ])("reads « %s » as the Département %s", (body, departement) => {
    expect(departementOfBody(body)).toBe(departement);
  });

  test.each([
    "Conseil régional des Hauts de France",
    "Collège ENT",
    "Ville de Hem",
    "Communauté d'Agglomération du Caudrésis-Catésis",
    "Communauté de communes du Nord",
    "Département de la Somme",
    "",
  ])("reads « %s » as no Département: its delegates weigh 1 on an adhesion", (body) => {
    expect(departementOfBody(body)).toBeNull();
  });
});

describe("matchDelegate", () => {
  const names = rowsOf(SITTING_2022_14_TABLE).map((row) => row.delegate);

  test("finds the register's holders, named by civility and surname", () => {
    expect(matchDelegate("Mme BIEGALSKI", names)).toEqual({ kind: "one", index: 0 });
    expect(matchDelegate("M. BARTHOLOMEUS", names)).toEqual({ kind: "one", index: 10 });
    expect(matchDelegate("Mme MESSEANNE-GROBELNY", names)).toEqual({ kind: "one", index: 17 });
    expect(matchDelegate("mme thiébaut", names)).toEqual({ kind: "one", index: 18 });
  });

  test("prefers the exact name to a longer one that contains it", () => {
    expect(matchDelegate("Luc MONNET", ["M. Luc MONNET-DURAND", "M. Luc MONNET"])).toEqual({
      kind: "one",
      index: 1,
    });
  });

  test("says when a name designates several delegates or none", () => {
    // "Luc" is both M. Luc FOUTRY and M. Luc MONNET
    expect(matchDelegate("M. Luc", names)).toEqual({ kind: "several", indexes: [4, 11] });
    expect(matchDelegate("M. DUPONT", names)).toEqual({ kind: "none" });
    expect(matchDelegate("Mme", names)).toEqual({ kind: "none" });
  });

  test("drops civilities, accents and punctuation from names", () => {
    expect(nameWords("Mme Bénédicte MESSEANNE-GROBELNY")).toEqual([
      "benedicte",
      "messeanne",
      "grobelny",
    ]);
    expect(nameWords("Monsieur Saïd LAOUADI")).toEqual(["said", "laouadi"]);
  });
});
