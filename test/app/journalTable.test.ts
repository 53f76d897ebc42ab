import { journalColumnsOf, journalRowsFor } from "../../src/app/journalTable";
import type { NewJournalEntry } from "../../src/domain/statements/types";

const ENTRY: NewJournalEntry = {
  number: "2025-0003",
  year: 2025,
  member: "Ville de Hem",
  amountCents: 157170,
  pupils: 1209,
  date: "2025-03-01",
  schedule: "ctaf-2023-06-15",
  status: "issued",
};

describe("journal tables made or rearranged by users", () => {
  test("puts each value under its header, whatever the column order, and leaves unknown columns empty", () => {
    const headers = [
      "Note",
      "Membre",
      "N°",
      "Exercice",
      "Montant (€)",
      "Élèves",
      "Date d'émission",
      "Statut",
      "Barème",
    ];
    const [row] = journalRowsFor(headers, [ENTRY]);
    expect(row?.map((cell) => ("value" in cell ? cell.value : null))).toEqual([
      null,
      "Ville de Hem",
      "2025-0003",
      2025,
      157170,
      1209,
      "2025-03-01",
      "émis",
      "ctaf-2023-06-15",
    ]);
  });

  test("names the required columns a journal table lacks", () => {
    expect(journalColumnsOf(["Numéro", "Membre", "Montant"]).missing).toEqual([
      "Exercice",
      "Élèves",
      "Date",
    ]);
    expect(
      journalColumnsOf(["Numéro", "Exercice", "Membre", "Montant", "Élèves", "Date"]).columns.status
    ).toBeUndefined();
  });
});
