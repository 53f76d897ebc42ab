import {
  JOURNAL_HEADERS,
  journalRows,
  journalSheet,
} from "../../../src/domain/statements/journalSheet";
import { summarySheet } from "../../../src/domain/statements/summarySheet";
import { domainErrorOf } from "../domainErrorOf";
import { HEM, LYS, member, register, ROUBAIX } from "./fixtures";
import { generate } from "./generations";
import { numbered } from "./numbered";

// 2025: Hem 157 170 c, Roubaix 65 000 c, Lys 1 300 c (below 15 €) → 223 470 c in all,
// 222 170 c put into recovery.

/** The totals' values stand in the amounts' column E, their labels in A spilling over B to D. */
const AMOUNT_COLUMN_GAP = [{ kind: "empty" }, { kind: "empty" }, { kind: "empty" }];

describe("summarySheet", () => {
  const statements = numbered([HEM, ROUBAIX, LYS]);
  const sheet = summarySheet(statements, 2025);

  test("puts the totals above the table, outside it", () => {
    expect(sheet.name).toBe("Synthèse 2025");
    expect(sheet.print.orientation).toBe("landscape");
    expect(sheet.table).toEqual({ name: "Synthese2025", headerRow: 6 });
    expect(sheet.rows.slice(0, 5)).toEqual([
      [{ kind: "text", value: "Appels de contribution — exercice 2025", bold: true }],
      [
        { kind: "text", value: "Nombre d'appels", bold: false },
        ...AMOUNT_COLUMN_GAP,
        { kind: "number", value: 3, bold: false },
      ],
      [
        { kind: "text", value: "Total des appels", bold: false },
        ...AMOUNT_COLUMN_GAP,
        { kind: "money", value: 223470, bold: true },
      ],
      [
        {
          kind: "text",
          value: "Dont non mis en recouvrement (< 15 €) : 1 appel(s)",
          bold: false,
        },
        ...AMOUNT_COLUMN_GAP,
        { kind: "money", value: 1300, bold: false },
      ],
      [
        { kind: "text", value: "Total mis en recouvrement", bold: false },
        ...AMOUNT_COLUMN_GAP,
        { kind: "money", value: 222170, bold: true },
      ],
    ]);
  });

  test("has one row per statement with number, member, SIRET as text, pupils, amount, flag", () => {
    const rows = sheet.rows
      .slice(6)
      .map((row) => row.map((cell) => (cell.kind === "empty" ? null : cell.value)));
    expect(rows).toEqual([
      [
        "Numéro",
        "Membre",
        "SIRET",
        "Élèves",
        "Montant",
        "Signalement",
        "Numérotation",
        "Avertissements",
      ],
      ["2025-0001", "Hem", "21590299000013", 1209, 157170, null, "nouveau", null],
      ["2025-0002", "Roubaix", "21590512600011", 500, 65000, null, "nouveau", null],
      [
        "2025-0003",
        "Lys-lez-Lannoy",
        "21590373300016",
        10,
        1300,
        "inférieur à 15 € : non mis en recouvrement (CGCT D1611-1)",
        "nouveau",
        null,
      ],
    ]);
    expect(sheet.rows[7]?.[2]?.kind).toBe("text");
  });

  test("lists other warnings together", () => {
    const [statement] = numbered([member({ name: "X", serviceCodeRequired: true })]);
    if (statement === undefined) throw new Error("no statement");
    const row = summarySheet([statement], 2025).rows[7];
    expect(row?.[7]).toEqual({
      kind: "text",
      value:
        "SIRET du débiteur absent ; code service exigé par le débiteur mais absent (Chorus Pro)",
      bold: false,
    });
  });

  test("keeps a formula-like member name as text", () => {
    const [statement] = numbered([member({ name: "=1+1", siret: "+33" })]);
    if (statement === undefined) throw new Error("no statement");
    const row = summarySheet([statement], 2025).rows[7];
    expect(row?.[1]).toEqual({ kind: "text", value: "=1+1", bold: false });
    expect(row?.[2]).toEqual({ kind: "text", value: "+33", bold: false });
  });

  test("refuses a statement of another exercise", () => {
    expect(domainErrorOf(() => summarySheet(statements, 2024)).message).toBe(
      "Synthèse 2024 : l'appel 2025-0001 porte sur l'exercice 2025."
    );
  });
});

describe("journal sheet and rows", () => {
  test("keeps the exact headers another module reads back", () => {
    expect(JOURNAL_HEADERS).toEqual([
      "Numéro",
      "Exercice",
      "Membre",
      "Montant",
      "Élèves",
      "Date",
      "Barème",
      "Statut",
    ]);
  });

  test("writes each entry with its kinds: text, number, money, date", () => {
    const { result } = generate(register([HEM]), 2025, "2025-03-01");
    expect(journalRows(result.changes.added)).toEqual([
      [
        { kind: "text", value: "2025-0001", bold: false },
        { kind: "number", value: 2025, bold: false },
        { kind: "text", value: "Hem", bold: false },
        { kind: "money", value: 157170, bold: false },
        { kind: "number", value: 1209, bold: false },
        { kind: "date", value: "2025-03-01", bold: false },
        { kind: "text", value: "ctaf-2023-06-15", bold: false },
        { kind: "text", value: "émis", bold: false },
      ],
    ]);
  });

  test("writes a cancelled entry's status as annulé", () => {
    const first = generate(register([ROUBAIX]), 2025, "2025-03-01");
    const changed = generate(
      register([{ ...ROUBAIX, pupils: 501 }], { journal: first.journal }),
      2025,
      "2025-04-01"
    );
    expect(journalRows(changed.journal).map((row) => row[7])).toEqual([
      { kind: "text", value: "annulé", bold: false },
      { kind: "text", value: "émis", bold: false },
    ]);
  });

  test("builds the journal sheet of a first generation with its table", () => {
    const { result } = generate(register([HEM, ROUBAIX]), 2025, "2025-03-01");
    const sheet = journalSheet(result.changes.added);
    expect(sheet.name).toBe("Journal des appels");
    expect(sheet.table).toEqual({ name: "JournalAppels", headerRow: 0 });
    expect(sheet.rows).toHaveLength(3);
    expect(sheet.rows[0]?.map((c) => (c.kind === "text" ? c.value : null))).toEqual([
      ...JOURNAL_HEADERS,
    ]);
  });
});
