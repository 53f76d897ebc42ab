/*
 * Facts by exercise (issue 13, decision 0014): the "Options par exercice" table says what holds
 * for one member in one exercise only; the Membres options hold every year; an option named in
 * both takes the exercise's value. Part years follow the dates when the Paramètres say so.
 */
import { checkRegister } from "../../../src/domain/register/checkRegister";
import type { RegisterTables } from "../../../src/domain/register/readRegister";
import { previewStatements } from "../../../src/domain/statements/previewStatements";
import {
  addRow,
  ARRAS_ROW,
  newMember,
  PEVELE,
  PEVELE_ROW,
  setCell,
  validTables,
  type Table,
} from "./registerTables";

const HEADER = ["Membre", "Exercice", "Options"];

/** Val d'Exemple, as in the sample: joins on 01/09/2025, 2 310 pupils. */
const VAL = "Communauté de communes du Val d'Exemple";

function register(
  optionRows: unknown[][],
  change?: (tables: ReturnType<typeof validTables>) => void
) {
  const tables = validTables();
  const valRow = addRow(
    tables.members,
    newMember({ Nom: VAL, Type: "epci", "Date d'effet": "01/09/2025", Élèves: 2310 })
  );
  change?.(tables);
  const all: RegisterTables & { members: Table } = {
    ...tables,
    options: [HEADER, ...optionRows],
  };
  return { tables: all, valRow };
}

/** The problems of the Options par exercice table (the Val d'Exemple's part year is said too). */
function ofTable(tables: RegisterTables, year: number) {
  return checkRegister(tables, year).problems.filter((p) => p.table === "Options par exercice");
}

/** Total in cents of each member billed for the year, by name. */
function billed(tables: RegisterTables, year: number): Record<string, number> {
  const { register, problems } = checkRegister(tables, year);
  expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  const preview = previewStatements(register, year);
  expect(preview.problems.filter((p) => p.member !== null)).toEqual([]);
  return Object.fromEntries(
    preview.drafts.map((draft) => [draft.member.name, draft.contribution.totalCents])
  );
}

describe("the same register over 2024, 2025 and 2026", () => {
  const rows = [
    [VAL, 2025, "mois=4"],
    ["Arras", 2024, "demi-journees=3"],
    [PEVELE, 2026, "optionnel=non; subvention=1000"],
  ];

  test("2024: Arras's three half-days of 2024; the Val d'Exemple owes nothing yet", () => {
    const { tables } = register(rows);
    const year = billed(tables, 2024);
    expect(year.Arras).toBe(2150 * 130 + 3 * 15000);
    expect(year[PEVELE]).toBe(5400 * 160);
    expect(year[VAL]).toBeUndefined();
  });

  test("2025: the Val d'Exemple's part year, 4/12 of 2 310 × 1,30 € = 1 001,00 €; Arras without half-days", () => {
    const { tables } = register(rows);
    const year = billed(tables, 2025);
    expect(year[VAL]).toBe(100100);
    expect(year.Arras).toBe(2150 * 130);
    expect(year[PEVELE]).toBe(5400 * 160);
  });

  test("2026: the Val d'Exemple billed in full, 3 003,00 €; Pévèle without its support, less 1 000 €", () => {
    const { tables } = register(rows);
    const year = billed(tables, 2026);
    expect(year[VAL]).toBe(300300);
    expect(year[PEVELE]).toBe(5400 * 130 - 100000);
    expect(year.Arras).toBe(2150 * 130);
  });

  test("no warning about part years, in any of the three years", () => {
    const { tables } = register(rows);
    for (const year of [2024, 2025, 2026]) {
      const messages = checkRegister(tables, year).problems.map((p) => p.message);
      expect(messages.filter((m) => /mois|transfert|retrait/.test(m))).toEqual([]);
    }
  });
});

describe("how the two tables combine", () => {
  test("an option of the exercise overrides the same option of Membres, that year only", () => {
    const { tables } = register([["Arras", 2026, "demi-journees=5"]], (t) =>
      setCell(t.members, ARRAS_ROW, "Options", "demi-journees=2; accompagnement")
    );
    const perHalfDays = (year: number) => billed(tables, year).Arras! - 2150 * 160;
    expect(perHalfDays(2025)).toBe(2 * 15000);
    expect(perHalfDays(2026)).toBe(5 * 15000);
  });

  test("an alias overrides its keyword; subventions overrides subvention", () => {
    const { tables } = register([[PEVELE, 2025, "optionnel=non; subventions=10"]], (t) =>
      setCell(t.members, PEVELE_ROW, "Options", "accompagnement; subvention=500")
    );
    expect(billed(tables, 2025)[PEVELE]).toBe(5400 * 130 - 1000);
    expect(billed(tables, 2024)[PEVELE]).toBe(5400 * 160 - 50000);
  });

  test("member names match ignoring case, accents and spacing", () => {
    const { tables } = register([
      ["  COMMUNAUTE DE COMMUNES PEVELE-CAREMBAULT ", 2025, "subvention=1"],
    ]);
    expect(billed(tables, 2025)[PEVELE]).toBe(5400 * 160 - 100);
  });
});

