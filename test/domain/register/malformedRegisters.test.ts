import {
  canGenerate,
  generateStatements,
  prepareStatements,
} from "../../../src/app/statementsWorkflow";
import { checkRegister } from "../../../src/domain/register/checkRegister";
import { createMemoryWorkbookDouble } from "../../doubles/memoryWorkbookDouble";
import type { RegisterProblem, Severity } from "../../../src/domain/register/RegisterProblem";
import { describeProblem } from "../../../src/domain/tables/TableProblem";
import {
  addColumn,
  addRow,
  ARRAS_ROW,
  HEM_ROW,
  LIEVIN_ROW,
  newMember,
  PEVELE_ROW,
  removeColumn,
  setCell,
  SIRET,
  validTables,
  type Tables,
} from "./registerTables";

// A corpus of malformed registers. Each starts from the valid tables, breaks one thing, and must
// give exactly one problem: the right severity, table, row (header = 1), column as typed, value,
// and a message saying what is wrong. Exercise 2025 unless told.

interface Case {
  readonly title: string;
  readonly year?: number;
  readonly change: (tables: Tables) => void;
  readonly expected: {
    readonly severity: Severity;
    readonly table: string;
    readonly row: number;
    readonly column: string;
    readonly value: string;
    readonly message: string;
  };
}

const error = (table: string, row: number, column: string, value: string, message: string) => ({
  severity: "error" as const,
  table,
  row,
  column,
  value,
  message,
});
const warning = (table: string, row: number, column: string, value: string, message: string) => ({
  ...error(table, row, column, value, message),
  severity: "warning" as const,
});

