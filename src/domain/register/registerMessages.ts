/**
 * Every French message of the register reading and validation, in one place, so the wording is
 * reviewed together and tests can pin it. Messages say what is wrong and what is expected.
 */

/**
 * Shows an ISO date the French way.
 *
 * @param iso - yyyy-mm-dd
 * @returns dd/mm/yyyy
 * @example
 * frenchDate("2024-01-01"); // "01/01/2024"
 */
export function frenchDate(iso: string): string {
  const [year = "", month = "", day = ""] = iso.split("-");
  return `${day}/${month}/${year}`;
}

/**
 * Messages, by what is wrong.
 *
 * @example
 * MESSAGES.duplicateUai(2); // "UAI en double (déjà ligne 2)."
 */
export const MESSAGES = {
  // Reading cells
  required: "valeur obligatoire.",
  wholeNumber: "nombre entier d'élèves attendu, positif ou nul (par exemple 1209).",
  year: "année attendue (par exemple 2025).",
  date: "date attendue (JJ/MM/AAAA, par exemple 01/01/2024).",
  amount: "montant en euros attendu, positif ou nul, au plus deux décimales (par exemple 1571,70).",
  yesNo: "oui ou non attendu (oui, non, VRAI, FAUX, x, ou vide pour non).",
  companyNumber: "numéro SIRET attendu (14 chiffres).",
  memberType: "type attendu : commune, epci (ou intercommunalité, communauté…) ou autre.",
  status: "statut attendu : émis ou annulé (vide pour émis).",

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

  // Identifiers
  siretShape: (length: number) =>
    `SIRET invalide : 14 chiffres attendus (reçu ${length} caractère${length > 1 ? "s" : ""}).`,
  siretCheck: "SIRET invalide : la clé de contrôle (Luhn) est fausse ; vérifiez le numéro.",
  siretCheckExisting:
    "la clé de contrôle (Luhn) de ce SIRET est fausse ; le membre a déjà été facturé avec, il est gardé, mais vérifiez-le (annuaire SIRENE).",
  issuerSiretCheck:
    "la clé de contrôle (Luhn) du SIRET de l'émetteur est fausse ; il est gardé, mais vérifiez-le.",
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
  partYear: (event: "transfert" | "retrait", date: string, year: number, months: number) =>
    `${event === "transfert" ? "le transfert prend effet" : "le retrait prend effet"} le ${frenchDate(date)}, en cours d'exercice : la contribution ${year} est due pour l'année entière, sauf si les options disent mois=N (ici mois=${months}).`,
  missingPupils: (year: number) =>
    `élèves manquants : le membre doit la contribution ${year}, mais n'a ni nombre d'élèves ni école dans le tableau Écoles.`,
  missingServiceCode:
    "code service obligatoire pour ce membre (Chorus Pro) : renseignez-le, ou mettez non dans « Code service obligatoire ».",
  missingEngagement:
    "numéro d'engagement obligatoire pour ce membre (Chorus Pro) : renseignez-le, ou mettez non dans « Engagement obligatoire ».",

  // Schools and pupils
  unknownMember: "membre inconnu : aucun membre de ce nom dans le tableau Membres.",
  pupilsDifferFromSchools: (total: number) =>
    `le nombre d'élèves du membre diffère du total de ses écoles (${total}) ; les écoles font foi.`,
  phasing: (year: number, equipped: number, expected: number, schools: number, first: number) =>
    `phasage : ${equipped} école${equipped > 1 ? "s" : ""} équipée${equipped > 1 ? "s" : ""} en ${year} d'après les premières années, le déploiement sur quatre ans commencé en ${first} en prévoit ${expected} sur ${schools} (RULES §4) ; les premières années font foi.`,
  pupilChange: (scope: string, now: number, before: number, statement: string, change: string) =>
    `${scope} : ${now}, contre ${before} sur l'avis ${statement} (${change}) : écart de plus de 20 %, vérifiez l'effectif.`,
  pupilScope: (year: number, fromSchools: boolean) =>
    fromSchools ? `élèves ${year} des écoles déjà équipées en ${year - 1}` : `élèves ${year}`,
} as const;
