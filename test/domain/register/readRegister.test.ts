import { readRegister } from "../../../src/domain/register/readRegister";
import {
  ARRAS_ROW,
  HEM_PUPILS_2024,
  HEM_SCHOOLS,
  PEVELE,
  SIRET,
  validTables,
  setCell,
} from "./registerTables";

// Reading only: cells become typed values, problems name table, row, column and value. Nothing
// here depends on the exercise (see validateRegister.test.ts).

describe("readRegister on the valid tables", () => {
  test("reads Hem with its SIRET compacted and its pupils left to its schools", () => {
    const { register, problems, readable } = readRegister(validTables());
    expect(problems).toEqual([]);
    expect(readable).toBe(true);
    expect(register.members[0]).toEqual({
      row: 2,
      name: "Hem",
      type: "commune",
      siret: SIRET.hem,
      address: "Place de la République\n59510 Hem",
      departement: "59",
      transferDate: "2024-01-01",
      withdrawalDate: null,
      pupils: null,
      options: "",
      serviceCode: "",
      serviceCodeRequired: false,
      engagementNumber: "",
      engagementRequired: false,
    });
  });

  test("reads an EPCI with a SIRET typed as a number, an Excel date serial and Chorus Pro codes", () => {
    const pevele = readRegister(validTables()).register.members[1];
    expect(pevele).toMatchObject({
      row: 3,
      name: PEVELE,
      type: "epci",
      siret: String(SIRET.pevele),
      departement: "Nord",
      transferDate: "2024-01-01",
      withdrawalDate: null,
      pupils: 5400,
      options: "accompagnement",
      serviceCode: "ENT-NUM",
      serviceCodeRequired: true,
      engagementNumber: "EJ-2025-0118",
      engagementRequired: true,
    });
  });

  test("reads pupils typed as text with a thousands space, and dates typed in ISO form", () => {
    const [, , arras, lievin] = readRegister(validTables()).register.members;
    expect(arras?.pupils).toBe(2150);
    expect(arras?.serviceCodeRequired).toBe(false);
    expect(lievin?.transferDate).toBe("2019-01-01");
    expect(lievin?.withdrawalDate).toBe("2022-12-31");
  });

  test("reads the 11 schools of Hem with their first year", () => {
    const { schools } = readRegister(validTables()).register;
    expect(schools).toHaveLength(11);
    expect(schools[0]).toEqual({
      row: 2,
      uai: "0591001T",
      name: "École Jules Ferry",
      member: "Hem",
      pupils: 142,
      firstYear: 2024,
    });
    expect(schools.reduce((sum, s) => sum + s.pupils, 0)).toBe(1209);
    expect(schools.map((s) => s.uai)).toEqual(HEM_SCHOOLS.map(([uai]) => uai));
  });

  test("reads the settings, with the defaults for an empty mention and absent payment terms, term and court", () => {
    expect(readRegister(validTables()).register.settings).toEqual({
      name: "Syndicat mixte Nord-Pas-de-Calais Numérique",
      address: "Hôtel de Région, 151 avenue du Président Hoover\n59555 Lille Cedex",
      siret: SIRET.issuer,
      accountingContact: "Service financier : finances@example.fr",
      vatMention: "Contribution non soumise à la TVA (montants TTC votés par le comité syndical)",
      paymentTerms:
        "Paiement par virement au comptable assignataire, au plus tard à la date d'échéance",
      officerFirstName: "Jean",
      officerLastName: "Martin",
      officerTitle: "Le Président",
      delegatedBy: "",
      accountantName: "Service de gestion comptable de Lille Métropole",
      accountantAddress: "12 rue des Finances\nCS 10001\n59000 Lille",
      iban: "FR7630001005940000059400031",
      bic: "BDFEFRPPCCT",
      court: "tribunal administratif de Lille",
      paymentDays: 30,
      // The PES V2 settings, absent from this register: "" (pesProblems says what is missing).
      pesPoste: "",
      pesCollectivityCode: "",
      pesBudgetCode: "",
      pesBudgetLabel: "",
      pesNature: "",
      pesFunction: "",
      pesProductCode: "",
      // Part years: the full year unless "Année partielle" says prorata des mois.
      prorateByMonths: false,
    });
  });

  test("reads the PES V2 settings, by their documented names", () => {
    const tables = validTables();
    const withPes = {
      ...tables,
      settings: [
        ...(tables.settings ?? []),
        ["Poste comptable", "059000"],
        ["Code collectivité", "123"],
        ["Code budget", "00"],
        ["Libellé budget", "Budget principal"],
        ["Imputation nature", "7474"],
        ["Imputation fonction", "21"],
        ["Code produit", "ENT"],
      ],
    };
    const read = readRegister(withPes);
    expect(read.register.settings).toMatchObject({
      pesPoste: "059000",
      pesCollectivityCode: "123",
      pesBudgetCode: "00",
      pesBudgetLabel: "Budget principal",
      pesNature: "7474",
      pesFunction: "21",
      pesProductCode: "ENT",
    });
    expect(read.problems.filter((p) => p.message.includes("inconnu"))).toEqual([]);
  });

  test("reads the journal: amounts in cents from numbers or text, dates, statuses", () => {
    const { journal } = readRegister(validTables()).register;
    expect(journal[0]).toEqual({
      row: 2,
      number: "2024-0001",
      year: 2024,
      member: "Hem",
      amountCents: 46930,
      pupils: HEM_PUPILS_2024,
      date: "2024-03-15",
      schedule: "ctaf-2023-06-15",
      status: "issued",
    });
    expect(journal.map((e) => e.amountCents)).toEqual([46930, 864000, 279500, 390600]);
    expect(journal[2]?.date).toBe("2024-03-15");
    expect(journal.map((e) => e.status)).toEqual(["issued", "issued", "issued", "issued"]);
  });

  test("keeps the headers as typed, for validation to name them", () => {
    const { columns } = readRegister(validTables()).register;
    expect(columns?.members.engagementNumber).toBe("N° d'engagement");
    expect(columns?.schools.firstYear).toBe("Première année");
    expect(columns?.journal.amount).toBe("Montant");
  });
});

