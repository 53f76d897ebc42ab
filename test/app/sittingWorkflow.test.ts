/* The sitting workflow over an in-memory workbook: deliberation 2022-14 of 16 June 2022 (seed 004). */
import {
  fieldCell,
  findAttendanceTable,
  judgeSitting,
  readAttendance,
  selectCell,
  tableProblemCell,
  writeExtract,
  type AttendanceSource,
  type SittingJudgement,
} from "../../src/app/sittingWorkflow";
import { SheetExistsError, type TableSnapshot } from "../../src/workbook/WorkbookGateway";
import { createMemoryWorkbookDouble } from "../doubles/memoryWorkbookDouble";
import { SITTING_2022_14_TABLE } from "../domain/governance/sittings";

const MEMBERS_TABLE = [
  ["Nom", "SIREN", "Élèves"],
  ["Hem", "215902990", 3200],
];

function snapshot(name: string, values: unknown[][]): TableSnapshot {
  return { name, sheet: name, values, address: `${name}!A1` };
}

/** The 2022-14 table with some cells changed: [row (1 = header), column, value]. */
function sittingWith(...changes: [number, number, unknown][]): unknown[][] {
  const table = SITTING_2022_14_TABLE.map((row) => [...row]);
  for (const [row, column, value] of changes) {
    const cells = table[row - 1];
    if (cells) cells[column] = value;
  }
  return table;
}

async function sourceOf(values: unknown[][], name = "tblPresences"): Promise<AttendanceSource> {
  const { workbook } = createMemoryWorkbookDouble([{ name, values }]);
  const reading = await readAttendance(workbook);
  if (reading.kind !== "found") throw new Error("attendance table not found");
  return reading.source;
}

function judged(judgement: SittingJudgement): Extract<SittingJudgement, { kind: "judged" }> {
  if (judgement.kind !== "judged") throw new Error(judgement.message);
  return judgement;
}

describe("findAttendanceTable", () => {
  test.each(["tblPrésences", "PRESENCE_2022", "Séance_16_juin", "Feuille d'émargement"])(
    "finds the table named %s, ignoring case and accents",
    (name) => {
      const tables = [snapshot("Membres", MEMBERS_TABLE), snapshot(name, [["Autre"]])];
      expect(findAttendanceTable(tables)?.name).toBe(name);
    }
  );

  test("falls back on the first table whose header reads as an attendance table", () => {
    const tables = [
      snapshot("Tableau1", MEMBERS_TABLE),
      snapshot("Tableau2", SITTING_2022_14_TABLE),
      snapshot("Tableau3", SITTING_2022_14_TABLE),
    ];
    expect(findAttendanceTable(tables)?.name).toBe("Tableau2");
  });

  test("finds nothing when no name nor header fits", () => {
    expect(findAttendanceTable([snapshot("Membres", MEMBERS_TABLE)])).toBeNull();
  });
});

describe("readAttendance", () => {
  test("reads the 22 members of deliberation 2022-14 and writes nothing", async () => {
    const { workbook, state } = createMemoryWorkbookDouble([
      { name: "Membres", values: MEMBERS_TABLE },
      { name: "tblSeance", values: SITTING_2022_14_TABLE },
    ]);
    const reading = await readAttendance(workbook);
    expect(reading.kind).toBe("found");
    if (reading.kind !== "found") return;
    expect(reading.source.table.name).toBe("tblSeance");
    expect(reading.source.rows).toHaveLength(22);
    expect(reading.source.problems).toEqual([]);
    expect(state.calls).toEqual(["readTables"]);
  });

  test("names the workbook's tables when none is an attendance table", async () => {
    const { workbook } = createMemoryWorkbookDouble([{ name: "Membres", values: MEMBERS_TABLE }]);
    expect(await readAttendance(workbook)).toEqual({ kind: "missing", tables: ["Membres"] });
  });

  test("names problems after the workbook's table and points at their cell", async () => {
    const source = await sourceOf(sittingWith([3, 2, "peut-être"]), "tblSeance");
    expect(source.problems).toEqual([
      {
        table: "tblSeance",
        row: 3,
        column: "Présence",
        value: "peut-être",
        message: "présence attendue : présent, excusé ou absent.",
      },
    ]);
    expect(tableProblemCell(source, source.problems[0]!)).toEqual({
      table: "tblSeance",
      row: 3,
      column: 2,
    });
  });

  test("points a missing column at the header row's first cell", async () => {
    const source = await sourceOf(sittingWith([1, 2, "Remarque"]));
    expect(source.problems.map((problem) => problem.message)).toEqual([
      "colonne obligatoire absente de l'en-tête.",
    ]);
    expect(tableProblemCell(source, source.problems[0]!)).toEqual({
      table: "tblPresences",
      row: 1,
      column: 0,
    });
  });
});

