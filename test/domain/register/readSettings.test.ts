import { readSettings } from "../../../src/domain/register/readSettings";
import { SETTING_SPECS } from "../../../src/domain/register/settingsColumns";

// The settings a titre de recettes needs (RULES.md §9): the ordonnateur, the comptable
// assignataire, the account, the court and the term in days. Expected texts are written here
// from the rules, not copied from the code.

type Rows = (readonly unknown[])[];

/** A complete Paramètres table: every required setting given, and a valid SIRET. */
function fullTable(): Rows {
  return [
    ["Paramètre", "Valeur"],
    ["Émetteur", "Syndicat mixte Nord-Pas-de-Calais Numérique"],
    ["Prénom de l'ordonnateur", "Jean"],
    ["Nom de l'ordonnateur", "Martin"],
    ["Qualité de l'ordonnateur", "Le Président"],
    ["Comptable assignataire", "Service de gestion comptable de Lille Métropole"],
    ["Adresse du comptable", "12 rue des Finances\n59000 Lille"],
    ["IBAN", "fr76 3000 6000 0112 3456 7890 189"],
    ["BIC", "bdfe frpp cct"],
    ["SIRET", "73282932000074"],
  ];
}

/** The rows of the table without the one whose key is `key`. */
function without(key: string): Rows {
  return fullTable().filter((row) => row[0] !== key);
}

/** The table with the value of `key` replaced (the row added at the end when absent). */
function withValue(key: string, value: unknown, rows: Rows = fullTable()): Rows {
  const found = rows.findIndex((row) => row[0] === key);
  if (found < 0) return [...rows, [key, value]];
  return rows.map((row, index) => (index === found ? [key, value] : row));
}

const errorsOf = (rows: Rows) =>
  readSettings(rows).problems.filter((problem) => problem.severity === "error");
const warningsOf = (rows: Rows) =>
  readSettings(rows).problems.filter((problem) => problem.severity === "warning");