describe("problems of the Options par exercice table", () => {
  test("a member that does not exist: an error on its « Membre » cell", () => {
    const { tables } = register([["Roubaix", 2025, "mois=6"]]);
    expect(ofTable(tables, 2025)).toEqual([
      {
        severity: "error",
        table: "Options par exercice",
        row: 2,
        column: "Membre",
        value: "Roubaix",
        message: "membre inconnu : aucun membre de ce nom dans le tableau Membres.",
      },
    ]);
  });

  test("two rows for the same member and exercise: an error on the later one", () => {
    const { tables } = register([
      ["Arras", 2025, "demi-journees=1"],
      ["ARRAS", 2025, "subvention=10"],
      ["Arras", 2026, "demi-journees=2"],
    ]);
    expect(ofTable(tables, 2025)).toEqual([
      expect.objectContaining({
        severity: "error",
        table: "Options par exercice",
        row: 3,
        column: "Membre",
        message:
          "ce membre a déjà une ligne pour l'exercice 2025 (ligne 2) : réunissez ses options de 2025 sur une seule ligne.",
      }),
    ]);
  });

  test("a row for an exercise the member does not owe: a warning, never billed", () => {
    const { tables } = register([
      [VAL, 2024, "mois=4"],
      ["Liévin", 2025, "subvention=10"],
    ]);
    expect(ofTable(tables, 2025)).toEqual([
      expect.objectContaining({
        severity: "warning",
        row: 2,
        column: "Exercice",
        value: "2024",
        message:
          "le membre ne doit pas la contribution 2024 (transfert au 01/09/2025) : cette ligne n'est jamais facturée ; vérifiez l'exercice.",
      }),
      expect.objectContaining({
        severity: "warning",
        row: 3,
        message: expect.stringContaining("(retrait au 31/12/2022)"),
      }),
    ]);
  });

  test("options the exercise's schedule does not accept: an error on that row's cell", () => {
    const { tables } = register([
      ["Arras", 2025, "mobile"],
      ["Arras", 2022, "mobile"],
    ]);
    expect(ofTable(tables, 2025)).toEqual([
      expect.objectContaining({
        severity: "error",
        table: "Options par exercice",
        row: 2,
        column: "Options",
        value: "mobile",
        message: expect.stringContaining("L'option « mobile » n'existe pas dans le barème de 2025"),
      }),
    ]);
  });

  test("a Membres option overridden by the exercise is not checked that year", () => {
    const { tables } = register([[PEVELE, 2025, "demi-journees=1"]], (t) =>
      setCell(t.members, PEVELE_ROW, "Options", "accompagnement; demi-journees=beaucoup")
    );
    const errors = (year: number) =>
      checkRegister(tables, year).problems.filter((p) => p.severity === "error");
    expect(errors(2025)).toEqual([]);
    expect(errors(2026)).toEqual([
      expect.objectContaining({ table: "Membres", row: PEVELE_ROW, column: "Options" }),
    ]);
  });

  test("a row's year that is not a year, and a missing « Options » column", () => {
    const { tables } = register([["Arras", "2025-26", "demi-journees=1"]]);
    expect(checkRegister(tables, 2025).problems).toEqual([
      expect.objectContaining({ table: "Options par exercice", row: 2, column: "Exercice" }),
    ]);
    const noOptions = { ...tables, options: [["Membre", "Exercice"]] };
    expect(checkRegister(noOptions, 2025).problems).toEqual([
      expect.objectContaining({
        table: "Options par exercice",
        row: 1,
        column: "Options",
        severity: "error",
      }),
    ]);
  });
});

