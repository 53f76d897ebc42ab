/**
 * Every French message of the register reading and validation, in one place, so the wording is
 * reviewed together and tests can pin it. Messages say what is wrong and what is expected.
 */

import { CELL_MESSAGES } from "../tables/cellMessages";
import { countOf, frenchDate } from "../text/frenchText";

/**
 * Messages, by what is wrong.
 *
 * @example
 * MESSAGES.duplicateUai(2); // "UAI en double (déjà ligne 2)."
 */
export const MESSAGES = {
  // Reading cells: the cell readers' own words (src/domain/tables/cellMessages.ts)
  required: CELL_MESSAGES.required,
  wholeNumber: CELL_MESSAGES.wholeNumber,
  year: CELL_MESSAGES.year,
  date: CELL_MESSAGES.date,
  amount: CELL_MESSAGES.amount,
  yesNo: CELL_MESSAGES.yesNo,
  companyNumber: "numéro SIRET attendu (14 chiffres).",
  memberType: "type attendu : commune, epci (ou intercommunalité, communauté…) ou autre.",
  status: "statut attendu : émis ou annulé (vide pour émis).",
  ignoredColumn:
    "Cette colonne n'est pas lue par le registre (avertissement seulement), mais la formule qui a échoué peut en alimenter d'autres.",
  yearInDateCell: (year: number, shown: string) =>
    `${year} est un nombre, pas une date : une année seule n'est pas une date (Excel la lit comme le ${shown}). Tapez la date complète, par exemple 01/01/${year}.`,
  numberInDateCell: (number: string, shown: string) =>
    `${number} est un nombre, pas une date : Excel le lit comme le ${shown}, avant 2000, ce qui ne peut pas être une date d'adhésion ou de retrait au syndicat. Tapez la date, par exemple 01/01/2024.`,
  impossiblePupils: (limit: string) =>
    `nombre d'élèves impossible : plus que les ${limit} élèves du premier degré de toute la région Hauts-de-France (délibération DEL/2023/AE/135 de la ville de Hem). Vérifiez la cellule (une formule, un collage, des zéros en trop).`,

  // Tables
  noMembersTable:
    "tableau « Membres » introuvable : créez un tableau Excel nommé Membres (Nom, Type, SIRET, Date d'effet, Élèves…).",
  noMembers: "le tableau Membres ne contient aucun membre.",
  unknownSetting: (accepted: string) =>
    `paramètre inconnu, ignoré. Paramètres acceptés : ${accepted}.`,
  duplicateSetting: (row: number) => `paramètre en double (déjà ligne ${row}).`,
  missingIssuer:
    "le nom de l'émetteur (Émetteur) est obligatoire : il figure sur chaque avis de contribution.",
  missingIssuerSiret: "SIRET de l'émetteur absent : les avis n'en porteront pas.",
  missingSetting: (label: string, present: boolean, what: string, why: string) =>
    `${present ? `renseignez la valeur de « ${label} »` : `ajoutez la ligne « ${label} »`} avec ${what} : ${why}.`,
  delegationYesNo:
    "indiquez pour qui l'ordonnateur signe par délégation, avec l'article (par exemple le Président), ou laissez vide s'il signe en son nom.",
  paymentDays:
    "délai de paiement en jours attendu : un nombre entier de 1 à 365 (par exemple 30), compté à partir de la date d'émission.",
  legacyPaymentTerms: (days: number) =>
    `« Délai de paiement » contient un texte : il est lu comme les conditions de paiement, comme avant, et l'échéance est à ${days} jours de la date d'émission. Renommez cette ligne « Conditions de paiement » et ajoutez une ligne « Délai de paiement (jours) » avec le nombre de jours.`,
  termsDisagree: (termsDays: number, days: number) =>
    `les conditions de paiement parlent de ${termsDays} jours, mais le délai de paiement est de ${days} jours : l'échéance imprimée suit le délai (${days} jours) ; mettez les deux d'accord.`,
  ibanCharacters:
    "IBAN invalide : lettres et chiffres attendus (les espaces entre les groupes sont permis), par exemple FR76 3000 1005 9400 0005 9400 031.",
  ibanCountry:
    "IBAN invalide : il commence par le code du pays et deux chiffres de clé (par exemple FR76).",
  ibanLength: (country: string, expected: number | null, actual: number) =>
    `IBAN invalide : ${expected === null ? "de 15 à 34" : String(expected)} caractères attendus pour un IBAN ${country} (reçu ${actual}, espaces non comptés) ; vérifiez qu'il n'en manque ni n'en a de trop.`,
  ibanChecksum:
    "IBAN invalide : la clé de contrôle (les deux chiffres après le code du pays) ne correspond pas au reste du numéro (ISO 13616) ; un caractère est mal recopié, vérifiez-le sur le RIB du comptable.",
  partYearSetting:
    "« Année partielle » attend année entière (la contribution d'un membre qui adhère ou se retire en cours d'exercice est due pour l'année entière, RULES §2.4 : c'est aussi ce que dit une case vide) ou prorata des mois (elle est due pour les mois d'adhésion comptés d'après les dates d'effet et de retrait, un mois commencé comptant en entier).",
  bicShape:
    "BIC invalide : 8 ou 11 lettres et chiffres attendus (ISO 9362 : 4 pour la banque, 2 lettres pour le pays, 2 pour la place, puis 3 facultatifs pour l'agence ; par exemple BDFEFRPPCCT).",

  // Identifiers
  siretShape: (length: number) =>
    `SIRET invalide : 14 chiffres attendus (reçu ${countOf(length, "caractère")}).`,
  siretCheck: "SIRET invalide : la clé de contrôle (Luhn) est fausse ; vérifiez le numéro.",
  siretCheckExisting:
    "la clé de contrôle (Luhn) de ce SIRET est fausse ; le membre a déjà été facturé avec, il est gardé, mais vérifiez-le (annuaire SIRENE).",
  issuerSiretCheck:
    "la clé de contrôle (Luhn) du SIRET de l'émetteur est fausse ; il est gardé, mais vérifiez-le.",
  sirenCheck:
    "SIRET invalide : la clé de contrôle (Luhn) de son SIREN, ses 9 premiers chiffres, est fausse ; vérifiez le numéro.",
  sirenCheckExisting:
    "la clé de contrôle (Luhn) du SIREN de ce SIRET, ses 9 premiers chiffres, est fausse ; le membre a déjà été facturé avec, il est gardé, mais vérifiez-le (annuaire SIRENE).",
  issuerSirenCheck:
    "la clé de contrôle (Luhn) du SIREN du SIRET de l'émetteur, ses 9 premiers chiffres, est fausse ; il est gardé, mais vérifiez-le.",
  missingSiret: (year: number) =>
    `SIRET obligatoire : le membre doit la contribution ${year} et l'avis porte le SIRET du débiteur.`,
  badUai:
    "UAI invalide : 7 chiffres et une lettre de contrôle attendus (par exemple 0951099D) ; vérifiez le code.",
  duplicateUai: (row: number) => `UAI en double (déjà ligne ${row}).`,
  duplicateName: (row: number) => `membre en double : même nom qu'à la ligne ${row}.`,
  duplicateSiret: (row: number) => `membre en double : même SIRET qu'à la ligne ${row}.`,
  duplicateNumber: (row: number, year: number) =>
    `numéro d'avis en double pour l'exercice ${year} (déjà ligne ${row}) : un numéro n'est jamais réutilisé.`,

  // Membership and the year
  withdrawalBeforeTransfer: (transfer: string) =>
    `la date de retrait précède la date d'effet du transfert (${frenchDate(transfer)}).`,
  partYear: (event: "transfer" | "withdrawal", date: string, year: number, months: number) =>
    `${event === "transfer" ? "le transfert prend effet" : "le retrait prend effet"} le ${frenchDate(date)}, en cours d'exercice : la contribution ${year} est due pour l'année entière (RULES §2.4), sauf si les options de ${year} disent mois=N (ici mois=${months}) : écrivez-le pour ${year} dans le tableau « Options par exercice », ou mettez « Année partielle » à prorata des mois dans les Paramètres.`,
  monthsInFullYear: (year: number, months: number, transfer: string) =>
    `mois=${months} pour ${year}, mais le membre adhère toute l'année ${year}${transfer === "" ? "" : ` (transfert au ${frenchDate(transfer)}, pas de retrait dans l'année)`} : seuls ${months}/12 de l'année sont facturés. Vérifiez que c'est voulu (avertissement seulement).`,
  monthsEveryYear: (year: number, months: number, transfer: string) =>
    `mois=${months} dans les options du membre vaut pour chaque exercice, mais en ${year} le membre adhère toute l'année${transfer === "" ? "" : ` (transfert au ${frenchDate(transfer)})`} : seuls ${months}/12 de l'année sont facturés. Retirez mois=${months} de cette cellule et, pour l'exercice de l'adhésion ou du retrait, écrivez-le dans le tableau « Options par exercice » (avertissement seulement).`,
  monthsDifferFromDates: (year: number, given: number, fromDates: number) =>
    `mois=${given} pour ${year}, alors que les dates d'effet et de retrait donnent ${fromDates} mois d'adhésion (un mois commencé comptant en entier) : ${given}/12 sont facturés, vérifiez.`,
  missingPupils: (year: number) =>
    `élèves manquants : le membre doit la contribution ${year}, mais n'a ni nombre d'élèves ni école dans le tableau Écoles.`,
  missingServiceCode:
    "code service obligatoire pour ce membre (Chorus Pro) : renseignez-le, ou mettez non dans « Code service obligatoire ».",
  missingEngagement:
    "numéro d'engagement obligatoire pour ce membre (Chorus Pro) : renseignez-le, ou mettez non dans « Engagement obligatoire ».",

  duplicateExerciseOptions: (row: number, year: number) =>
    `ce membre a déjà une ligne pour l'exercice ${year} (ligne ${row}) : réunissez ses options de ${year} sur une seule ligne.`,
  exerciseNotOwed: (year: number, transfer: string, withdrawal: string | null) =>
    `le membre ne doit pas la contribution ${year} (${withdrawal !== null && withdrawal < `${year}-01-01` ? `retrait au ${frenchDate(withdrawal)}` : `transfert au ${frenchDate(transfer)}`}) : cette ligne n'est jamais facturée ; vérifiez l'exercice.`,

  // Schools and pupils
  unknownMember: "membre inconnu : aucun membre de ce nom dans le tableau Membres.",
  pupilsDifferFromSchools: (total: number) =>
    `le nombre d'élèves du membre diffère du total de ses écoles (${total}) ; les écoles font foi.`,
  phasing: (year: number, equipped: number, expected: number, schools: number, first: number) =>
    `phasage : ${countOf(equipped, "école équipée", "écoles équipées")} en ${year} d'après les premières années, le déploiement sur quatre ans commencé en ${first} en prévoit ${expected} sur ${schools} (RULES §4) ; les premières années font foi.`,
  pupilChange: (scope: string, now: number, before: number, statement: string, change: string) =>
    `${scope} : ${now}, contre ${before} sur l'avis ${statement} (${change}) : écart de plus de 20 %, vérifiez l'effectif.`,
  pupilScope: (year: number, fromSchools: boolean) =>
    fromSchools ? `élèves ${year} des écoles déjà équipées en ${year - 1}` : `élèves ${year}`,
  implausibleMemberPupils: (limit: string, share: string) =>
    `plus de ${limit} élèves pour un seul membre, ${share} : vérifiez l'effectif (avertissement seulement).`,
  implausibleSchoolPupils: (limit: string) =>
    `plus de ${limit} élèves dans une seule école, bien plus que les plus grandes écoles primaires : vérifiez l'effectif (avertissement seulement).`,
  impossibleSchoolsTotal: (year: number, total: string, limit: string) =>
    `les écoles du membre équipées en ${year} comptent ${total} élèves, plus que les ${limit} élèves du premier degré de toute la région : vérifiez les effectifs du tableau Écoles.`,
  implausibleSchoolsTotal: (year: number, total: string, limit: string) =>
    `les écoles du membre équipées en ${year} comptent ${total} élèves, plus de ${limit} pour un seul membre : vérifiez les effectifs du tableau Écoles (avertissement seulement).`,
} as const;
