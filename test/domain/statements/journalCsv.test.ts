import { journalCsv } from "../../../src/domain/statements/journalCsv";
import type { NewJournalEntry } from "../../../src/domain/statements/types";

const HEM: NewJournalEntry = {
  number: "2025-0001",
  year: 2025,
  member: "Ville de Hem",
  amountCents: 88010,
  pupils: 677,
  date: "2025-09-01",
  schedule: "ctaf-2023-06-15",
  status: "issued",
};

describe("the journal alone as a CSV", () => {
  test("has the journal table's columns, a BOM, `;` and CR LF, and neutralises formulas in texts", () => {
    const csv = journalCsv([
      HEM,
      { ...HEM, number: "2025-0002", member: '=HYPERLINK("x";"y")', status: "cancelled" },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "\uFEFFNuméro;Exercice;Membre;Montant;Élèves;Date;Barème;Statut",
      "2025-0001;2025;Ville de Hem;880,10;677;01/09/2025;ctaf-2023-06-15;émis",
      `2025-0002;2025;"'=HYPERLINK(""x"";""y"")";880,10;677;01/09/2025;ctaf-2023-06-15;annulé`,
      "",
    ]);
    expect(journalCsv([])).toBe(
      "\uFEFFNuméro;Exercice;Membre;Montant;Élèves;Date;Barème;Statut\r\n"
    );
  });
});
