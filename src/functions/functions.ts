/*
 * The ENT custom functions. Each is a thin adapter: it reads Excel's arguments, calls the domain
 * and turns domain errors into CustomFunctions.Error with a French message (see excelError.ts).
 * The JSDoc blocks are what Excel shows: custom-functions-metadata turns them into functions.json
 * (French, the default locale); English texts for en-US are in metadata/en-US.json.
 * Do not call CustomFunctions.associate here: the webpack plugin adds those calls to the bundle.
 */
import { assertPupils, computeContribution } from "../domain/contribution/computeContribution";
import { DomainError } from "../domain/errors/DomainError";
import { checkIdentifier, parseIdentifierType } from "../domain/identifiers/checkIdentifier";
import { allocateLargestRemainder } from "../domain/money/allocateLargestRemainder";
import { centsToEuros } from "../domain/money/cents";
import { schoolsEquipped } from "../domain/phasing/schoolsEquipped";
import { findEntry, scheduleForYear } from "../domain/schedules/scheduleForYear";
import { normalizeKey } from "../domain/text/normalizeKey";
import { readAmountArgument } from "./arguments/readAmountArgument";
import { readIdentifierCode } from "./arguments/readIdentifierCode";
import { readWeights } from "./arguments/readWeights";
import { readWholeNumber } from "./arguments/readWholeNumber";
import { readWorkbookSchedule } from "./arguments/readWorkbookSchedule";
import { readYear } from "./arguments/readYear";
import { breakdownRows, scheduleRows } from "./spill";
import { guard, toExcelError } from "./excelError";
import { preparedContribution } from "./planCache";

const PUPILS = "Le nombre d'élèves (eleves)";

/**
 * Contribution due par un membre pour un exercice, en euros, selon le barème en vigueur. Exemple : =ENT.CONTRIB(1209; 2024; "accompagnement") renvoie 1934,40.
 * @customfunction CONTRIB
 * @param eleves Nombre d'élèves (entier positif ou nul). Une cellule vide est une erreur, pas un zéro.
 * @param annee Exercice : une année (2024) ou une date.
 * @param [options] Options du barème, en texte ("accompagnement; demi-journees=2; subvention=571,70") ou en plage de deux colonnes (clé, valeur).
 * @param [bareme] Tableau de barème du classeur (en-têtes : composante, mot-clé, base, tarif, type, premier exercice, document, délibération, date), prioritaire sur le barème intégré pour les exercices qu'il couvre.
 * @returns Montant total dû, en euros.
 */