describe("judgeSitting: deliberation 2022-14", () => {
  test("judges on today's rule when no date is given: the statutes, 7 present short of 11", async () => {
    const source = await sourceOf(SITTING_2022_14_TABLE);
    const { date, report } = judged(judgeSitting(source, { subject: "ordinary" }, "2023-12-07"));
    expect(date).toBe("2023-12-07");
    expect(report.quorum).toMatchObject({ counted: 7, threshold: 11, reached: false });
    expect(report.quorum.rule.source).toBe("Statuts du syndicat mixte (2018), art. 8.3");
  });

  test("judges on the rule in force on the sitting's day: loi 2021-1465, 7 short of 8", async () => {
    const source = await sourceOf(SITTING_2022_14_TABLE);
    const judgement = judged(
      judgeSitting(source, { subject: "ordinary", date: "2022-06-16" }, "2025-03-01")
    );
    expect(judgement.report.quorum).toMatchObject({ threshold: 8, reached: false });
    expect(judgement.report.quorum.rule.source).toBe(
      "Loi n° 2021-1465 du 10 novembre 2021, art. 10"
    );
    expect(judgement.report.majority).toMatchObject({ votesFor: 13, outcome: "adopted" });
    expect(judgement.tie).toBe(false);
  });

  test("judges under an imposed rule: the statutes on 16 June 2022", async () => {
    const source = await sourceOf(SITTING_2022_14_TABLE);
    const { report } = judged(
      judgeSitting(
        source,
        { subject: "statutes", date: "2022-06-16", forcedQuorumRule: " statuts " },
        "2025-03-01"
      )
    );
    expect(report.quorum).toMatchObject({ threshold: 11, reached: false });
    expect(report.majority).toMatchObject({ required: 15, outcome: "rejected" });
  });

  test("weighs the votes of the Nord's delegates on an adhesion from the Nord (19 for)", async () => {
    const source = await sourceOf(SITTING_2022_14_TABLE);
    const { report } = judged(
      judgeSitting(
        source,
        { subject: "adhesion", applicantDepartement: "nord", date: "2022-06-16" },
        "2025-03-01"
      )
    );
    expect(report.votes).toMatchObject({ votesFor: 19, weightedDepartement: "nord" });
  });

  test("says what is missing instead of judging", async () => {
    const source = await sourceOf(SITTING_2022_14_TABLE);
    expect(judgeSitting(source, { subject: "adhesion" }, "2025-03-01")).toEqual({
      kind: "invalid",
      message:
        "Adhésion : indiquez le Département de la collectivité qui demande son adhésion (Nord ou Pas-de-Calais) ; ses délégués ont 3 voix chacun (statuts, art. 15).",
    });
    expect(
      judgeSitting(source, { subject: "ordinary", forcedQuorumRule: "la moitié" }, "2025-03-01")
    ).toMatchObject({
      kind: "invalid",
      message: expect.stringMatching(/^Règle de quorum « la moitié » inconnue/),
    });
    expect(
      judgeSitting(source, { subject: "ordinary", date: "2022-02-30" }, "2025-03-01")
    ).toMatchObject({
      kind: "invalid",
      message: expect.stringMatching(/^Date « 2022-02-30 » invalide/),
    });
    expect(
      judgeSitting(source, { subject: "ordinary", membersInOffice: 20 }, "2025-03-01")
    ).toEqual({
      kind: "invalid",
      message: "Séance : 22 membres dans la table de présence, mais 20 membres en exercice.",
    });
  });

  test("flags a tie under the absolute majority", async () => {
    // MONNET, VANPEENE, BACHELET, MESSEANNE-GROBELNY, THIEBAUT and DECAGNY (through BIEGALSKI)
    // vote against, HUTCHINSON abstains: 6 for, 6 against
    const source = await sourceOf(
      sittingWith(
        [5, 4, "contre"],
        [8, 4, "abstention"],
        [13, 4, "contre"],
        [16, 4, "contre"],
        [17, 4, "contre"],
        [19, 4, "contre"],
        [20, 4, "contre"]
      )
    );
    const tie = judged(judgeSitting(source, { subject: "ordinary" }, "2025-03-01"));
    expect(tie.tie).toBe(true);
    expect(tie.report.majority.outcome).toBe("undecided");
    const decided = judged(
      judgeSitting(source, { subject: "ordinary", presidentVote: "for" }, "2025-03-01")
    );
    expect(decided.report.majority.outcome).toBe("adopted");
  });
});

