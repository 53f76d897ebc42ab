import { formatEuros } from "../money/formatEuros";
import { EMPTY, money, num, text, type SheetCell } from "../sheets/SheetSpec";
import { groupDigits } from "../text/frenchText";
import { schoolYearText } from "./schoolYear";
import type { MiddleSchoolsBasis, MemberShareBasis, SharingBasis } from "./types";

type Row = readonly SheetCell[];

/**
 * Where the sharing method comes from, as the statements cite it (RULES.md §5).
 *
 * @example
 * CHARTER_SOURCE.startsWith("Charte de fonctionnement"); // true
 */
export const CHARTER_SOURCE =
  "Charte de fonctionnement du service mutualisé ENT, délibération n°5 du comité syndical du 26/06/2017";

function total(label: string, cents: number): Row {
  return [text(label, true), EMPTY, EMPTY, EMPTY, money(cents, true)];
}

function memberRows(basis: MemberShareBasis): Row[] {
  return [
    ["Assiette et quote-part", "Base", "Quantité", "", "Montant"].map((h) => text(h, true)),
    ...basis.headings.map((line): Row => [
      text(line.heading.label),
      text(line.count > 1 ? "paiements acquittés" : "paiement acquitté"),
      num(line.count),
      EMPTY,
      money(line.amountCents),
    ]),
    total(`Charges acquittées, année scolaire ${basis.schoolYear.label}`, basis.chargesCents),
    [
      text("FEDER obtenu pour les membres, déduit"),
      text("déduction (charte, art. 4.4)"),
      EMPTY,
      EMPTY,
      money(-basis.federCents),
    ],
    total("Assiette nette partagée", basis.netCents),
    [
      text("Élèves bénéficiaires de l'ensemble des membres"),
      text("élèves"),
      num(basis.totalPupils),
    ],
    [text("Élèves bénéficiaires du membre"), text("élèves"), num(basis.memberPupils)],
    [
      text("Quote-part du membre"),
      text(`assiette × ${groupDigits(basis.memberPupils)} / ${groupDigits(basis.totalPupils)}`),
      EMPTY,
      EMPTY,
      money(basis.shareCents),
    ],
    total("Total à payer", basis.shareCents),
  ];
}

function middleSchoolRows(basis: MiddleSchoolsBasis): Row[] {
  return [
    ["Prestation (collèges)", "Base", "Quantité", "Prix unitaire", "Montant"].map((h) =>
      text(h, true)
    ),
    ...basis.lines.map((line): Row => [
      text(line.service),
      text(line.market === "" ? "prix du marché" : `prix du marché ${line.market}`),
      num(line.quantity),
      money(line.unitPriceCents),
      money(line.amountCents),
    ]),
    total("Total à payer", basis.totalCents),
  ];
}

/**
 * The lines of a statement of the sharing method, columns A to E: for a member, the charges by
 * heading, their total, the FEDER deducted, the net base, the pupils of all members and of the
 * member, its share and the total to pay (RULES.md §5, last point); for a Département, its
 * collèges' services at the market's prices and the total.
 *
 * @param basis - the basis of the statement
 * @returns the rows, a header row first
 * @example
 * sharingLineRows(basis).at(-1)?.[4]; // money(3500000, true): the total to pay
 */
export function sharingLineRows(basis: SharingBasis): Row[] {
  return basis.kind === "member" ? memberRows(basis) : middleSchoolRows(basis);
}

/**
 * What a statement of the sharing method rests on: the school year, the charter's articles, and
 * how the share is rounded.
 *
 * @param basis - the basis of the statement
 * @returns one text per row
 * @example
 * sharingSources(basis)[0]; // "Partage des charges nettes de l'année scolaire 2024-2025 (du 01/09/2024 au 31/08/2025)"
 */
export function sharingSources(basis: SharingBasis): string[] {
  const year = schoolYearText(basis.schoolYear).replace(/^année scolaire/, "l'année scolaire");
  if (basis.kind === "middleSchools") {
    return [
      `Refacturation du service ENT des collèges de ${year}`,
      `${CHARTER_SOURCE}, art. 4.3 (charges refacturées au prix du marché conclu par le syndicat mixte) et 4.4 (appel après la fin de l'année scolaire)`,
    ];
  }
  return [
    `Partage des charges nettes de ${year}`,
    `${CHARTER_SOURCE}, art. 4.1 (au prorata des élèves bénéficiaires), 4.2 (charges nettes communes) et 4.4 (dépenses effectives acquittées, FEDER déduit)`,
    `Quote-parts en centimes entiers par la méthode des plus forts restes : leur somme est exactement l'assiette nette (${formatEuros(basis.netCents)}).`,
  ];
}
