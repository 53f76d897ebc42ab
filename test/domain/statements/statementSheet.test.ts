import type { SheetCell, SheetSpec } from "../../../src/domain/sheets/SheetSpec";
import { safeSheetName, statementSheetName } from "../../../src/domain/statements/sheetName";
import { statementSheet } from "../../../src/domain/statements/statementSheet";
import { domainErrorOf } from "../domainErrorOf";
import { HEM, HEM_SCHOOLS, LYS, member, register, ROUBAIX, SETTINGS } from "./fixtures";
import { generate } from "./generations";
import { numbered, numberedOne } from "./numbered";

const NBSP = "\u00a0";

/**
 * The rows after the sources, read as the printed page: blocks between blank rows, each a heading
 * and its text (rows cut to fit the page joined again with a space).
 */
function mentionBlocks(sheet: SheetSpec): [heading: string, text: string][] {
  const rows = plain(sheet);
  const blocks: [string, string][] = [];
  for (let i = rows.findIndex((row) => row[0] === "Paiement"); i >= 0 && i < rows.length; i += 1) {
    const value = String(rows[i]?.[0] ?? "");
    const last = blocks.at(-1);
    if (value === "") continue;
    if (last === undefined || rows[i - 1]?.length === 0) blocks.push([value, ""]);
    else last[1] = last[1] === "" ? value : `${last[1]} ${value}`;
  }
  return blocks;
}

/** The sheet's rows as plain values, empty cells as null, to read it like the printed page. */
function plain(sheet: SheetSpec): (string | number | null)[][] {
  return sheet.rows.map((row) => row.map((cell) => (cell.kind === "empty" ? null : cell.value)));
}

function cellsOf(sheet: SheetSpec): SheetCell[] {
  return sheet.rows.flat();
}

