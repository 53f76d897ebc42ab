/*
 * Reading the tables of the sharing of net charges (RULES.md §5): the Charges and Collèges
 * tables, the "Mode d'appel" and "FEDER obtenu" settings, the school year.
 */
import { readHeading } from "../../../src/domain/sharing/chargeHeadings";
import { readCharges } from "../../../src/domain/sharing/readCharges";
import { readMiddleSchools } from "../../../src/domain/sharing/readMiddleSchools";
import { readSharingSettings } from "../../../src/domain/sharing/readSharingSettings";
import { inSchoolYear, schoolYearOf } from "../../../src/domain/sharing/schoolYear";
import { sharesSchoolYear } from "../../../src/domain/sharing/sharesSchoolYear";

describe("the seven headings of art. 4.2", () => {
  test.each([
    ["Plateforme mutualisée", "plateforme"],
    ["plate-forme", "plateforme"],
    ["CANOPE", "canope"],
    ["Convention d’accompagnement par CANOPE", "canope"],
    ["Evaluation du dispositif", "evaluation"],
    ["  PILOTAGE ", "pilotage"],
    ["Autres dépenses de fonctionnement du service", "autres"],
  ])("« %s » is %s", (cell, id) => {
    expect(readHeading(cell)).toBe(id);
  });

  test("any other heading is a problem that lists the seven", () => {
    expect(() => readHeading("Frais de bouche")).toThrow(/en compte sept : « Pilotage/);
    expect(() => readHeading("")).toThrow(/rubrique inconnue/);
  });
});

describe("readCharges and readMiddleSchools", () => {
  test("read each row, and report a cell that does not read at its place", () => {
    const read = readCharges([
      ["Rubrique", "Fournisseur", "N° de mandat", "Date", "Montant (€)"],
      ["Plateforme", "Éditeur", "M-1", "15/10/2025", "1 000,50"],
      ["Cantine", "Traiteur", "M-2", "16/10/2025", 10],
      ["Évaluation", "Labo", "M-3", "le 3 mars", -4],
    ]);
    expect(read.items[0]).toEqual({
      row: 2,
      heading: "plateforme",
      supplier: "Éditeur",
      reference: "M-1",
      date: "2025-10-15",
      amountCents: 100050,
    });
    expect(read.problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [3, "Rubrique", "Cantine"],
      [4, "Date", "le 3 mars"],
      [4, "Montant (€)", "-4"],
    ]);
  });

  test("a Charges table without an amount column cannot be read", () => {
    const read = readCharges([["Rubrique", "Fournisseur", "Date"]]);
    expect(read.readable).toBe(false);
    expect(read.problems[0]).toMatchObject({ table: "Charges", column: "Montant" });
  });

  test("collèges: quantity a whole number, unit price an amount", () => {
    const read = readMiddleSchools([
      ["Département", "Prestation", "Quantité", "Prix unitaire"],
      ["Département de la Somme", "Comptes", 27384, 1.85],
      ["Département de la Somme", "Contenus", 2.5, "0,95"],
    ]);
    expect(read.items[0]).toMatchObject({ quantity: 27384, unitPriceCents: 185, market: "" });
    expect(read.problems.map((p) => [p.table, p.row, p.column])).toEqual([
      ["Collèges", 3, "Quantité"],
    ]);
  });
});

describe("readSharingSettings", () => {
  const header = ["Paramètre", "Valeur"];

  test("the tariff schedule is the default; « partage des charges nettes » chooses the sharing", () => {
    expect(readSharingSettings(undefined).method).toBe("schedule");
    expect(readSharingSettings([header, ["Émetteur", "X"]]).method).toBe("schedule");
    const sharing = readSharingSettings([
      header,
      ["Mode d'appel", "Partage des charges nettes"],
      ["FEDER obtenu", "30 000,00 €"],
    ]);
    expect(sharing).toEqual({
      method: "sharing",
      federCents: 3_000_000,
      federCell: { row: 3, column: "Valeur", value: "30 000,00 €" },
      problems: [],
    });
  });

  test("a method not understood and a FEDER that is not an amount are errors at their cells", () => {
    const read = readSharingSettings([
      header,
      ["Méthode d'appel", "au mérite"],
      ["FEDER", "beaucoup"],
    ]);
    expect(read.method).toBe("schedule");
    expect(read.problems.map((p) => [p.severity, p.row, p.column, p.value])).toEqual([
      ["error", 2, "Valeur", "au mérite"],
      ["error", 3, "Valeur", "beaucoup"],
    ]);
  });

  test("a FEDER under the tariff schedule is not deducted, and a warning says so", () => {
    const read = readSharingSettings([header, ["FEDER obtenu", 1000]]);
    expect(read.method).toBe("schedule");
    expect(read.federCents).toBe(0);
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: "warning", row: 2, value: "1000" }),
    ]);
  });

  test("under the sharing, no FEDER row is a warning: nothing is deducted", () => {
    const read = readSharingSettings([header, ["Mode d'appel", "partage"]]);
    expect(read.federCents).toBe(0);
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: "warning", row: 1, value: "FEDER obtenu" }),
    ]);
  });
});

describe("the school year", () => {
  test("the exercise 2026 calls the school year 2025-2026, 1 September to 31 August", () => {
    const year = schoolYearOf(2026);
    expect(year).toEqual({
      exercise: 2026,
      start: "2025-09-01",
      end: "2026-08-31",
      label: "2025-2026",
    });
    expect(inSchoolYear("2025-08-31", year)).toBe(false);
    expect(inSchoolYear("2025-09-01", year)).toBe(true);
    expect(inSchoolYear("2026-08-31", year)).toBe(true);
    expect(inSchoolYear("2026-09-01", year)).toBe(false);
  });

  test("a member shares from the school year in which its access starts, and until it withdraws", () => {
    const year = schoolYearOf(2026);
    expect(sharesSchoolYear({ transferDate: "2026-08-31", withdrawalDate: null }, year)).toBe(true);
    expect(sharesSchoolYear({ transferDate: "2026-09-01", withdrawalDate: null }, year)).toBe(
      false
    );
    expect(
      sharesSchoolYear({ transferDate: "2019-01-01", withdrawalDate: "2025-08-31" }, year)
    ).toBe(false);
    expect(
      sharesSchoolYear({ transferDate: "2019-01-01", withdrawalDate: "2025-09-01" }, year)
    ).toBe(true);
  });
});
