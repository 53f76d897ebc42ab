import { existsSync } from "node:fs";
import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { printedCellText } from "../../src/documents/printedCellText";
import { statementPdf, statementPdfFileName } from "../../src/documents/statementPdf";
import { sanitizeWinAnsi } from "../../src/documents/winAnsi";
import type { IssuerSettings } from "../../src/domain/register/types";
import type { SheetCell } from "../../src/domain/sheets/SheetSpec";
import type { NumberedStatement } from "../../src/domain/statements/types";
import { statementSheet } from "../../src/domain/statements/statementSheet";
import { HEM, LYS, register, ROUBAIX, SETTINGS } from "../domain/statements/fixtures";
import { generate } from "../domain/statements/generations";
import { numberedOne } from "../domain/statements/numbered";
import { flat, HAS_POPPLER, pdfText, popplerTest, renderFirstPage } from "./poppler";

const NBSP = "\u00a0";
const HYPERLINK = '=HYPERLINK("http://exemple.invalid";"clic")';

/** Hem 2024: 1 209 pupils × 1,30 € = 1 571,70 € (RULES.md §6), statement 2024-0001. */
const hem2024 = (): NumberedStatement => numberedOne(HEM, 2024);

/** Roubaix 2025, accompagnement and a 100 € subsidy: 500 × (1,30 + 0,30) − 100 = 700,00 €. */
const roubaixWithDeduction = (): NumberedStatement =>
  numberedOne({ ...ROUBAIX, options: "accompagnement; subvention=100" });

/** Lys-lez-Lannoy 2025, 10 pupils: 13,00 €, below 15 €, its name full of traps. */
const lysTrapped = (): NumberedStatement =>
  numberedOne({ ...LYS, name: `Lys 😀🇫🇷 ${HYPERLINK}`, address: "Mairie\u202f\u2009✓\n59390 Lys" });

async function load(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}

