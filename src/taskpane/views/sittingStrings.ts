import type { MajorityResult, Subject } from "../../domain/governance/types";
import { stringsFor, type PaneStrings } from "../strings";

/**
 * The sitting view's texts, in French (default) and English (en-US). Rule texts, sources and
 * explanations come from the domain and stay French: they quote the statutes and the law.
 */
export interface SittingStrings {
  readonly heading: string;
  readonly intro: string;
  readonly read: string;
  readonly reading: string;
  readonly noTable: (tables: readonly string[]) => string;
  readonly unreadable: (table: string, count: number) => string;
  readonly tableRead: (table: string, rows: number) => string;
  readonly parametersHeading: string;
  readonly date: string;
  readonly dateHint: string;
  readonly subject: string;
  readonly subjects: Readonly<Record<Subject, string>>;
  readonly departement: string;
  readonly nord: string;
  readonly pasDeCalais: string;
  readonly title: string;
  readonly titleHint: string;
  readonly membersInOffice: string;
  readonly membersHint: (rows: number) => string;
  readonly membersInvalid: string;
  readonly forcedRule: string;
  readonly forcedRuleHint: string;
  readonly presidentVote: string;
  readonly presidentFor: string;
  readonly presidentAgainst: string;
  readonly presidentNone: string;
  readonly cannotJudge: string;
  readonly proxiesHeading: string;
  readonly proxiesOk: string;
  readonly ignoredHeading: string;
  readonly ignoredVote: (row: number, delegate: string, reason: string) => string;
  readonly quorumHeading: string;
  readonly quorumReached: string;
  readonly quorumNotReached: string;
  readonly quorumCount: (counted: number, threshold: number, inOffice: number) => string;
  readonly attendance: (present: number, represented: number) => string;
  readonly rule: string;
  readonly source: string;
  readonly votesHeading: string;
  readonly votesFor: string;
  readonly votesAgainst: string;
  readonly abstentions: string;
  readonly cast: string;
  readonly weighted: (departement: string) => string;
  readonly outcomeHeading: string;
  /** Under the outcome when the quorum is not reached: the vote cannot stand on its own. */
  readonly outcomeWithoutQuorum: string;
  readonly outcomes: Readonly<Record<MajorityResult["outcome"], string>>;
  readonly write: string;
  readonly writing: string;
  readonly written: (sheet: string) => string;
  readonly replaceTitle: string;
  readonly replaceBody: (sheet: string) => string;
  readonly replace: string;
  readonly cancel: string;
  readonly cancelled: (sheet: string) => string;
  readonly failed: string;
}