const CORPUS: readonly Case[] = [
  {
    title: "a UAI whose check letter is wrong",
    change: (t) => setCell(t.schools, 4, "UAI", "0591015J"),
    expected: error("Écoles", 4, "UAI", "0591015J", "UAI invalide"),
  },
  {
    title: "a UAI given twice",
    change: (t) =>
      addRow(t.schools, { UAI: "0591001t", Membre: "Hem", Élèves: 50, "Première année": 2027 }),
    expected: error("Écoles", 13, "UAI", "0591001T", "UAI en double (déjà ligne 2)"),
  },
  {
    title: "a school of an unknown member",
    change: (t) =>
      addRow(t.schools, {
        UAI: "0591078B",
        Membre: "Roubaix",
        Élèves: 200,
        "Première année": 2025,
      }),
    expected: error("Écoles", 13, "Membre", "Roubaix", "membre inconnu"),
  },
  {
    title: "school pupils that are not a whole number",
    change: (t) => setCell(t.schools, 3, "Élèves", 98.5),
    expected: error("Écoles", 3, "Élèves", "98,5", "nombre entier d'élèves"),
  },
  {
    title: "a new member's SIRET failing its check digit (error)",
    change: (t) => addRow(t.members, newMember({ SIRET: "24590050100018" })),
    expected: error(
      "Membres",
      6,
      "SIRET",
      "24590050100018",
      "la clé de contrôle (Luhn) est fausse"
    ),
  },
  {
    title: "an existing member's SIRET failing its check digit (warning)",
    change: (t) => setCell(t.members, ARRAS_ROW, "SIRET", "21620041000018"),
    expected: warning("Membres", 4, "SIRET", "21620041000018", "déjà été facturé avec"),
  },
  {
    // 24590050200015: its own key passes (Luhn over 14 digits), its SIREN 245900502's fails.
    title: "a new member's SIRET whose SIREN part fails its check digit (error)",
    change: (t) => addRow(t.members, newMember({ SIRET: "24590050200015" })),
    expected: error(
      "Membres",
      6,
      "SIRET",
      "24590050200015",
      "SIRET invalide : la clé de contrôle (Luhn) de son SIREN, ses 9 premiers chiffres, est fausse"
    ),
  },
  {
    // 21620041100017: Arras's SIREN 216200410 mistyped 216200411, the SIRET's own key redone.
    title: "an existing member's SIRET whose SIREN part fails its check digit (warning)",
    change: (t) => setCell(t.members, ARRAS_ROW, "SIRET", "21620041100017"),
    expected: warning(
      "Membres",
      4,
      "SIRET",
      "21620041100017",
      "la clé de contrôle (Luhn) du SIREN de ce SIRET, ses 9 premiers chiffres, est fausse ; le membre a déjà été facturé avec"
    ),
  },
  {
    title: "a SIRET of 13 digits, even for an existing member",
    change: (t) => setCell(t.members, ARRAS_ROW, "SIRET", "2162004100001"),
    expected: error("Membres", 4, "SIRET", "2162004100001", "14 chiffres attendus (reçu 13"),
  },
  {
    title: "pupils 12,5",
    change: (t) => setCell(t.members, ARRAS_ROW, "Élèves", "12,5"),
    expected: error("Membres", 4, "Élèves", "12,5", "nombre entier d'élèves attendu"),
  },
  {
    title: "pupils -3",
    change: (t) => setCell(t.members, ARRAS_ROW, "Élèves", -3),
    expected: error("Membres", 4, "Élèves", "-3", "positif ou nul"),
  },
  {
    title: "pupils abc",
    change: (t) => setCell(t.members, ARRAS_ROW, "Élèves", "abc"),
    expected: error("Membres", 4, "Élèves", "abc", "nombre entier d'élèves attendu"),
  },
  {
    title: "empty pupils for a member without schools",
    change: (t) => setCell(t.members, ARRAS_ROW, "Élèves", ""),
    expected: error("Membres", 4, "Élèves", "", "élèves manquants"),
  },
  {
    title: "a withdrawal before the transfer took effect",
    change: (t) => setCell(t.members, ARRAS_ROW, "Date de retrait", "31/08/2019"),
    expected: error("Membres", 4, "Date de retrait", "31/08/2019", "précède la date d'effet"),
  },
  {
    title: "a transfer date that does not exist",
    change: (t) => setCell(t.members, ARRAS_ROW, "Date d'effet", "31/02/2019"),
    expected: error("Membres", 4, "Date d'effet", "31/02/2019", "date attendue (JJ/MM/AAAA"),
  },
  {
    title: "an unknown member type",
    change: (t) => setCell(t.members, ARRAS_ROW, "Type", "syndicat"),
    expected: error("Membres", 4, "Type", "syndicat", "type attendu : commune, epci"),
  },
  {
    title: "an unknown option",
    change: (t) => setCell(t.members, PEVELE_ROW, "Options", "accompagnement; tablettes"),
    expected: error(
      "Membres",
      3,
      "Options",
      "accompagnement; tablettes",
      "Option inconnue « tablettes »"
    ),
  },
  {
    title: "the option mobile in 2024, when it left the schedule",
    year: 2024,
    change: (t) => setCell(t.members, PEVELE_ROW, "Options", "mobile"),
    expected: error("Membres", 3, "Options", "mobile", "n'existe pas dans le barème de 2024"),
  },
  {
    title: "demi-journees=-1",
    change: (t) => setCell(t.members, PEVELE_ROW, "Options", "demi-journees=-1"),
    expected: error("Membres", 3, "Options", "demi-journees=-1", "entier positif ou nul"),
  },
  {
    title: "the same member twice, with other case and accents",
    change: (t) => addRow(t.members, newMember({ Nom: " LIEVIN ", "Date d'effet": "01/01/2020" })),
    expected: error("Membres", 6, "Nom", "LIEVIN", "même nom qu'à la ligne 5"),
  },
  {
    title: "two members with the same SIRET",
    change: (t) => addRow(t.members, newMember({ SIRET: SIRET.arras })),
    expected: error("Membres", 6, "SIRET", SIRET.arras, "même SIRET qu'à la ligne 4"),
  },
  {
    title: "a required service code left empty",
    change: (t) => setCell(t.members, PEVELE_ROW, "Code service", ""),
    expected: error("Membres", 3, "Code service", "", "code service obligatoire"),
  },
  {
    title: "a required engagement number left empty",
    change: (t) => setCell(t.members, PEVELE_ROW, "N° d'engagement", " "),
    expected: error("Membres", 3, "N° d'engagement", "", "numéro d'engagement obligatoire"),
  },
  {
    title: "a yes/no cell that says neither",
    change: (t) => setCell(t.members, PEVELE_ROW, "Engagement obligatoire", "peut-être"),
    expected: error("Membres", 3, "Engagement obligatoire", "peut-être", "oui ou non attendu"),
  },
  {
    title: "a required column missing",
    change: (t) => removeColumn(t.members, "Date d'effet"),
    expected: error("Membres", 1, "Date d'effet", "", "colonne obligatoire absente"),
  },
  {
    title: "a column given twice under a synonym",
    change: (t) => addColumn(t.members, "Nombre d’élèves"),
    expected: error("Membres", 1, "Nombre d’élèves", "", "colonne en double (déjà en colonne 8)"),
  },
  {
    title: "no Élèves column and no Écoles table",
    change: (t) => {
      removeColumn(t.members, "Élèves");
      delete (t as Partial<Tables>).schools;
    },
    expected: error("Membres", 1, "Élèves", "", "colonne obligatoire absente"),
  },
  {
    title: "pupils up 25 % on last year's statement (warning)",
    change: (t) => setCell(t.members, PEVELE_ROW, "Élèves", 6750),
    expected: warning(
      "Membres",
      3,
      "Élèves",
      "6750",
      "contre 5400 sur l'avis 2024-0002 de 2024 (+25,0 %)"
    ),
  },
  {
    title: "pupils down 21 % on last year's statement (warning)",
    change: (t) => setCell(t.members, PEVELE_ROW, "Élèves", 4266),
    expected: warning("Membres", 3, "Élèves", "4266", "(-21,0 %) : écart de plus de 20 %"),
  },
  {
    title: "a transfer during the year without mois=N (warning)",
    change: (t) => addRow(t.members, newMember({ "Date d'effet": "2025-09-01" })),
    expected: warning("Membres", 6, "Date d'effet", "01/09/2025", "due pour l'année entière"),
  },
  {
    title: "a withdrawal during the year without mois=N (warning)",
    change: (t) => setCell(t.members, ARRAS_ROW, "Date de retrait", "01/07/2025"),
    expected: warning("Membres", 4, "Date de retrait", "01/07/2025", "(ici mois=7)"),
  },
  {
    title: "settings without the issuer's row",
    change: (t) => t.settings.splice(1, 1),
    expected: error("Paramètres", 1, "Paramètre", "Émetteur", "nom de l'émetteur"),
  },
  {
    title: "settings with the issuer's name left empty",
    change: (t) => setCell(t.settings, 2, "Valeur", ""),
    expected: error("Paramètres", 2, "Valeur", "", "nom de l'émetteur"),
  },
  {
    title: "the issuer's SIRET as printed in 001, failing its check digit (warning)",
    change: (t) => setCell(t.settings, 4, "Valeur", "200 030 386 00020"),
    expected: warning("Paramètres", 4, "Valeur", "20003038600020", "du SIRET de l'émetteur"),
  },
  {
    // The syndicate's SIRET as printed in 001 with its last digit made right: its SIREN, 200030386,
    // still fails its own key.
    title: "the issuer's SIRET whose SIREN part fails its check digit (warning)",
    change: (t) => setCell(t.settings, 4, "Valeur", "200 030 386 00029"),
    expected: warning(
      "Paramètres",
      4,
      "Valeur",
      "20003038600029",
      "la clé de contrôle (Luhn) du SIREN du SIRET de l'émetteur, ses 9 premiers chiffres, est fausse"
    ),
  },
  {
    title: "an unknown setting (warning)",
    change: (t) => addRow(t.settings, { Paramètre: "Téléphone", Valeur: "03 20 00 00 00" }),
    expected: warning("Paramètres", 14, "Paramètre", "Téléphone", "paramètre inconnu, ignoré"),
  },
  {
    title: "a setting given twice",
    change: (t) => addRow(t.settings, { Paramètre: "émetteur", Valeur: "Autre" }),
    expected: error(
      "Paramètres",
      14,
      "Paramètre",
      "émetteur",
      "paramètre en double (déjà ligne 2)"
    ),
  },
  {
    title: "settings without the ordonnateur's first name",
    change: (t) => t.settings.splice(6, 1),
    expected: error(
      "Paramètres",
      1,
      "Paramètre",
      "Prénom de l'ordonnateur",
      "ajoutez la ligne « Prénom de l'ordonnateur » avec le prénom de la personne qui émet les titres"
    ),
  },
  {
    title: "settings with the accountant's IBAN mistyped (key wrong)",
    change: (t) => setCell(t.settings, 12, "Valeur", "FR76 3000 1005 9400 0005 9400 013"),
    expected: error(
      "Paramètres",
      12,
      "Valeur",
      "FR76 3000 1005 9400 0005 9400 013",
      "IBAN invalide : la clé de contrôle"
    ),
  },
  {
    title: "a journal amount finer than the cent",
    change: (t) => setCell(t.journal, 3, "Montant", "8 640,555"),
    expected: error("Journal", 3, "Montant", "8 640,555", "montant en euros attendu"),
  },
  {
    title: "a journal status that is not émis or annulé",
    change: (t) => setCell(t.journal, 4, "Statut", "payé"),
    expected: error("Journal", 4, "Statut", "payé", "statut attendu : émis ou annulé"),
  },
  {
    title: "a statement number used twice in one exercise",
    change: (t) => setCell(t.journal, 4, "Numéro", "2024-0002"),
    expected: error(
      "Journal",
      4,
      "Numéro",
      "2024-0002",
      "numéro d'avis en double pour l'exercice 2024 (déjà ligne 3)"
    ),
  },
  {
    title: "no Membres table",
    change: (t) => {
      delete (t as Partial<Tables>).members;
    },
    expected: error("Membres", 1, "", "", "tableau « Membres » introuvable"),
  },
];