describe("statementPdf", () => {
  test("writes Hem's 2024 statement on one A4 portrait page with its metadata", async () => {
    const pdf = await load(statementPdf(hem2024(), SETTINGS));
    expect(pdf.getPageCount()).toBe(1);
    const size = pdf.getPage(0).getSize();
    expect(size.width).toBeCloseTo(595.28, 2);
    expect(size.height).toBeCloseTo(841.89, 2);
    expect(pdf.getTitle()).toBe("Avis des sommes à payer — appel de contribution n° 2024-0001");
    expect(pdf.getAuthor()).toBe("Syndicat mixte La Fibre Numérique 59/62");
    expect(pdf.getSubject()).toBe("Appel de contribution ENT 2024 — Hem");
    expect(pdf.getCreationDate()?.toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(pdf.getModificationDate()?.toISOString()).toBe("2024-03-01T00:00:00.000Z");
    const lang = pdf.catalog.lookup(PDFName.of("Lang"));
    expect(lang instanceof PDFString ? lang.decodeText() : lang).toBe("fr-FR");
  });

  test("gives the same bytes for the same statement", async () => {
    const first = statementPdf(roubaixWithDeduction(), SETTINGS);
    const second = statementPdf(roubaixWithDeduction(), SETTINGS);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  test("draws emoji and formula-like names without throwing, keeps them as metadata", async () => {
    const bytes = statementPdf(lysTrapped(), { ...SETTINGS, name: "Syndicat 🚀" });
    const pdf = await load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getAuthor()).toBe("Syndicat 🚀");
    expect(pdf.getSubject()).toBe(`Appel de contribution ENT 2025 — Lys 😀🇫🇷 ${HYPERLINK}`);
  });

  test("adds pages when the lines overflow, the header repeated on each", async () => {
    const base = roubaixWithDeduction();
    const lines = Array.from({ length: 30 }, () => base.draft.contribution.lines).flat();
    const long: NumberedStatement = {
      ...base,
      draft: { ...base.draft, contribution: { ...base.draft.contribution, lines } },
    };
    const bytes = statementPdf(long, SETTINGS);
    const pages = (await load(bytes)).getPageCount();
    expect(pages).toBeGreaterThan(1);
    if (!HAS_POPPLER) return; // noted once by ./poppler
    const last = flat(pdfText(bytes, { first: pages, last: pages }));
    expect(last).toContain("Composante Base Quantité Tarif unitaire Montant");
    expect(last).toContain(`page ${pages} / ${pages}`);
    expect(last).toContain("Conditions de paiement : 30 jours à réception");
  });

  test("names the file after the number", () => {
    expect(statementPdfFileName(hem2024())).toBe("appel-2024-0001.pdf");
    expect(statementPdfFileName({ number: "2025/7 bis" })).toBe("appel-2025-7-bis.pdf");
  });
});

describe("statementPdf, read back with poppler-utils", () => {
  popplerTest("shows Hem's amount, number, debtor, VAT mention and payment terms", async () => {
    const text = flat(pdfText(statementPdf(hem2024(), SETTINGS)));
    for (const expected of [
      "Avis des sommes à payer — appel de contribution n° 2024-0001",
      "Débiteur Hem",
      "SIRET : 21590299000013",
      "Code service : FIN-01",
      "N° d'engagement : EJ-2025-77",
      "Exercice 2024",
      "Date d'émission 01/03/2024",
      "1 209 1,30 € 1 571,70 €",
      "Total à payer 1 571,70 €",
      "Contribution non soumise à la TVA (montants TTC tels que votés)",
      "Conditions de paiement : 30 jours à réception",
      "Contact : comptabilite@example.fr",
      "Avis n° 2024-0001 — page 1 / 1",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("15 €");
  });

  popplerTest(
    "shows the deductions, the notice below 15 € and the cancelled statement",
    async () => {
      const deducted = flat(pdfText(statementPdf(roubaixWithDeduction(), SETTINGS)));
      expect(deducted).toContain("Total brut 800,00 €");
      expect(deducted).toContain("Subventions des communes déduction 1 -100,00 € -100,00 €");
      expect(deducted).toContain("Total à payer 700,00 €");
      expect(deducted).toContain("accompagnement complémentaire");

      const lys = flat(pdfText(statementPdf(lysTrapped(), SETTINGS)));
      expect(lys).toContain("Total à payer 13,00 €");
      expect(lys).toContain("Montant inférieur à 15 € : non mis en recouvrement (CGCT D1611-1).");
      // The formula is one word wider than the debtor's box: cut between characters, so compare
      // without spaces.
      expect(lys.replace(/ /g, "")).toContain(`Lys???${HYPERLINK}`);
      expect(lys).toContain("Mairie ?");

      const first = generate(register([ROUBAIX]), 2025, "2025-03-01");
      const again = generate(
        register([{ ...ROUBAIX, options: "accompagnement" }], first),
        2025,
        "2025-06-01"
      );
      const [replacing] = again.result.statements;
      if (replacing === undefined) throw new Error("no statement");
      const text = flat(pdfText(statementPdf(replacing, SETTINGS)));
      expect(text).toContain("Annule et remplace l'avis n° 2025-0001 du 01/03/2025 (650,00 €).");
      expect(text).toContain("appel de contribution n° 2025-0002");
    }
  );

  popplerTest("carries every text of the statement sheet", async () => {
    const statements = [hem2024(), roubaixWithDeduction(), lysTrapped()];
    const delegated: IssuerSettings = {
      ...SETTINGS,
      delegatedBy: "la Présidente",
      officerTitle:
        "Vice-président chargé des finances, du budget, de la commande publique et des ressources humaines",
      accountantAddress:
        "Centre des finances publiques\n12 rue des Finances\nCS 10001\n59000 Lille",
    };
    for (const [statement, settings] of [
      ...statements.map((one) => [one, SETTINGS] as const),
      [hem2024(), delegated] as const,
    ]) {
      // Compared without spaces: a word wider than its column is cut between characters.
      const squeeze = (value: string): string => flat(value).replace(/ /g, "");
      const text = squeeze(pdfText(statementPdf(statement, settings)));
      const cells = statementSheet(statement, settings).rows.flat();
      // A number shows grouped (1 209 pupils) or not (the year 2025): either will do.
      const shown = (cell: SheetCell): string[] =>
        cell.kind === "number"
          ? [printedCellText(cell), String(cell.value)]
          : [printedCellText(cell)];
      const missing = cells
        .map((cell) => shown(cell).map((value) => squeeze(sanitizeWinAnsi(value))))
        .filter((values) => values[0] !== "" && !values.some((value) => text.includes(value)));
      expect(missing).toEqual([]);
    }
  });

  popplerTest(
    "carries every mention of a titre de recettes, on the PDF as on the sheet",
    async () => {
      // Written here from RULES.md §9 and the settings of the fixtures (SETTINGS).
      const ownName = [
        "Date d'émission 01/03/2024",
        "Date d'échéance 31/03/2024",
        "Conditions de paiement : 30 jours à réception",
        "Comptable assignataire : Service de gestion comptable de Lille Métropole, 12 rue des Finances, CS 10001, 59000 Lille",
        "Virement au comptable assignataire : IBAN FR76 3000 1005 9400 0005 9400 031 — BIC BDFEFRPPCCT",
        "Titre émis par Le Président, Jean Martin",
        "Voies et délais de recours Dans les deux mois suivant la réception du présent titre, le débiteur peut contester l'existence de la créance, son montant ou son exigibilité en saisissant le tribunal administratif de Lille, juridiction compétente pour cette contribution, qui est une créance de droit public (article L. 1617-5, 2° du code général des collectivités territoriales).",
        "Titre de recettes exécutoire en application de l'article L. 252 A du livre des procédures fiscales.",
      ];
      const delegated: IssuerSettings = {
        ...SETTINGS,
        officerFirstName: "Marie",
        officerLastName: "Dupont",
        officerTitle: "Vice-présidente chargée des finances",
        delegatedBy: "le Président",
        court: "tribunal administratif d'Amiens",
        paymentDays: 45,
        iban: "FR7630006000011234567890189",
      };
      const byDelegation = [
        "Date d'échéance 15/04/2024",
        "Titre émis par Pour le Président et par délégation, Marie Dupont, Vice-présidente chargée des finances",
        "en saisissant le tribunal administratif d'Amiens, juridiction compétente",
        "IBAN FR76 3000 6000 0112 3456 7890 189 — BIC BDFEFRPPCCT",
      ];
      for (const [settings, expected] of [
        [SETTINGS, ownName],
        [delegated, byDelegation],
      ] as const) {
        const pdf = flat(pdfText(statementPdf(hem2024(), settings)));
        const sheet = flat(
          statementSheet(hem2024(), settings)
            .rows.map((row) => row.map(printedCellText).join(" "))
            .join(" ")
        );
        for (const mention of expected) {
          expect({ pdf: pdf.includes(flat(mention)), mention }).toEqual({ pdf: true, mention });
          expect({ sheet: sheet.includes(flat(mention)), mention }).toEqual({
            sheet: true,
            mention,
          });
        }
      }
    }
  );

  popplerTest("a statement « déjà émis » shows the due date of its own date of issue", async () => {
    const first = generate(register([ROUBAIX]), 2025, "2025-12-15");
    const again = generate(register([ROUBAIX], first), 2025, "2026-01-20");
    const [kept] = again.result.statements;
    if (kept === undefined) throw new Error("no statement");
    expect(kept.outcome).toBe("already-issued");
    const text = flat(pdfText(statementPdf(kept, SETTINGS)));
    expect(text).toContain("Date d'émission 15/12/2025");
    expect(text).toContain("Date d'échéance 14/01/2026");
  });

  popplerTest("renders to PNG without poppler complaining", async () => {
    const { stderr, png } = renderFirstPage(statementPdf(hem2024(), SETTINGS), "appel-2024-0001");
    expect(stderr).toBe("");
    expect(existsSync(png)).toBe(true);
  });
});

test("formats amounts with no-break spaces", () => {
  expect(printedCellText({ kind: "money", value: 157170 })).toBe(`1${NBSP}571,70${NBSP}€`);
});
