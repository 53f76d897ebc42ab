/*
 * The ENT custom functions. Each is a thin adapter: it reads Excel's arguments, calls the domain
 * and turns domain errors into CustomFunctions.Error with a French message (see excelError.ts).
 * The JSDoc blocks are what Excel shows: custom-functions-metadata turns them into functions.json
 * (French, the default locale); English texts for en-US are in metadata/en-US.json.
 * Do not call CustomFunctions.associate here: the webpack plugin adds those calls to the bundle.
 */
import { computeContribution } from "../domain/contribution/computeContribution";
import { DomainError } from "../domain/errors/DomainError";
import { checkIdentifier, parseIdentifierType } from "../domain/identifiers/checkIdentifier";
import { allocateLargestRemainder } from "../domain/money/allocateLargestRemainder";
import { centsToEuros } from "../domain/money/cents";
import { schoolsEquipped } from "../domain/phasing/schoolsEquipped";
import { findEntry, scheduleForYear } from "../domain/schedules/scheduleForYear";
import { quotedValue } from "../domain/text/echoValue";
import { normalizeKey } from "../domain/text/normalizeKey";
import { readAmountArgument } from "./arguments/readAmountArgument";
import { readAmountRange } from "./arguments/readAmountRange";
import { quotePart } from "../domain/sharing/shareNetCharges";
import { readIdentifierCode } from "./arguments/readIdentifierCode";
import { readWeights } from "./arguments/readWeights";
import { readWholeNumber } from "./arguments/readWholeNumber";
import { readWorkbookSchedule } from "./arguments/readWorkbookSchedule";
import { readYear } from "./arguments/readYear";
import { breakdownRows, scheduleRows } from "./spill";
import { guard, toExcelError } from "./excelError";
import { preparedContribution } from "./planCache";
import { committeeComposition } from "../domain/governance/committeeComposition";
import { evaluateMajority } from "../domain/governance/evaluateMajority";
import { evaluateQuorum } from "../domain/governance/evaluateQuorum";
import { splitFoundersKey } from "../domain/governance/foundersKey";
import { MAJORITY_RULES } from "../domain/governance/majorityRules";
import { parseMajorityRule } from "../domain/governance/parseMajorityRule";
import { readOptionalText } from "./arguments/readOptionalText";
import { readPresidentVote } from "./arguments/readPresidentVote";
import { readQuorumArguments } from "./arguments/readQuorumArguments";
import { keyRows, quorumDetailRows, seatRows } from "./governanceSpill";

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
        `Composante ${quotedValue(composante ?? "")} absente du barème ${schedule.id} (${schedule.year}). Composantes : ${known}.`
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
 * Quote-part d'un membre dans le partage des charges nettes du service ENT (charte Somme Numérique, art. 4) : (charges − FEDER) × élèves du membre / élèves de tous les membres, arrondie au centime. Exemple : =ENT.QUOTEPART(100000; 30000; 600; 2000) renvoie 21000.
 * @customfunction QUOTEPART
 * @param charges Charges acquittées de l'année scolaire, en euros : un montant, ou une plage de montants (les rubriques, la colonne Montant des charges) dont la somme est prise.
 * @param feder FEDER obtenu pour l'année scolaire, en euros (0 s'il n'y en a pas), déduit des charges.
 * @param eleves_membre Élèves bénéficiaires du membre (entier positif ou nul).
 * @param eleves_total Élèves bénéficiaires de tous les membres (entier, au moins les élèves du membre).
 * @returns La quote-part du membre, en euros ; l'appel peut différer d'un centime (plus forts restes).
 */
export function quotepart(
  charges: any[][],
  feder: any,
  eleves_membre: any,
  eleves_total: any
): number {
  return guard(() =>
    centsToEuros(
      quotePart(
        readAmountRange(charges, "charges"),
        readAmountArgument(feder, "feder"),
        readWholeNumber(eleves_membre, "Le nombre d'élèves du membre (eleves_membre)"),
        readWholeNumber(eleves_total, "Le nombre total d'élèves (eleves_total)", 1)
      )
    )
  );
}

