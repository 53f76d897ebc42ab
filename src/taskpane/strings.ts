import type { RequirementName } from "./requirements";

/** The pane's texts, in French (default) and English (en-US). */
export interface PaneStrings {
  /** The language of these texts: views pick their own texts with it. */
  readonly locale: "fr" | "en";
  readonly title: string;
  readonly intro: string;
  readonly inExcel: string;
  readonly outsideExcel: string;
  readonly functionsHeading: string;
  readonly loading: string;
  readonly loadError: string;
  readonly optional: string;
  readonly parameters: string;
  readonly statementsTab: string;
  readonly sittingTab: string;
  /**
   * The tabs' words in a narrow pane, where the three full names do not fit on a line: each is
   * the beginning of the full name, which stays the tab's accessible name.
   */
  readonly shortTabs: { readonly statements: string; readonly sitting: string };
  readonly needsExcel: string;
  /** Shown while a view is downloaded, the first time it is opened. */
  readonly loadingView: string;
  /** Said before the message when a view cannot be shown. */
  readonly viewError: string;
  /** Title of the warning shown when Excel lacks a requirement set the add-in uses. */
  readonly requirementsTitle: string;
  /** What to do about it, after the list of what is missing. */
  readonly requirementsAdvice: string;
  /** What stops working without each set. */
  readonly requirementUses: Readonly<Record<RequirementName, string>>;
}

const FRENCH: PaneStrings = {
  locale: "fr",
  title: "Contributions ENT",
  intro:
    "Les fonctions ENT calculent la contribution d'un membre selon le barème en vigueur, avec son détail et sa source. Tapez-les dans une cellule, les arguments séparés par « ; ».",
  inExcel: "Connecté à Excel : les fonctions ENT sont disponibles dans ce classeur.",
  outsideExcel:
    "Ouvert hors d'Excel : les appels de contribution se préparent à partir d'un registre au format .xlsx ; l'onglet Fonctions décrit les fonctions ENT.",
  functionsHeading: "Fonctions",
  loading: "Chargement de la liste des fonctions…",
  loadError: "La liste des fonctions n'a pas pu être chargée",
  optional: "facultatif",
  parameters: "Arguments",
  statementsTab: "Appels de contribution",
  sittingTab: "Séance du comité",
  shortTabs: { statements: "Appels", sitting: "Séance" },
  needsExcel: "Ouvrez ce volet dans Excel pour lire le registre du classeur.",
  loadingView: "Chargement…",
  viewError: "Cette partie du volet n'a pas pu être affichée",
  requirementsTitle: "Cette version d'Excel est trop ancienne pour une partie du complément",
  requirementsAdvice:
    "Mettez Excel à jour (Microsoft 365, Excel 2021 ou plus récent, ou Excel sur le web) ; en attendant, ce qui est indiqué ne fonctionnera pas.",
  requirementUses: {
    SharedRuntime:
      "le volet et les fonctions ENT ne peuvent pas partager leur environnement : les fonctions risquent de ne pas se calculer (#BUSY! ou #NOM?)",
    CustomFunctionsRuntime:
      "les fonctions ENT affichent #VALEUR! sans le message qui explique l'erreur",
    ExcelApi:
      "le volet ne peut pas écrire les appels de contribution ni l'extrait de séance dans le classeur (feuilles, tableaux, mise en page A4)",
  },
};

const ENGLISH: PaneStrings = {
  locale: "en",
  title: "ENT contributions",
  intro:
    "The ENT functions compute what a member owes under the schedule in force, with a breakdown and its legal source. Type them in a cell.",
  inExcel: "Connected to Excel: the ENT functions are available in this workbook.",
  outsideExcel:
    "Opened outside Excel: contribution statements are prepared from a register in .xlsx format; the Functions tab describes the ENT functions.",
  functionsHeading: "Functions",
  loading: "Loading the list of functions…",
  loadError: "The list of functions could not be loaded",
  optional: "optional",
  parameters: "Arguments",
  statementsTab: "Contribution statements",
  sittingTab: "Comité sitting",
  shortTabs: { statements: "Statements", sitting: "Sitting" },
  needsExcel: "Open this pane in Excel to read the workbook's register.",
  loadingView: "Loading…",
  viewError: "This part of the pane could not be shown",
  requirementsTitle: "This version of Excel is too old for part of the add-in",
  requirementsAdvice:
    "Update Excel (Microsoft 365, Excel 2021 or later, or Excel on the web); until then, what is listed will not work.",
  requirementUses: {
    SharedRuntime:
      "the pane and the ENT functions cannot share their runtime: the functions may stay at #BUSY! or #NAME?",
    CustomFunctionsRuntime:
      "the ENT functions show #VALUE! without the message that explains the error",
    ExcelApi:
      "the pane cannot write the contribution statements or the sitting extract into the workbook (sheets, tables, A4 page layout)",
  },
};

/**
 * Picks the pane's texts for a display language: English for "en-…", French otherwise.
 *
 * @param language - e.g. "fr-FR", "en-US"
 * @returns the texts
 * @example
 * stringsFor("en-US").title; // "ENT contributions"
 */
export function stringsFor(language: string): PaneStrings {
  return language.toLowerCase().startsWith("en") ? ENGLISH : FRENCH;
}

/**
 * The metadata file describing the functions in a display language (same files Excel reads).
 *
 * @param language - e.g. "en-US"
 * @returns "functions.en-US.json" for English, "functions.json" otherwise
 * @example
 * metadataFileFor("fr-FR"); // "functions.json"
 */
export function metadataFileFor(language: string): string {
  return language.toLowerCase().startsWith("en") ? "functions.en-US.json" : "functions.json";
}