export function contrib(eleves: any, annee: any, options?: any[][], bareme?: any[][]): number {
  // try/catch written out rather than guard(): this is the hot path of a recalculation.
  try {
    const year = readYear(annee, "annee");
    const pupils = readWholeNumber(eleves, PUPILS);
    const prepared = preparedContribution(year, options ?? null, readWorkbookSchedule(bareme));
    return centsToEuros(prepared.totalCents(pupils));
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Détail de la contribution : une ligne par composante puis par déduction (composante, base, quantité, tarif unitaire, montant, source) ; la dernière ligne est le total. Exemple : =ENT.DETAIL(1209; 2024; "accompagnement").
 * @customfunction DETAIL
 * @param eleves Nombre d'élèves (entier positif ou nul).
 * @param annee Exercice : une année (2024) ou une date.
 * @param [options] Options du barème, en texte ("accompagnement; demi-journees=2") ou en plage de deux colonnes (clé, valeur).
 * @param [bareme] Tableau de barème du classeur, prioritaire sur le barème intégré pour les exercices qu'il couvre.
 * @returns Tableau : en-tête, lignes de détail, total.
 */
export function detail(eleves: any, annee: any, options?: any[][], bareme?: any[][]): any[][] {
  return guard(() => {
    const year = readYear(annee, "annee");
    const pupils = readWholeNumber(eleves, PUPILS);
    const { plan } = preparedContribution(year, options ?? null, readWorkbookSchedule(bareme));
    return breakdownRows(computeContribution(plan, pupils));
  });
}

/**
 * Tarif unitaire d'une composante du barème d'un exercice, en euros. Exemple : =ENT.TARIF(2024; "base") renvoie 1,30.
 * @customfunction TARIF
 * @param annee Exercice : une année (2024) ou une date.
 * @param composante Mot-clé de la composante (base, accompagnement, demi-journees, plateforme, mobile, audit…).
 * @param [bareme] Tableau de barème du classeur, prioritaire sur le barème intégré pour les exercices qu'il couvre.
 * @returns Tarif unitaire en euros.
 */
export function tarif(annee: any, composante: any, bareme?: any[][]): number {
  return guard(() => {
    const schedule = scheduleForYear(readYear(annee, "annee"), readWorkbookSchedule(bareme));
    const entry =
      typeof composante === "string" ? findEntry(schedule, normalizeKey(composante)) : undefined;
    const known = schedule.entries.map((e) => e.keyword).join(", ");
    if (!entry) {
      throw new DomainError(
        "unknown-component",
        `Composante « ${String(composante ?? "")} » absente du barème ${schedule.id} (${schedule.year}). Composantes : ${known}.`
      );
    }
    if (entry.rateCents === null) {
      throw new DomainError(
        "unknown-component",
        `La composante « ${entry.keyword} » n'a pas de tarif unitaire : son montant est donné en option (${entry.keyword}=M).`
      );
    }
    return centsToEuros(entry.rateCents);
  });
}

/**
 * Barème en vigueur pour un exercice, avec sa source : une ligne par composante (barème, composante, mot-clé, base, tarif, type, exercices, source). Exemple : =ENT.BAREME(2024).
 * @customfunction BAREME
 * @param annee Exercice : une année (2024) ou une date.
 * @param [bareme] Tableau de barème du classeur, prioritaire sur le barème intégré pour les exercices qu'il couvre.
 * @returns Tableau : en-tête puis une ligne par composante.
 */
export function bareme(annee: any, bareme?: any[][]): any[][] {
  return guard(() =>
    scheduleRows(scheduleForYear(readYear(annee, "annee"), readWorkbookSchedule(bareme)))
  );
}

/**
 * Nombre d'écoles équipées une année donnée d'un déploiement sur quatre ans, un quart par an (CTAF v4 art. 4). Exemple : =ENT.PHASAGE(11; 2024; 2025) renvoie 6.
 * @customfunction PHASAGE
 * @param ecoles Nombre d'écoles à équiper (entier positif ou nul).
 * @param premiere_annee Première année du déploiement (année ou date).
 * @param annee Année demandée (année ou date).
 * @returns Nombre d'écoles équipées cette année-là.
 */
export function phasage(ecoles: any, premiere_annee: any, annee: any): number {
  return guard(() =>
    schoolsEquipped(
      readWholeNumber(ecoles, "Le nombre d'écoles (ecoles)"),
      readYear(premiere_annee, "premiere_annee"),
      readYear(annee, "annee")
    )
  );
}

/**
 * Répartit un montant au prorata d'effectifs, en centimes entiers dont la somme est exactement le montant (plus forts restes, égalités à la ligne la plus haute). Exemple : =ENT.REPARTITION(10; A1:A3) avec 3, 2, 2 renvoie 4,28 ; 2,86 ; 2,86.
 * @customfunction REPARTITION
 * @param montant Montant à répartir, en euros (au plus deux décimales).
 * @param effectifs Une colonne d'effectifs positifs ou nuls, une part par ligne.
 * @returns Une part par ligne d'effectifs, en euros.
 */
export function repartition(montant: any, effectifs: any[][]): number[][] {
  return guard(() => {
    const shares = allocateLargestRemainder(
      readAmountArgument(montant, "montant"),
      readWeights(effectifs)
    );
    return shares.map((cents) => [centsToEuros(cents)]);
  });
}

/**
 * Contrôle un identifiant : UAI (code d'école, lettre clé), SIREN ou SIRET (clé de Luhn, exception de La Poste). Exemple : =ENT.CONTROLE("0951099D") renvoie VRAI.
 * @customfunction CONTROLE
 * @param code Identifiant à contrôler (texte ou nombre).
 * @param [type] UAI, SIREN ou SIRET ; deviné d'après la longueur s'il est omis.
 * @returns VRAI si l'identifiant est valide, FAUX sinon.
 */
export function controle(code: any, type?: any): boolean {
  return guard(() => {
    const expected =
      type === null || type === undefined || type === "" ? null : parseIdentifierType(String(type));
    return checkIdentifier(readIdentifierCode(code), expected);
  });
}