const FRENCH: SittingStrings = {
  heading: "Séance du comité",
  intro:
    "Lit la feuille de présence (délégué, organisme représenté, présence, pouvoir à, vote), vérifie les pouvoirs, le quorum et la majorité selon la règle en vigueur le jour de la séance.",
  read: "Lire la feuille de présence",
  reading: "Lecture de la feuille de présence…",
  noTable: (tables) =>
    `Aucune table de présence dans le classeur : créez un tableau Excel nommé « Présences » (ou contenant « Séance » ou « Émargement ») avec les colonnes Délégué, Organisme représenté, Présence, Pouvoir à et Vote. ${tables.length === 0 ? "Le classeur n'a aucun tableau." : `Tableaux trouvés : ${tables.join(", ")}.`}`,
  unreadable: (table, count) =>
    `La table « ${table} » ne peut pas être lue : ${count} problème${count > 1 ? "s" : ""} à corriger. Cliquez sur un problème pour sélectionner la cellule.`,
  tableRead: (table, rows) => `Table « ${table} » : ${rows} membre${rows > 1 ? "s" : ""}.`,
  parametersHeading: "La séance",
  date: "Date de la séance",
  dateHint: "Elle détermine la règle de quorum en vigueur.",
  subject: "Objet du vote",
  subjects: {
    ordinary: "Délibération ordinaire (art. 8.3)",
    adhesion: "Adhésion d'une collectivité (art. 15)",
    withdrawal: "Retrait d'une collectivité (art. 16)",
    statutes: "Modification des statuts (art. 17)",
  },
  departement: "Département de la collectivité qui adhère",
  nord: "Nord",
  pasDeCalais: "Pas-de-Calais",
  title: "Intitulé de la délibération",
  titleHint: "Repris dans l'extrait ; facultatif.",
  membersInOffice: "Membres en exercice",
  membersHint: (rows) => `Facultatif : par défaut, les ${rows} lignes de la table.`,
  membersInvalid: "Membres en exercice : un nombre entier est attendu.",
  forcedRule: "Règle de quorum imposée",
  forcedRuleHint:
    "Facultatif : « statuts », « presents 1/3 », « presents_ou_representes 1/3 » ou « presents >1/2 ».",
  presidentVote: "Voix prépondérante du président (partage des voix)",
  presidentFor: "Pour",
  presidentAgainst: "Contre",
  presidentNone: "N'a pas voté",
  cannotJudge: "La séance ne peut pas être jugée",
  proxiesHeading: "Pouvoirs",
  proxiesOk: "Tous les pouvoirs sont valables.",
  ignoredHeading: "Votes non comptés",
  ignoredVote: (row, delegate, reason) => `Ligne ${row} : ${delegate}, ${reason}`,
  quorumHeading: "Quorum",
  quorumReached: "Quorum atteint",
  quorumNotReached: "Quorum non atteint",
  quorumCount: (counted, threshold, inOffice) =>
    `${counted} membres comptés pour un seuil de ${threshold} (${inOffice} membres en exercice).`,
  attendance: (present, represented) => `${present} présents, ${represented} représentés.`,
  rule: "Règle",
  source: "Source",
  votesHeading: "Votes",
  votesFor: "Pour",
  votesAgainst: "Contre",
  abstentions: "Abstentions",
  cast: "Suffrages exprimés",
  weighted: (departement) => `Voix pondérées : 3 voix par délégué du Département (${departement}).`,
  outcomeHeading: "Décision",
  outcomeWithoutQuorum:
    "Le quorum n'étant pas atteint selon la règle appliquée, le comité ne pouvait pas valablement délibérer : la majorité ci-dessus est donnée pour information (CGCT L2121-17).",
  outcomes: { adopted: "Adoptée", rejected: "Rejetée", undecided: "Partage des voix à trancher" },
  write: "Écrire l'extrait dans une feuille",
  writing: "Écriture de l'extrait…",
  written: (sheet) => `Extrait écrit dans la feuille « ${sheet} ».`,
  replaceTitle: "Remplacer la feuille ?",
  replaceBody: (sheet) =>
    `La feuille « ${sheet} » existe déjà. La remplacer efface son contenu actuel.`,
  replace: "Remplacer",
  cancel: "Annuler",
  cancelled: (sheet) => `Rien n'a été écrit : la feuille « ${sheet} » est restée telle quelle.`,
  failed: "L'opération a échoué",
};