function problemsOf(testCase: Case): RegisterProblem[] {
  const tables = validTables();
  testCase.change(tables);
  return checkRegister(tables, testCase.year ?? 2025).problems;
}

describe("the valid register", () => {
  test.each([2024, 2025])("reads and validates for %i with no problem", (year) => {
    expect(checkRegister(validTables(), year).problems).toEqual([]);
  });
});

describe("a corpus of malformed registers", () => {
  test("has at least 20 registers", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(20);
  });

  test.each(CORPUS.map((c) => [c.title, c] as const))("reports %s", (_title, testCase) => {
    const { message, ...where } = testCase.expected;
    expect(problemsOf(testCase)).toEqual([{ ...where, message: expect.stringContaining(message) }]);
  });

  test.each(CORPUS.map((c) => [c.title, c] as const))(
    "names the table, row and column in the sentence for %s",
    (_title, testCase) => {
      const [problem] = problemsOf(testCase);
      const { table, row, column } = testCase.expected;
      const sentence = describeProblem(problem ?? testCase.expected);
      expect(sentence.startsWith(`${table}, ligne ${row}`)).toBe(true);
      if (column !== "") expect(sentence).toContain(`colonne « ${column} »`);
    }
  );
});

describe("the corpus through the task pane's workflow", () => {
  const WRITES = ["writeSheets", "appendTableRows", "updateTableCells"];
  const errors = CORPUS.filter((c) => c.expected.severity === "error");

  test.each(errors.map((c) => [c.title, c] as const))(
    "writes nothing for %s",
    async (_title, testCase) => {
      const tables = validTables();
      testCase.change(tables);
      const { workbook, state } = createMemoryWorkbookDouble([
        { name: "Membres", values: tables.members },
        { name: "Ecoles", values: tables.schools },
        { name: "Parametres", values: tables.settings },
        { name: "JournalAppels", values: tables.journal },
      ]);
      const run = await prepareStatements(workbook, testCase.year ?? 2025, "2025-12-15");
      expect(canGenerate(run)).toBe(false);
      await expect(generateStatements(workbook, run)).rejects.toThrow(/erreurs/);
      expect(state.calls.filter((call) => WRITES.includes(call))).toEqual([]);
    }
  );
});

