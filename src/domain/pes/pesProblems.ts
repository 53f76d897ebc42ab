import { isValidSiret } from "../identifiers/siren";
import type { IssuerSettings } from "../register/types";
import type { NumberedStatement } from "../statements/types";
import { pesAddress } from "./pesAddress";
import { bordereauNumber, pieceNumber } from "./pesNumbers";
import { pesSettings } from "./pesSettings";
import { pesTitres } from "./pesTitres";
import { isChorusProDebtor } from "./pesTiers";

/** One setting the PES file needs: its row label, shape, example and what it is. */
const REQUIRED: readonly {
  field: "poste" | "collectivityCode" | "budgetCode" | "nature" | "productCode" | "siret";
  label: string;
  shape: RegExp;
  example: string;
  what: string;
}[] = [
  {
    field: "siret",
    label: "SIRET",
    shape: /^\d{14}$/,
    example: "20004157800012",
    what: "le SIRET du syndicat, identifiant du budget dans Hélios (IdColl)",
  },
  {
    field: "poste",
    label: "Poste comptable",
    shape: /^(02[AB]\d{3,4}|\d{6,7})$/,
    example: "059012",
    what: "le codique du poste comptable, 6 ou 7 chiffres (IdPost)",
  },
  {
    field: "collectivityCode",
    label: "Code collectivité",
    shape: /^\d{3}$/,
    example: "123",
    what: "le code collectivité dans Hélios, 3 chiffres (CodCol)",
  },
  {
    field: "budgetCode",
    label: "Code budget",
    shape: /^[0-9A-Z]\d$/,
    example: "00",
    what: "le code budget dans Hélios, 2 caractères (CodBud)",
  },
  {
    field: "nature",
    label: "Imputation nature",
    shape: /^\d{1,12}$/,
    example: "74758",
    what: "le compte nature où la contribution est imputée, en chiffres (Nature)",
  },
  {
    field: "productCode",
    label: "Code produit",
    shape: /^[0-9A-Za-z]{1,4}$/,
    example: "ENT",
    what: "le code produit local convenu avec le comptable, 1 à 4 lettres ou chiffres (CodProdLoc)",
  },
];

/**
 * What prevents writing the PES file of a generation, in French, before anything is written:
 * - each missing or malformed setting of the Paramètres table (SIRET, Poste comptable, Code
 *   collectivité, Code budget, Imputation nature, Code produit; Imputation fonction, when given,
 *   in digits), naming the row to add with an example;
 * - no titre to send (every statement already issued or below 15 €);
 * - on the Chorus Pro route (communes and EPCIs), a debtor without a valid SIRET: DGFiP requires
 *   NatIdTiers 01 (SIRET) and a valid IdTiers;
 * - the bordereau number already used by an earlier PES file of the exercise (DGFiP rejects a
 *   bordereau whose number it knows);
 * - a debtor whose address has no line "<postcode> <town>" after a street line.
 *
 * @param settings - the issuer's settings
 * @param statements - the numbered statements of the generation
 * @param usedBordereaux - bordereau numbers of the exercise's earlier PES files
 * @returns the problems, none when the file can be written
 * @example
 * pesProblems({ ...settings, pesNature: "" }, numbered);
 * // ["Paramètre « Imputation nature » manquant : le compte nature où … Ajoutez une ligne « Imputation nature » au tableau Paramètres, par exemple 74758."]
 */
export function pesProblems(
  settings: IssuerSettings,
  statements: readonly NumberedStatement[],
  usedBordereaux: readonly number[] = []
): string[] {
  const pes = pesSettings(settings);
  const problems: string[] = [];
  for (const { field, label, shape, example, what } of REQUIRED) {
    const value = pes[field];
    if (value === "")
      problems.push(
        `Paramètre « ${label} » manquant : ${what}. Ajoutez une ligne « ${label} » au tableau Paramètres, par exemple ${example}.`
      );
    else if (!shape.test(value))
      problems.push(
        `Paramètre « ${label} » invalide (« ${value} ») : ${what}, par exemple ${example}.`
      );
  }
  if (pes.function !== "" && !/^\d{1,10}$/.test(pes.function))
    problems.push(
      `Paramètre « Imputation fonction » invalide (« ${pes.function} ») : en chiffres, par exemple 020 ; laissez-le vide si votre nomenclature n'a pas de fonction.`
    );
  const titres = pesTitres(statements);
  if (titres.length === 0) {
    problems.push(
      "Aucun titre nouveau à transmettre : tous les appels sont déjà émis ou inférieurs à 15 €."
    );
    return problems;
  }
  for (const titre of titres) {
    const member = titre.draft.member;
    if (isChorusProDebtor(member.type) && !isValidSiret(member.siret))
      problems.push(
        `${member.name} (ligne ${member.row} du tableau Membres) : SIRET ${member.siret === "" ? "absent" : `« ${member.siret} » invalide`} ; une commune ou un EPCI est facturé par Chorus Pro, qui exige un SIRET valide (titre ${titre.number}).`
      );
    if (!pesAddress(member.address))
      problems.push(
        `${member.name} (ligne ${member.row} du tableau Membres) : adresse sans ligne « code postal ville » précédée d'une ligne de voie (par exemple « Mairie » puis « 59510 Hem ») ; le PES l'exige (titre ${titre.number}).`
      );
    try {
      pieceNumber(titre.number);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  try {
    const bordereau = bordereauNumber(titres);
    if (bordereau > 9_999_999)
      problems.push(`Numéro de bordereau trop grand (${bordereau}) : 7 chiffres au plus.`);
    if (usedBordereaux.includes(bordereau))
      problems.push(
        `Le bordereau n° ${bordereau} de l'exercice a déjà été transmis : Hélios rejette un numéro de bordereau déjà connu.`
      );
  } catch {
    // reported above by pieceNumber
  }
  return problems;
}