describe("proxy problems and their cells", () => {
  test("points a proxy given to a member not present at the giver's 'Pouvoir à' cell", async () => {
    // FOUTRY (row 6) gives his proxy to COULON, who is excused
    const source = await sourceOf(sittingWith([6, 3, "M. COULON"]));
    const { report } = judged(
      judgeSitting(source, { subject: "ordinary", date: "2022-06-16" }, "2025-03-01")
    );
    expect(report.proxyProblems.map((problem) => problem.row)).toEqual([6]);
    const cell = fieldCell(source, 6, "proxyTo");
    expect(cell).toEqual({ table: "tblPresences", row: 6, column: 3 });
    const { workbook, state } = createMemoryWorkbookDouble([]);
    await selectCell(workbook, cell);
    expect(state.selected).toEqual({ table: "tblPresences", row: 6, column: 3 });
  });
});

describe("the extract", () => {
  test("is an A4 portrait sheet named after the sitting's day, with counts as numbers", async () => {
    const source = await sourceOf(SITTING_2022_14_TABLE);
    const { extract } = judged(
      judgeSitting(source, { subject: "ordinary", date: "2022-06-16" }, "2025-03-01")
    );
    expect(extract.name).toBe("Extrait séance 2022-06-16");
    expect(extract.print).toEqual({ orientation: "portrait" });
    expect(extract.columnWidths).toHaveLength(5);
    expect(extract.rows[0]?.[0]).toEqual({
      kind: "text",
      value: "Extrait du registre des délibérations du comité syndical",
      bold: true,
    });
    expect(extract.rows[1]?.[1]).toEqual({
      kind: "text",
      value: "Délibération du comité syndical",
      bold: false,
    });
    expect(extract.rows[2]?.[1]).toEqual({ kind: "text", value: "16/06/2022", bold: false });
    expect(extract.rows[3]).toEqual([
      { kind: "text", value: "Membres en exercice", bold: false },
      { kind: "number", value: 22, bold: false },
      { kind: "empty" },
      { kind: "empty" },
      { kind: "empty" },
    ]);
    expect(extract.rows.at(-23)?.[0]).toEqual({ kind: "text", value: "Délégué", bold: true });
    expect(extract.rows.at(-1)?.[0]).toEqual({
      kind: "text",
      value: "M. Jean-Louis DAUCHY",
      bold: false,
    });
  });

  test("keeps a name that looks like a formula as text", async () => {
    const source = await sourceOf(sittingWith([23, 1, '=HYPERLINK("x")']));
    const { extract } = judged(
      judgeSitting(source, { subject: "ordinary", title: "Budget 2022" }, "2025-03-01")
    );
    expect(extract.rows[1]?.[1]).toMatchObject({ kind: "text", value: "Budget 2022" });
    expect(extract.rows.at(-1)?.[0]).toEqual({
      kind: "text",
      value: '=HYPERLINK("x")',
      bold: false,
    });
  });
});

describe("writeExtract", () => {
  test("writes the extract into a new sheet", async () => {
    const source = await sourceOf(SITTING_2022_14_TABLE);
    const { extract } = judged(judgeSitting(source, { subject: "ordinary" }, "2022-06-16"));
    const { workbook, state } = createMemoryWorkbookDouble([], ["Présences"]);
    await writeExtract(workbook, extract, false);
    expect(state.written.map((sheet) => sheet.name)).toEqual(["Extrait séance 2022-06-16"]);
  });

  test("refuses to replace an existing sheet unless asked, and replaces it when asked", async () => {
    const source = await sourceOf(SITTING_2022_14_TABLE);
    const { extract } = judged(judgeSitting(source, { subject: "ordinary" }, "2022-06-16"));
    const { workbook, state } = createMemoryWorkbookDouble([], ["extrait séance 2022-06-16"]);
    await expect(writeExtract(workbook, extract, false)).rejects.toBeInstanceOf(SheetExistsError);
    expect(state.written).toEqual([]);
    await writeExtract(workbook, extract, true);
    expect(state.written).toEqual([extract]);
  });
});