describe("registers that look wrong but are right", () => {
  test("accepts a UAI whose leading zero the spreadsheet ate", () => {
    const tables = validTables();
    setCell(tables.schools, 2, "UAI", "591001t");
    const { register, problems } = checkRegister(tables, 2025);
    expect(problems).toEqual([]);
    expect(register.schools[0]?.uai).toBe("0591001T");
  });

  test("does not check the options or pupils of a member gone before the year", () => {
    const tables = validTables();
    setCell(tables.members, LIEVIN_ROW, "Options", "mobile; tablettes");
    setCell(tables.members, LIEVIN_ROW, "Élèves", "");
    expect(checkRegister(tables, 2025).problems).toEqual([]);
  });

  test.each([
    ["by the sum of its digits", "35600000000001"],
    ["by its Luhn key", "35600000000100"],
  ])(
    "accepts a new member with a SIRET of La Poste passing %s (its SIREN 356000000 passes)",
    (_how, siret) => {
      const tables = validTables();
      addRow(tables.members, newMember({ Nom: "La Poste", Type: "autre", SIRET: siret }));
      expect(checkRegister(tables, 2025).problems).toEqual([]);
    }
  );

  test("refuses a new member with a SIRET of La Poste failing both its rules", () => {
    const tables = validTables();
    addRow(tables.members, newMember({ Nom: "La Poste", Type: "autre", SIRET: "35600000000019" }));
    expect(checkRegister(tables, 2025).problems).toEqual([
      expect.objectContaining({ severity: "error", row: 6, value: "35600000000019" }),
    ]);
  });

  test("still checks the identifiers of a member gone before the year", () => {
    const tables = validTables();
    setCell(tables.members, LIEVIN_ROW, "SIRET", "21620510400014");
    expect(checkRegister(tables, 2025).problems).toEqual([
      expect.objectContaining({ severity: "warning", row: LIEVIN_ROW, column: "SIRET" }),
    ]);
  });

  test("checks the options of that member for a year it owed", () => {
    const tables = validTables();
    setCell(tables.members, LIEVIN_ROW, "Options", "mobile; tablettes");
    expect(checkRegister(tables, 2022).problems).toEqual([
      expect.objectContaining({
        severity: "error",
        row: LIEVIN_ROW,
        column: "Options",
        message: expect.stringContaining("Option inconnue « tablettes »"),
      }),
    ]);
  });

  test("gives no warning at exactly +20 % (boundary, low side of the warning)", () => {
    const tables = validTables();
    setCell(tables.members, PEVELE_ROW, "Élèves", 6480);
    expect(checkRegister(tables, 2025).problems).toEqual([]);
  });

  test("warns one pupil above +20 % (boundary, high side)", () => {
    const tables = validTables();
    setCell(tables.members, PEVELE_ROW, "Élèves", 6481);
    expect(checkRegister(tables, 2025).problems).toEqual([
      expect.objectContaining({ severity: "warning", row: PEVELE_ROW, value: "6481" }),
    ]);
  });

  test("gives no warning at exactly -20 %, warns one pupil below", () => {
    const exact = validTables();
    setCell(exact.members, PEVELE_ROW, "Élèves", 4320);
    expect(checkRegister(exact, 2025).problems).toEqual([]);
    const below = validTables();
    setCell(below.members, PEVELE_ROW, "Élèves", 4319);
    expect(checkRegister(below, 2025).problems).toHaveLength(1);
  });

  test("accepts an empty pupils cell for a member whose schools give the pupils", () => {
    const tables = validTables();
    expect(tables.members[HEM_ROW - 1]?.[7]).toBe("");
    expect(checkRegister(tables, 2025).problems).toEqual([]);
  });

  test("gives no part-year warning when the options say mois=N", () => {
    const tables = validTables();
    addRow(tables.members, newMember({ "Date d'effet": "01/09/2025", Options: "mois=4" }));
    expect(checkRegister(tables, 2025).problems).toEqual([]);
  });
});