describe("readSettings: the titre de recettes", () => {
  test("a complete table reads without error, IBAN and BIC compact and upper case", () => {
    const { settings } = readSettings(fullTable());
    expect(errorsOf(fullTable())).toEqual([]);
    expect(settings).toMatchObject({
      officerFirstName: "Jean",
      officerLastName: "Martin",
      officerTitle: "Le Président",
      delegatedBy: "",
      accountantName: "Service de gestion comptable de Lille Métropole",
      accountantAddress: "12 rue des Finances\n59000 Lille",
      iban: "FR7630006000011234567890189",
      bic: "BDFEFRPPCCT",
    });
  });

  test("defaults: the administrative court of Lille, 30 days (CTAF 2023 art. 7)", () => {
    const { settings } = readSettings(fullTable());
    expect(settings?.court).toBe("tribunal administratif de Lille");
    expect(settings?.paymentDays).toBe(30);
  });

  // What the user reads, setting by setting: the line to add and what to type there.
  const REQUIRED: readonly [label: string, says: string][] = [
    ["Prénom de l'ordonnateur", "avec le prénom de la personne qui émet les titres"],
    ["Nom de l'ordonnateur", "avec le nom de la personne qui émet les titres"],
    ["Qualité de l'ordonnateur", "avec la qualité de l'ordonnateur (par exemple Le Président"],
    ["Comptable assignataire", "avec le nom du comptable public qui encaisse"],
    ["Adresse du comptable", "avec l'adresse postale du comptable assignataire"],
    ["IBAN", "avec l'IBAN du compte du comptable assignataire"],
    ["BIC", "avec le BIC du compte du comptable assignataire"],
  ];

  test.each(REQUIRED)("a missing « %s » row is an error pointing at the table", (label, says) => {
    expect(errorsOf(without(label))).toEqual([
      {
        severity: "error",
        table: "Paramètres",
        row: 1,
        column: "Paramètre",
        value: label,
        message: expect.stringContaining(`ajoutez la ligne « ${label} » ${says}`),
      },
    ]);
  });

  test.each(REQUIRED)("an empty « %s » is an error on its value cell", (label, says) => {
    const rows = withValue(label, "  ");
    const row = rows.findIndex((r) => r[0] === label) + 1;
    expect(errorsOf(rows)).toEqual([
      {
        severity: "error",
        table: "Paramètres",
        row,
        column: "Valeur",
        value: "",
        message: expect.stringContaining(`renseignez la valeur de « ${label} » ${says}`),
      },
    ]);
  });

  test("the law is cited for the ordonnateur", () => {
    const [problem] = errorsOf(without("Qualité de l'ordonnateur"));
    expect(problem?.message).toContain("CGCT L1617-5");
  });

  test("the value cell is named as the user typed its header", () => {
    const rows = withValue("Prénom de l'ordonnateur", "");
    rows[0] = ["Clé", "Contenu"];
    expect(errorsOf(rows)).toEqual([expect.objectContaining({ row: 3, column: "Contenu" })]);
  });

  test.each([
    ["a wrong key", "FR76 3000 6000 0112 3456 7890 188", "la clé de contrôle"],
    ["two digits swapped", "FR76 3000 6000 0112 3456 7890 198", "la clé de contrôle"],
    [
      "a digit missing",
      "FR76 3000 6000 0112 3456 7890 18",
      "27 caractères attendus pour un IBAN FR (reçu 26",
    ],
    [
      "a character not allowed",
      "FR76-3000-6000-0112-3456-7890-189",
      "lettres et chiffres attendus",
    ],
    ["no country code", "7630006000011234567890189", "code du pays"],
  ])("an IBAN with %s is an error on its cell", (_what, iban, message) => {
    const rows = withValue("IBAN", iban);
    expect(errorsOf(rows)).toEqual([
      {
        severity: "error",
        table: "Paramètres",
        row: 8,
        column: "Valeur",
        value: iban,
        message: expect.stringContaining(message),
      },
    ]);
  });

  test.each(["BDFEFRPPC", "BDFEFRPPCC", "BDFE", "BDF1FR", "BDFE12PP"])(
    "a BIC shaped otherwise than ISO 9362 (%s) is an error",
    (bic) => {
      expect(errorsOf(withValue("BIC", bic))).toEqual([
        expect.objectContaining({
          row: 9,
          column: "Valeur",
          value: bic,
          message: expect.stringContaining("BIC invalide"),
        }),
      ]);
    }
  );

  test("a BIC of 8 characters (head office) is accepted", () => {
    expect(errorsOf(withValue("BIC", "BDFEFRPP"))).toEqual([]);
  });

  test("the court can be set; an article typed in front is kept", () => {
    const { settings } = readSettings(
      withValue("Tribunal compétent", "Tribunal administratif d'Amiens")
    );
    expect(settings?.court).toBe("Tribunal administratif d'Amiens");
  });

  test("every new setting has a documented name and synonyms that no other setting uses", () => {
    const names = SETTING_SPECS.flatMap((spec) => spec.names);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("readSettings: delegation", () => {
  test("a blank or « non » delegation: the ordonnateur signs in their own name", () => {
    for (const value of ["", "non", "Non"]) {
      const rows = withValue("Par délégation de", value);
      expect(errorsOf(rows)).toEqual([]);
      expect(readSettings(rows).settings?.delegatedBy).toBe("");
    }
  });

  test("names whom the ordonnateur signs for, under its name or a synonym", () => {
    const rows = withValue("Qualité de l'ordonnateur", "Vice-présidente chargée des finances", [
      ...fullTable(),
      ["Signe par délégation de", "le Président"],
    ]);
    expect(errorsOf(rows)).toEqual([]);
    expect(readSettings(rows).settings).toMatchObject({
      delegatedBy: "le Président",
      officerTitle: "Vice-présidente chargée des finances",
    });
  });

  test("« oui » alone says not for whom: an error asking for it", () => {
    const rows = withValue("Par délégation de", "oui");
    expect(errorsOf(rows)).toEqual([
      expect.objectContaining({
        row: 11,
        column: "Valeur",
        value: "oui",
        message: expect.stringContaining("indiquez pour qui l'ordonnateur signe par délégation"),
      }),
    ]);
  });
});

describe("readSettings: the term in days and the payment terms", () => {
  test.each([
    [45, 45],
    ["45", 45],
    ["45 jours", 45],
    ["60 j", 60],
  ])("reads %p under « Délai de paiement (jours) » as %i days", (value, days) => {
    const rows = withValue("Délai de paiement (jours)", value);
    expect(readSettings(rows).problems).toEqual([]);
    expect(readSettings(rows).settings?.paymentDays).toBe(days);
  });

  test.each([
    [0, "0"],
    [366, "366"],
    [12.5, "12,5"],
    ["trente", "trente"],
    ["-3", "-3"],
  ])("refuses %p days (shown %p)", (value, shown) => {
    const rows = withValue("Délai de paiement (jours)", value);
    expect(errorsOf(rows)).toEqual([
      expect.objectContaining({
        row: 11,
        value: shown,
        message: expect.stringContaining("délai de paiement en jours attendu"),
      }),
    ]);
  });

  test("without a term in days, the days written in the payment terms, else 30", () => {
    const with45 = withValue("Conditions de paiement", "Paiement à 45 jours à réception");
    expect(readSettings(with45).settings?.paymentDays).toBe(45);
    const noDays = withValue("Conditions de paiement", "Paiement par virement");
    expect(readSettings(noDays).settings?.paymentDays).toBe(30);
  });

  test("payment terms and term in days that disagree: a warning on the terms", () => {
    const rows = withValue("Délai de paiement (jours)", 30, [
      ...fullTable(),
      ["Conditions de paiement", "Paiement à 45 jours"],
    ]);
    expect(warningsOf(rows)).toEqual([
      expect.objectContaining({
        row: 11,
        value: "Paiement à 45 jours",
        message: expect.stringContaining(
          "parlent de 45 jours, mais le délai de paiement est de 30 jours"
        ),
      }),
    ]);
    expect(errorsOf(rows)).toEqual([]);
    expect(readSettings(rows).settings?.paymentDays).toBe(30);
  });

  test("an old register: a text under « Délai de paiement » is still its payment terms", () => {
    const rows = withValue("Délai de paiement", "Paiement à 45 jours à réception");
    const { settings } = readSettings(rows);
    expect(settings?.paymentTerms).toBe("Paiement à 45 jours à réception");
    expect(settings?.paymentDays).toBe(45);
    expect(errorsOf(rows)).toEqual([]);
    expect(warningsOf(rows)).toEqual([
      expect.objectContaining({
        row: 11,
        value: "Paiement à 45 jours à réception",
        message: expect.stringContaining("Renommez cette ligne « Conditions de paiement »"),
      }),
    ]);
  });

  test("an old register without days in its text: 30 days", () => {
    const rows = withValue("Délai de paiement", "à réception de l'avis");
    expect(readSettings(rows).settings).toMatchObject({
      paymentTerms: "à réception de l'avis",
      paymentDays: 30,
    });
  });

  test("« Délai de paiement » with a number is the term in days, no warning", () => {
    const rows = withValue("Délai de paiement", 60);
    expect(readSettings(rows).problems).toEqual([]);
    expect(readSettings(rows).settings?.paymentDays).toBe(60);
  });

  test("a text under « Délai de paiement » beside « Conditions de paiement »: an error", () => {
    const rows = [
      ...withValue("Délai de paiement", "à réception"),
      ["Conditions de paiement", "x"],
    ];
    expect(errorsOf(rows)).toEqual([
      expect.objectContaining({
        row: 11,
        message: expect.stringContaining("délai de paiement en jours attendu"),
      }),
    ]);
  });
});