describe("statementSheet", () => {
  test("prints Hem's 2025 statement as RULES.md §9 lists it", () => {
    // 1 209 × 130 = 157 170 c, statement 2025-0001 issued 1 March 2025.
    const sheet = statementSheet(numberedOne(HEM), SETTINGS);
    expect(sheet.name).toBe("Appel 2025-0001");
    expect(sheet.print).toEqual({ orientation: "portrait" });
    expect(sheet.table).toBeUndefined();
    const rows = plain(sheet);
    // Up to the first heading of the mentions, every row; the mentions, as printed, below.
    expect(rows.slice(0, rows.findIndex((row) => row[0] === "Paiement") + 1)).toEqual([
      ["Émetteur"],
      ["Syndicat mixte La Fibre Numérique 59/62"],
      ["4 rue de la Fibre"],
      ["59000 Lille"],
      ["SIRET : 20003038600020"],
      [],
      ["Débiteur"],
      ["Hem"],
      ["Hôtel de ville"],
      ["42 rue du Général Leclerc"],
      ["59510 Hem"],
      ["SIRET : 21590299000013"],
      ["Code service : FIN-01"],
      ["N° d'engagement : EJ-2025-77"],
      [],
      ["Avis des sommes à payer — appel de contribution n° 2025-0001"],
      ["Exercice", 2025],
      ["Date d'émission", "2025-03-01"],
      // 1 March + 30 days.
      ["Date d'échéance", "2025-03-31"],
      ["Élèves facturés", 1209],
      [],
      ["Composante", "Base", "Quantité", "Tarif unitaire", "Montant"],
      [
        "Contribution forfaitaire de base (plateforme, application mobile, coût administratif)",
        "par élève et par an",
        1209,
        130,
        157170,
      ],
      ["Total à payer", null, null, null, 157170],
      [],
      ["Fondement"],
      ["Barème ctaf-2023-06-15"],
      ["CTAF version du 15/06/2023, art. 5 ; délibération du comité syndical du 15/06/2023"],
      [],
      ["Paiement"],
    ]);
    // The mentions, written here from RULES.md §9 and the settings.
    expect(mentionBlocks(sheet)).toEqual([
      [
        "Paiement",
        "Contribution non soumise à la TVA (montants TTC tels que votés) " +
          "Conditions de paiement : 30 jours à réception " +
          "Comptable assignataire : Service de gestion comptable de Lille Métropole, 12 rue des Finances, CS 10001, 59000 Lille " +
          "Virement au comptable assignataire : IBAN FR76 3000 1005 9400 0005 9400 031 — BIC BDFEFRPPCCT " +
          "Contact : comptabilite@example.fr",
      ],
      ["Titre émis par", "Le Président, Jean Martin"],
      [
        "Voies et délais de recours",
        "Dans les deux mois suivant la réception du présent titre, le débiteur peut contester " +
          "l'existence de la créance, son montant ou son exigibilité en saisissant le tribunal " +
          "administratif de Lille, juridiction compétente pour cette contribution, qui est une " +
          "créance de droit public (article L. 1617-5, 2° du code général des collectivités " +
          "territoriales). Titre de recettes exécutoire en application de l'article L. 252 A du " +
          "livre des procédures fiscales.",
      ],
    ]);
    // Kinds: dates are date cells, amounts are money in cents, counts are numbers.
    const dateCells = cellsOf(sheet).filter((c) => c.kind === "date");
    expect(dateCells).toEqual([
      { kind: "date", value: "2025-03-01", bold: false },
      { kind: "date", value: "2025-03-31", bold: false },
    ]);
    expect(sheet.rows[23]?.[4]).toEqual({ kind: "money", value: 157170, bold: true });
    expect(sheet.rows[22]?.[2]).toEqual({ kind: "number", value: 1209, bold: false });
    // Headings of the mentions in bold, like the other headings.
    const headings = cellsOf(sheet).filter(
      (c) =>
        c.kind === "text" &&
        ["Paiement", "Titre émis par", "Voies et délais de recours"].includes(c.value)
    );
    expect(headings.map((c) => c.kind !== "empty" && c.bold)).toEqual([true, true, true]);
  });

  test("keeps every long mention within the five columns, one cell per row", () => {
    const settings = {
      ...SETTINGS,
      delegatedBy: "le Président",
      officerTitle: "Vice-présidente chargée des finances, du budget et de la commande publique",
    };
    const rows = statementSheet(numberedOne(HEM), settings).rows;
    const start = rows.findIndex((row) => row[0]?.kind === "text" && row[0].value === "Paiement");
    const mentions = rows.slice(start).filter((row) => row.length > 0);
    expect(mentions.every((row) => row.length === 1 && row[0]?.kind === "text")).toBe(true);
    expect(mentions.every((row) => row[0]?.kind === "text" && row[0].value.length <= 100)).toBe(
      true
    );
    // Read again as one text, the rows give the whole mention back.
    const joined = mentions.map((row) => (row[0]?.kind === "text" ? row[0].value : "")).join(" ");
    expect(joined).toContain(
      "Pour le Président et par délégation, Jean Martin, Vice-présidente chargée des finances, du budget et de la commande publique"
    );
  });

  test("shows the gross total and the deductions before the total", () => {
    // 2025, 500 × 130 = 65 000 c gross, subvention 100 € = 10 000 c → 55 000 c
    const sheet = statementSheet(numberedOne({ ...ROUBAIX, options: "subvention=100" }), SETTINGS);
    const rows = plain(sheet);
    const header = rows.findIndex((r) => r[0] === "Composante");
    expect(rows.slice(header + 1, header + 5).map((r) => [r[0], r[4]])).toEqual([
      [
        "Contribution forfaitaire de base (plateforme, application mobile, coût administratif)",
        65000,
      ],
      ["Total brut", 65000],
      ["Subventions des communes", -10000],
      ["Total à payer", 55000],
    ]);
    expect(rows.flat()).toContain(
      "CTAF v4 art. 6 et CTAF 2023 art. 5, dernier alinéa (subventions des communes)"
    );
  });

  test("flags a statement below 15 € on the page", () => {
    const rows = plain(statementSheet(numberedOne(LYS), SETTINGS));
    expect(rows.flat()).toContain(
      "Montant inférieur à 15 € : non mis en recouvrement (CGCT D1611-1)."
    );
    const hem = plain(statementSheet(numberedOne(HEM), SETTINGS));
    expect(hem.flat().filter((v) => String(v).includes("15 €"))).toEqual([]);
  });

  test("says which statement it cancels and replaces when the amount changed", () => {
    const first = generate(register([ROUBAIX]), 2025, "2025-03-01");
    const changed = generate(
      register([{ ...ROUBAIX, options: "accompagnement" }], { journal: first.journal }),
      2025,
      "2025-06-01"
    );
    const [statement] = changed.result.statements;
    if (statement === undefined) throw new Error("no statement");
    const rows = plain(statementSheet(statement, SETTINGS));
    expect(rows.flat()).toContain(
      `Annule et remplace l'avis n° 2025-0001 du 01/03/2025 (650,00${NBSP}€).`
    );
    expect(rows.flat()).toContain("Avis des sommes à payer — appel de contribution n° 2025-0002");
  });

  test("shows the schools equipped when the pupils come from the Schools table", () => {
    const [statement] = numbered([{ ...HEM, pupils: null }], 2025, HEM_SCHOOLS);
    if (statement === undefined) throw new Error("no statement");
    const rows = plain(statementSheet(statement, SETTINGS));
    expect(rows).toContainEqual(["Écoles équipées en 2025", "6 sur 11"]);
    expect(rows).toContainEqual(["Élèves facturés", 674]);
  });

  test("leaves out the Chorus Pro details, VAT mention and contact when not given", () => {
    const bare = member({ name: "Sans détails" });
    const settings = { ...SETTINGS, vatMention: "", accountingContact: "" };
    const values = plain(statementSheet(numberedOne(bare), settings)).flat();
    expect(values).toContain("SIRET : non renseigné");
    expect(values.some((v) => String(v).startsWith("Code service"))).toBe(false);
    expect(values.some((v) => String(v).startsWith("N° d'engagement"))).toBe(false);
    expect(values.some((v) => String(v).startsWith("Contact"))).toBe(false);
  });

  test("keeps register texts as text cells, even formula-like ones", () => {
    const nasty = member({
      name: '=HYPERLINK("http://exemple.invalid";"clic")',
      address: "+33 rue de la Gare\n-1 étage\n@mairie",
      siret: "0012",
      serviceCode: "=1+1",
      engagementNumber: "@EJ",
    });
    const settings = { ...SETTINGS, name: "=Syndicat", address: "+ adresse", paymentTerms: "-30" };
    const cells = cellsOf(statementSheet(numberedOne(nasty), settings));
    const textOf = (value: string) => cells.filter((c) => c.kind === "text" && c.value === value);
    for (const value of [
      '=HYPERLINK("http://exemple.invalid";"clic")',
      "+33 rue de la Gare",
      "-1 étage",
      "@mairie",
      "=Syndicat",
      "+ adresse",
    ]) {
      expect(textOf(value)).toHaveLength(1);
    }
    // Every cell holding a string is text, except the one ISO date.
    const strings = cells.filter((c) => c.kind !== "empty" && typeof c.value === "string");
    expect(strings.every((c) => c.kind === "text" || c.kind === "date")).toBe(true);
  });
});

describe("sheet names", () => {
  test("names a statement's sheet after its number", () => {
    expect(statementSheetName("2025-0001")).toBe("Appel 2025-0001");
  });

  test("replaces the characters Excel refuses and cuts at 31 characters", () => {
    expect(safeSheetName("Appel 2025/0001 [test]: a?b*c\\d")).toBe(
      "Appel 2025-0001 -test-- a-b-c-d"
    );
    expect(safeSheetName("x".repeat(40))).toHaveLength(31);
    expect(safeSheetName("'Synthèse'")).toBe("Synthèse");
    expect(safeSheetName(`${"a".repeat(30)}😀`)).toBe("a".repeat(30));
  });

  test("refuses a name with nothing left", () => {
    expect(domainErrorOf(() => safeSheetName("''")).code).toBe("missing-value");
  });
});