/**
 * Contrôle un identifiant : UAI (code d'école, lettre clé), SIREN ou SIRET (clé de Luhn, exception de La Poste ; pour un SIRET, la clé du SIREN aussi). Exemple : =ENT.CONTROLE("0951099D") renvoie VRAI.
 * @customfunction CONTROLE
 * @param code Identifiant à contrôler (texte ou nombre ; un SIREN ou un SIRET saisi en nombre retrouve ses zéros de tête).
 * @param [type] UAI, SIREN ou SIRET ; deviné d'après la longueur s'il est omis.
 * @returns VRAI si l'identifiant est valide, FAUX sinon.
 */
export function controle(code: any, type?: any): boolean {
  return guard(() => {
    const expected =
      type === null || type === undefined || type === "" ? null : parseIdentifierType(String(type));
    return checkIdentifier(readIdentifierCode(code, expected), expected);
  });
}

/**
 * Dit si le quorum du comité syndical est atteint, selon la règle en vigueur le jour de la séance : les statuts (art. 8.3 : la moitié au moins des membres en exercice présents) ou le régime légal temporaire de la période (2020-2022 : le tiers, des présents ou des présents et représentés selon le texte). Exemple : =ENT.QUORUM(22; 7; 6; "16/06/2022") renvoie FAUX.
 * @customfunction QUORUM
 * @param en_exercice Nombre de membres en exercice (entier, au moins 1).
 * @param presents Nombre de membres présents.
 * @param [representes] Nombre de membres absents représentés par un pouvoir ; 0 si omis.
 * @param [date] Jour de la séance (date, ou texte 16/06/2022) : il choisit la règle en vigueur. Sans date, les statuts.
 * @param [regle] Règle imposée à la place de celle en vigueur : "statuts", "presents 1/3", "presents_ou_representes 1/3" (au moins la fraction) ou "presents >1/2" (strictement plus).
 * @returns VRAI si le quorum est atteint, FAUX sinon.
 */
export function quorum(
  en_exercice: any,
  presents: any,
  representes?: any,
  date?: any,
  regle?: any
): boolean {
  return guard(() => {
    const { counts, rule } = readQuorumArguments(en_exercice, presents, representes, date, regle);
    return evaluateQuorum(counts, rule).reached;
  });
}

/**
 * Détail du quorum : la règle appliquée (texte et source), les membres en exercice, le décompte selon la règle, le seuil et le résultat. Exemple : =ENT.QUORUM.DETAIL(22; 7; 6; "16/06/2022").
 * @customfunction QUORUM.DETAIL
 * @param en_exercice Nombre de membres en exercice (entier, au moins 1).
 * @param presents Nombre de membres présents.
 * @param [representes] Nombre de membres absents représentés par un pouvoir ; 0 si omis.
 * @param [date] Jour de la séance (date, ou texte 16/06/2022) : il choisit la règle en vigueur. Sans date, les statuts.
 * @param [regle] Règle imposée à la place de celle en vigueur : "statuts", "presents 1/3", "presents_ou_representes 1/3" (au moins la fraction) ou "presents >1/2" (strictement plus).
 * @returns Tableau : en-tête (règle, source, membres en exercice, décompte, seuil, quorum atteint) puis une ligne.
 */
export function quorumDetail(
  en_exercice: any,
  presents: any,
  representes?: any,
  date?: any,
  regle?: any
): any[][] {
  return guard(() => {
    const { counts, rule } = readQuorumArguments(en_exercice, presents, representes, date, regle);
    return quorumDetailRows(evaluateQuorum(counts, rule));
  });
}

