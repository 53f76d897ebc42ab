/** Texts of the statements view, in French (default) and English (en-US). */
export interface StatementsStrings {
  readonly year: string;
  readonly issueDate: string;
  readonly check: string;
  readonly checking: string;
  readonly createSample: string;
  readonly sampleCreated: string;
  readonly problemsHeading: string;
  readonly noProblem: string;
  readonly severity: string;
  readonly table: string;
  readonly row: string;
  readonly column: string;
  readonly value: string;
  readonly problem: string;
  readonly goTo: string;
  readonly previewHeading: string;
  readonly number: string;
  readonly member: string;
  readonly pupils: string;
  readonly total: string;
  readonly status: string;
  readonly warnings: string;
  readonly grandTotal: (count: number, total: string, belowCount: number) => string;
  readonly blocked: string;
  readonly generate: string;
  readonly generating: string;
  readonly cancel: string;
  readonly replaceTitle: string;
  readonly replaceText: string;
  readonly replace: string;
  readonly keep: string;
  readonly generated: (sheets: number, added: number, cancelled: number) => string;
  readonly downloadCsv: string;
  readonly downloadPdf: string;
  readonly preparingPdf: string;
  readonly downloadFailed: string;
  readonly error: string;
  /** Outside Excel: the register is a file. */
  readonly openFile: string;
  readonly openingFile: string;
  readonly noFile: string;
  readonly fileOpened: (name: string) => string;
  /** Name shown for the sample register made outside Excel (a new workbook, not yet a file). */
  readonly sampleFileName: string;
  readonly downloadXlsx: string;
  readonly preparingXlsx: string;
}

const FRENCH: StatementsStrings = {
  year: "Exercice",
  issueDate: "Date d'émission",
  check: "Vérifier le registre et prévisualiser",
  checking: "Lecture du registre…",
  createSample: "Créer un registre d'exemple",
  sampleCreated: "Registre d'exemple créé : feuilles Membres, Écoles et Paramètres.",
  problemsHeading: "Contrôle du registre",
  noProblem: "Aucun problème dans le registre.",
  severity: "Gravité",
  table: "Table",
  row: "Ligne",
  column: "Colonne",
  value: "Valeur",
  problem: "Problème",
  goTo: "Aller à la cellule",
  previewHeading: "Aperçu des appels",
  number: "Numéro",
  member: "Membre",
  pupils: "Élèves",
  total: "Total",
  status: "Numérotation",
  warnings: "Avertissements",
  grandTotal: (count, total, below) =>
    `${count} appel(s), total ${total}${below > 0 ? ` ; ${below} sous 15 € non mis en recouvrement` : ""}.`,
  blocked: "Corrigez les erreurs du registre avant de générer les appels.",
  generate: "Générer les appels",
  generating: "Écriture des appels…",
  cancel: "Annuler",
  replaceTitle: "Remplacer des feuilles existantes ?",
  replaceText: "Ces feuilles existent déjà dans le classeur et seraient remplacées :",
  replace: "Remplacer",
  keep: "Ne rien écrire",
  generated: (sheets, added, cancelled) =>
    `${sheets} feuille(s) écrite(s) ; ${added} appel(s) inscrit(s) au journal${cancelled > 0 ? `, ${cancelled} annulé(s)` : ""}.`,
  downloadCsv: "Télécharger le CSV pour la comptabilité",
  downloadPdf: "Télécharger les avis en PDF",
  preparingPdf: "Préparation des PDF…",
  downloadFailed:
    "Le téléchargement n'est pas possible dans cet Excel ; le journal des appels est dans le classeur.",
  error: "Erreur",
  openFile: "Ouvrir un registre (.xlsx)",
  openingFile: "Ouverture du registre…",
  noFile:
    "Hors d'Excel, le registre est un fichier : ouvrez-le, ou créez un registre d'exemple. Le fichier choisi n'est pas modifié ; le classeur des appels se télécharge après la génération.",
  fileOpened: (name) => `Registre ouvert : ${name}.`,
  sampleFileName: "registre d'exemple (nouveau classeur)",
  downloadXlsx: "Télécharger le classeur des appels (.xlsx)",
  preparingXlsx: "Préparation du classeur…",
};

const ENGLISH: StatementsStrings = {
  year: "Financial year",
  issueDate: "Date of issue",
  check: "Check the register and preview",
  checking: "Reading the register…",
  createSample: "Create a sample register",
  sampleCreated: "Sample register created: sheets Membres, Écoles and Paramètres.",
  problemsHeading: "Register check",
  noProblem: "No problem in the register.",
  severity: "Severity",
  table: "Table",
  row: "Row",
  column: "Column",
  value: "Value",
  problem: "Problem",
  goTo: "Go to the cell",
  previewHeading: "Statements preview",
  number: "Number",
  member: "Member",
  pupils: "Pupils",
  total: "Total",
  status: "Numbering",
  warnings: "Warnings",
  grandTotal: (count, total, below) =>
    `${count} statement(s), total ${total}${below > 0 ? `; ${below} under 15 € not put into recovery` : ""}.`,
  blocked: "Fix the register's errors before generating the statements.",
  generate: "Generate the statements",
  generating: "Writing the statements…",
  cancel: "Cancel",
  replaceTitle: "Replace existing sheets?",
  replaceText: "These sheets already exist in the workbook and would be replaced:",
  replace: "Replace",
  keep: "Write nothing",
  generated: (sheets, added, cancelled) =>
    `${sheets} sheet(s) written; ${added} statement(s) recorded in the journal${cancelled > 0 ? `, ${cancelled} cancelled` : ""}.`,
  downloadCsv: "Download the CSV for the accounting software",
  downloadPdf: "Download the statements as PDF",
  preparingPdf: "Preparing the PDFs…",
  downloadFailed:
    "This Excel does not allow downloads; the journal of statements is in the workbook.",
  error: "Error",
  openFile: "Open a register (.xlsx)",
  openingFile: "Opening the register…",
  noFile:
    "Outside Excel, the register is a file: open it, or create a sample register. The chosen file is not changed; the statements workbook is downloaded after generation.",
  fileOpened: (name) => `Register open: ${name}.`,
  sampleFileName: "sample register (new workbook)",
  downloadXlsx: "Download the statements workbook (.xlsx)",
  preparingXlsx: "Preparing the workbook…",
};

/**
 * Picks the statements view's texts for a display language: English for "en-…", French otherwise.
 *
 * @param language - e.g. "fr-FR"
 * @returns the texts
 * @example
 * statementsStringsFor("en-US").generate; // "Generate the statements"
 */
export function statementsStringsFor(language: string): StatementsStrings {
  return language.toLowerCase().startsWith("en") ? ENGLISH : FRENCH;
}