const ENGLISH: SittingStrings = {
  heading: "Comité sitting",
  intro:
    "Reads the attendance sheet (delegate, body represented, status, proxy given to, vote) and checks the proxies, the quorum and the majority under the rule in force on the day of the sitting.",
  read: "Read the attendance sheet",
  reading: "Reading the attendance sheet…",
  noTable: (tables) =>
    `No attendance table in the workbook: create an Excel table named "Présences" (or containing "Séance" or "Émargement") with the columns Délégué, Organisme représenté, Présence, Pouvoir à and Vote. ${tables.length === 0 ? "The workbook has no table." : `Tables found: ${tables.join(", ")}.`}`,
  unreadable: (table, count) =>
    `Table "${table}" cannot be read: ${count} problem${count > 1 ? "s" : ""} to fix. Click a problem to select its cell.`,
  tableRead: (table, rows) => `Table "${table}": ${rows} member${rows > 1 ? "s" : ""}.`,
  parametersHeading: "The sitting",
  date: "Date of the sitting",
  dateHint: "It decides which quorum rule is in force.",
  subject: "Subject of the vote",
  subjects: {
    ordinary: "Ordinary decision (art. 8.3)",
    adhesion: "Adhesion of a local authority (art. 15)",
    withdrawal: "Withdrawal of a local authority (art. 16)",
    statutes: "Change of the statutes (art. 17)",
  },
  departement: "Département of the applicant",
  nord: "Nord",
  pasDeCalais: "Pas-de-Calais",
  title: "Title of the decision",
  titleHint: "Shown in the extract; optional.",
  membersInOffice: "Members in office",
  membersHint: (rows) => `Optional: the table's ${rows} rows by default.`,
  membersInvalid: "Members in office: a whole number is expected.",
  forcedRule: "Imposed quorum rule",
  forcedRuleHint:
    'Optional: "statuts", "presents 1/3", "presents_ou_representes 1/3" or "presents >1/2".',
  presidentVote: "President's casting vote (tie)",
  presidentFor: "For",
  presidentAgainst: "Against",
  presidentNone: "Did not vote",
  cannotJudge: "The sitting cannot be judged",
  proxiesHeading: "Proxies",
  proxiesOk: "Every proxy is valid.",
  ignoredHeading: "Votes not counted",
  ignoredVote: (row, delegate, reason) => `Row ${row}: ${delegate}, ${reason}`,
  quorumHeading: "Quorum",
  quorumReached: "Quorum reached",
  quorumNotReached: "Quorum not reached",
  quorumCount: (counted, threshold, inOffice) =>
    `${counted} members counted for a threshold of ${threshold} (${inOffice} members in office).`,
  attendance: (present, represented) => `${present} present, ${represented} represented.`,
  rule: "Rule",
  source: "Source",
  votesHeading: "Votes",
  votesFor: "For",
  votesAgainst: "Against",
  abstentions: "Abstentions",
  cast: "Votes cast",
  weighted: (departement) => `Weighted: 3 votes per delegate of the Département (${departement}).`,
  outcomeHeading: "Outcome",
  outcomeWithoutQuorum:
    "The quorum is not reached under the rule applied, so the comité could not validly deliberate: the majority above is for information only (CGCT L2121-17).",
  outcomes: { adopted: "Adopted", rejected: "Rejected", undecided: "Tie to be decided" },
  write: "Write the extract into a sheet",
  writing: "Writing the extract…",
  written: (sheet) => `Extract written into sheet "${sheet}".`,
  replaceTitle: "Replace the sheet?",
  replaceBody: (sheet) => `Sheet "${sheet}" already exists. Replacing it erases what it holds.`,
  replace: "Replace",
  cancel: "Cancel",
  cancelled: (sheet) => `Nothing was written: sheet "${sheet}" is unchanged.`,
  failed: "The operation failed",
};

/**
 * Picks the sitting view's texts for a display language, by the rule of stringsFor: English
 * for "en-…", French otherwise.
 *
 * @param language - e.g. "fr-FR", "en-US"
 * @returns the texts
 * @example
 * sittingStringsFor("en-US").read; // "Read the attendance sheet"
 */
export function sittingStringsFor(language: string): SittingStrings {
  return language.toLowerCase().startsWith("en") ? ENGLISH : FRENCH;
}

/**
 * The sitting view's texts in the language of the pane's texts. The view receives the pane's
 * texts, not the language: stringsFor returns one object per language, so the English one is
 * recognised by identity and anything else is French.
 *
 * @param pane - the pane's texts (stringsFor)
 * @returns the sitting view's texts in the same language
 * @example
 * sittingStringsOf(stringsFor("en-GB")).read; // "Read the attendance sheet"
 */
export function sittingStringsOf(pane: PaneStrings): SittingStrings {
  return sittingStringsFor(pane === stringsFor("en-US") ? "en-US" : "fr-FR");
}