/**
 * Dit si une délibération est adoptée : majorité absolue des suffrages exprimés par défaut (statuts art. 8.3 ; en cas de partage, la voix du président est prépondérante), deux tiers des suffrages exprimés (adhésion art. 15, retrait art. 16) ou deux tiers des membres (modification des statuts art. 17). Les abstentions ne sont pas des suffrages exprimés. Exemple : =ENT.MAJORITE(13; 0) renvoie VRAI.
 * @customfunction MAJORITE
 * @param pour Nombre de voix pour (pondérées pour une adhésion : 3 voix par délégué du Département de la collectivité qui adhère).
 * @param contre Nombre de voix contre.
 * @param [regle] "absolue" (par défaut), "2/3" (deux tiers des suffrages exprimés) ou "2/3 membres" (deux tiers des membres en exercice).
 * @param [membres] Nombre de membres en exercice : obligatoire pour "2/3 membres", ignoré sinon.
 * @param [voix_president] Vote du président, qui départage une égalité sous la majorité absolue : "pour", "contre" (ou VRAI, FAUX), ou "aucune" s'il n'a pas voté.
 * @returns VRAI si la délibération est adoptée, FAUX sinon.
 */
export function majorite(
  pour: any,
  contre: any,
  regle?: any,
  membres?: any,
  voix_president?: any
): boolean {
  return guard(() => {
    const text = readOptionalText(
      regle,
      "regle",
      "écrivez « absolue », « 2/3 » ou « 2/3 membres »"
    );
    const rule = text === null ? MAJORITY_RULES.ordinary : parseMajorityRule(text);
    const result = evaluateMajority(
      {
        votesFor: readWholeNumber(pour, "Le nombre de voix pour (pour)"),
        votesAgainst: readWholeNumber(contre, "Le nombre de voix contre (contre)"),
        members:
          rule.kind === "two-thirds-members"
            ? readWholeNumber(membres, "Le nombre de membres en exercice (membres)", 1)
            : undefined,
        presidentVote: readPresidentVote(voix_president),
      },
      rule
    );
    if (result.outcome === "undecided") {
      throw new DomainError(
        "casting-vote-needed",
        `${result.explanation} Donnez voix_president : « pour », « contre » ou « aucune » (statuts, art. 8.3).`
      );
    }
    return result.outcome === "adopted";
  });
}

/**
 * Composition du comité syndical (statuts art. 8.1) : Région 10 délégués, Départements du Nord et du Pas-de-Calais 5 chacun, puis les sièges des communes/EPCI adhérents et leur désignation (directement jusqu'à 4 adhérents ; au-delà un collège élit 4 représentants, ou un collège par département en élit 2 quand chacun compte au moins 2 adhérents). Exemple : =ENT.SIEGES(3; 2).
 * @customfunction SIEGES
 * @param adherents_nord Nombre de communes/EPCI adhérents du Nord (entier positif ou nul).
 * @param adherents_pdc Nombre de communes/EPCI adhérents du Pas-de-Calais (entier positif ou nul).
 * @returns Tableau : en-tête (représentation, sièges, désignation), une ligne par membre ou collège, puis le total.
 */
export function sieges(adherents_nord: any, adherents_pdc: any): any[][] {
  return guard(() =>
    seatRows(
      committeeComposition(
        readWholeNumber(adherents_nord, "Le nombre d'adhérents du Nord (adherents_nord)"),
        readWholeNumber(adherents_pdc, "Le nombre d'adhérents du Pas-de-Calais (adherents_pdc)")
      )
    )
  );
}

/**
 * Répartit un montant entre les membres fondateurs selon la clé de l'article 13.1 des statuts : 50 % Région Hauts-de-France, 25 % Département du Nord, 25 % Département du Pas-de-Calais, en centimes entiers dont la somme est exactement le montant (plus forts restes, égalités à la ligne la plus haute). Exemple : =ENT.CLE(1000) déverse un en-tête puis Région 50 % 500, Nord 25 % 250, Pas-de-Calais 25 % 250.
 * @customfunction CLE
 * @param montant Montant à répartir, en euros (au plus deux décimales).
 * @returns Tableau : en-tête (membre fondateur, clé, montant) puis une ligne par membre fondateur.
 */
export function cle(montant: any): any[][] {
  return guard(() => keyRows(splitFoundersKey(readAmountArgument(montant, "montant"))));
}