describe("part years (RULES.md §2.4, §6)", () => {
  test("by default the full year is due, with a warning that says how to bill part of it", () => {
    const { tables, valRow } = register([]);
    expect(billed(tables, 2025)[VAL]).toBe(300300);
    expect(checkRegister(tables, 2025).problems).toEqual([
      {
        severity: "warning",
        table: "Membres",
        row: valRow,
        column: "Date d'effet",
        value: "01/09/2025",
        message:
          "le transfert prend effet le 01/09/2025, en cours d'exercice : la contribution 2025 est due pour l'année entière (RULES §2.4), sauf si les options de 2025 disent mois=N (ici mois=4) : écrivez-le pour 2025 dans le tableau « Options par exercice », ou mettez « Année partielle » à prorata des mois dans les Paramètres.",
      },
    ]);
  });

  test("« Année partielle : prorata des mois » counts the months from the dates, each year", () => {
    const { tables, valRow } = register([], (t) => {
      t.settings.push(["Année partielle", "prorata des mois"]);
      // Arras leaves on 30/06/2025: 6 months of 2025.
      setCell(t.members, ARRAS_ROW, "Date de retrait", "30/06/2025");
    });
    expect(checkRegister(tables, 2025).problems).toEqual([]);
    const year = billed(tables, 2025);
    expect(year[VAL]).toBe(100100);
    expect(year.Arras).toBe(Math.round((2150 * 130 * 6) / 12));
    expect(billed(tables, 2026)[VAL]).toBe(300300);
    expect(billed(tables, 2026).Arras).toBeUndefined();
    expect(billed(tables, 2024).Arras).toBe(2150 * 130);
    const draft = previewStatements(checkRegister(tables, 2025).register, 2025).drafts.find(
      (d) => d.member.row === valRow
    );
    expect(draft?.warnings[0]).toBe(
      "transfert effectif le 01/09/2025, en cours d'exercice : 4/12 de l'année facturés (option mois=4)"
    );
  });

  test("mois=N given for the exercise wins over the dates, with a warning when they differ", () => {
    const { tables } = register([[VAL, 2025, "mois=3"]], (t) =>
      t.settings.push(["Prorata des mois", "oui"])
    );
    expect(billed(tables, 2025)[VAL]).toBe(Math.round((2310 * 130 * 3) / 12));
    expect(checkRegister(tables, 2025).problems).toEqual([
      expect.objectContaining({
        severity: "warning",
        table: "Options par exercice",
        row: 2,
        column: "Options",
        value: "mois=3",
        message:
          "mois=3 pour 2025, alors que les dates d'effet et de retrait donnent 4 mois d'adhésion (un mois commencé comptant en entier) : 3/12 sont facturés, vérifiez.",
      }),
    ]);
  });

  test("another value of « Année partielle » is an error at its cell", () => {
    const { tables } = register([[VAL, 2025, "mois=4"]], (t) =>
      t.settings.push(["Année partielle", "peut-être"])
    );
    expect(checkRegister(tables, 2025).problems).toEqual([
      expect.objectContaining({
        severity: "error",
        table: "Paramètres",
        row: 14,
        column: "Valeur",
        value: "peut-être",
        message: expect.stringContaining("« Année partielle » attend année entière"),
      }),
    ]);
  });

  test("mois=N in the Membres options of a member all year: a warning to give it by exercise", () => {
    const { tables } = register([[VAL, 2025, "mois=4"]], (t) =>
      setCell(t.members, ARRAS_ROW, "Options", "mois=6")
    );
    expect(checkRegister(tables, 2025).problems).toEqual([
      {
        severity: "warning",
        table: "Membres",
        row: ARRAS_ROW,
        column: "Options",
        value: "mois=6",
        message:
          "mois=6 dans les options du membre vaut pour chaque exercice, mais en 2025 le membre adhère toute l'année (transfert au 01/09/2019) : seuls 6/12 de l'année sont facturés. Retirez mois=6 de cette cellule et, pour l'exercice de l'adhésion ou du retrait, écrivez-le dans le tableau « Options par exercice » (avertissement seulement).",
      },
    ]);
    // What the user typed is billed: the warning says it, nothing is changed silently.
    expect(billed(tables, 2025).Arras).toBe(Math.round((2150 * 130 * 6) / 12));
  });

  test("mois=N given for an exercise in which the member belongs all year: a warning", () => {
    const { tables } = register([
      [VAL, 2025, "mois=4"],
      [VAL, 2026, "mois=4"],
    ]);
    expect(checkRegister(tables, 2026).problems).toEqual([
      expect.objectContaining({
        severity: "warning",
        table: "Options par exercice",
        row: 3,
        message:
          "mois=4 pour 2026, mais le membre adhère toute l'année 2026 (transfert au 01/09/2025, pas de retrait dans l'année) : seuls 4/12 de l'année sont facturés. Vérifiez que c'est voulu (avertissement seulement).",
      }),
    ]);
  });

  test("a withdrawal during the year without mois=N: the full year, a warning on « Date de retrait »", () => {
    const { tables } = register([[VAL, 2025, "mois=4"]], (t) =>
      setCell(t.members, ARRAS_ROW, "Date de retrait", "15/03/2025")
    );
    expect(billed(tables, 2025).Arras).toBe(2150 * 130);
    expect(checkRegister(tables, 2025).problems).toEqual([
      expect.objectContaining({
        severity: "warning",
        row: ARRAS_ROW,
        column: "Date de retrait",
        message: expect.stringContaining("ici mois=3"),
      }),
    ]);
  });
});