describe("readRegister and headers", () => {
  test("matches headers ignoring case and accents, with synonyms and a typographic apostrophe", () => {
    const members = [
      [
        "NOM",
        "type de membre",
        "n° siret",
        "DATE D’EFFET",
        "nb eleves",
        "Numero d'engagement",
        "ENGAGEMENT OBLIGATOIRE",
        "Remarques",
      ],
      ["Hem", "Commune", SIRET.hem, "01/01/2024", 1209, "EJ-1", "x", "note libre"],
    ];
    const { register, problems } = readRegister({ members });
    expect(problems).toEqual([]);
    expect(register.members[0]).toMatchObject({
      name: "Hem",
      transferDate: "2024-01-01",
      pupils: 1209,
      engagementNumber: "EJ-1",
      engagementRequired: true,
    });
    expect(register.columns?.members.transferDate).toBe("DATE D’EFFET");
  });

  test("reports every missing required column by its documented header, and reads no row", () => {
    const { register, problems, readable } = readRegister({
      members: [
        ["Nom", "Adresse"],
        ["Hem", ""],
      ],
    });
    expect(readable).toBe(false);
    expect(register.members).toEqual([]);
    expect(problems.map((p) => [p.table, p.row, p.column])).toEqual([
      ["Membres", 1, "Type"],
      ["Membres", 1, "SIRET"],
      ["Membres", 1, "Date d'effet"],
      ["Membres", 1, "Élèves"],
    ]);
  });

  test("does not require the Élèves column when an Écoles table is given", () => {
    const tables = validTables();
    const members = [
      ["Nom", "Type", "SIRET", "Date d'effet"],
      ["Hem", "commune", SIRET.hem, "01/01/2024"],
    ];
    expect(readRegister({ members, schools: tables.schools }).problems).toEqual([]);
  });

  test("reports a missing Membres table once", () => {
    const { problems, readable } = readRegister({ schools: validTables().schools });
    expect(readable).toBe(false);
    expect(problems).toEqual([
      {
        severity: "error",
        table: "Membres",
        row: 1,
        column: "",
        value: "",
        message:
          "tableau « Membres » introuvable : créez un tableau Excel nommé Membres (Nom, Type, SIRET, Date d'effet, Élèves…).",
      },
    ]);
  });

  test("reports a Membres table with no member", () => {
    const tables = validTables();
    const { problems } = readRegister({ members: tables.members.slice(0, 1) });
    expect(problems).toEqual([
      expect.objectContaining({
        table: "Membres",
        row: 2,
        message: "le tableau Membres ne contient aucun membre.",
      }),
    ]);
  });

  test("gives no settings and no problem when there is no Paramètres table", () => {
    const { members, schools } = validTables();
    const { register, problems } = readRegister({ members, schools });
    expect(register.settings).toBeNull();
    expect(register.journal).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe("readRegister and rows", () => {
  test("skips blank rows and keeps Excel's row numbers", () => {
    const tables = validTables();
    tables.members.splice(2, 0, ["", null, "  ", "", "", "", "", "", "", "", "", "", ""]);
    setCell(tables.members, ARRAS_ROW + 1, "Élèves", "abc");
    const { register, problems } = readRegister(tables);
    expect(register.members.map((m) => m.row)).toEqual([2, 4, 5, 6]);
    expect(problems).toEqual([
      expect.objectContaining({ row: ARRAS_ROW + 1, column: "Élèves", value: "abc" }),
    ]);
  });

  test("keeps a member whose cell could not be read, with a neutral value, so schools still find it", () => {
    const tables = validTables();
    setCell(tables.members, 2, "Élèves", "beaucoup");
    const { register, problems } = readRegister(tables);
    expect(register.members[0]?.name).toBe("Hem");
    expect(register.members[0]?.pupils).toBeNull();
    expect(problems).toHaveLength(1);
  });

  test.each([
    ["EPCI", "epci"],
    ["Intercommunalité", "epci"],
    ["Communauté d'agglomération du Boulonnais", "epci"],
    ["COMMUNE", "commune"],
    ["Autre", "other"],
  ])("reads the type %s as %s", (typed, type) => {
    const tables = validTables();
    setCell(tables.members, ARRAS_ROW, "Type", typed);
    expect(readRegister(tables).register.members[2]?.type).toBe(type);
  });

  test("does not take a type named after an object property for a known word", () => {
    const tables = validTables();
    setCell(tables.members, ARRAS_ROW, "Type", "constructor");
    expect(readRegister(tables).problems).toEqual([
      expect.objectContaining({ row: ARRAS_ROW, column: "Type", value: "constructor" }),
    ]);
  });

  test.each([
    ["x", true],
    ["VRAI", true],
    [true, true],
    [1, true],
    ["non", false],
    [false, false],
    ["", false],
    [null, false],
  ])("reads %p in a yes/no column as %p", (cell, expected) => {
    const tables = validTables();
    setCell(tables.members, ARRAS_ROW, "Code service obligatoire", cell);
    expect(readRegister(tables).register.members[2]?.serviceCodeRequired).toBe(expected);
  });

  test.each([
    ["émis", "issued"],
    ["Émise", "issued"],
    ["emis", "issued"],
    ["", "issued"],
    [null, "issued"],
    ["annulé", "cancelled"],
    ["ANNULÉE", "cancelled"],
    ["annule", "cancelled"],
  ])("reads the journal status %p, as users type it, as the code %p", (typed, status) => {
    const tables = validTables();
    setCell(tables.journal, 2, "Statut", typed);
    const { register, problems } = readRegister(tables);
    expect(problems).toEqual([]);
    expect(register.journal[0]?.status).toBe(status);
  });

  test.each(["issued", "cancelled", "remplacé"])(
    "refuses the journal status %p: users type émis or annulé",
    (typed) => {
      const tables = validTables();
      setCell(tables.journal, 2, "Statut", typed);
      expect(readRegister(tables).problems.map((p) => [p.severity, p.column, p.value])).toEqual([
        ["error", "Statut", typed],
      ]);
    }
  );

  test("reads a cancelled statement, and a setting key typed with a synonym", () => {
    const tables = validTables();
    setCell(tables.journal, 2, "Statut", "Annulé");
    setCell(tables.settings, 2, "Paramètre", "nom de l’émetteur");
    tables.settings.push(["Modalités de paiement", "45 jours"]);
    const { register, problems } = readRegister(tables);
    expect(problems).toEqual([]);
    expect(register.journal[0]?.status).toBe("cancelled");
    expect(register.settings?.name).toBe("Syndicat mixte Nord-Pas-de-Calais Numérique");
    expect(register.settings?.paymentTerms).toBe("45 jours");
    // No term in days given: the days written in the payment terms.
    expect(register.settings?.paymentDays).toBe(45);
  });
});
