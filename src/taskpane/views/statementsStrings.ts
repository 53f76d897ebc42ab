import type { Severity } from "../../domain/register/RegisterProblem";
import { cutEcho, quoteEcho } from "../../domain/text/echoValue";
import { englishDomainMessage } from "../domainMessages";

/** Texts of the statements view, in French (default) and English (en-US). */
export interface StatementsStrings {
  readonly year: string;
  /** Names of the exercise's spin buttons (Fluent's own are "Increment value", in English). */
  readonly nextYear: string;
  readonly previousYear: string;
  /** " : " in French, ": " in English, between a label and what follows. */
  readonly colon: string;
  /**
   * A French text of the domain (a register problem, a warning, a blocker) in the pane's
   * language: as is in French, through the translation table in English (domainMessages.ts).
   */
  readonly domainText: (message: string) => string;
  readonly severities: Readonly<Record<Severity, string>>;
  /** Where a problem is: "Membres, ligne 4, colonne « SIRET »". */
  readonly place: (table: string, row: number, column: string) => string;
  /** The name of a problem's "go to the cell" button, with where the cell is. */
  readonly goToLabel: (table: string, row: number, column: string) => string;
  /** A value typed in the register, quoted (its beginning only, when it is very long). */
  readonly quoted: (value: string) => string;
  /** Pupils of a statement in the narrow preview: "1209 élèves". */
  readonly pupilsCount: (pupils: number) => string;
  readonly issueDate: string;
  readonly check: string;
  readonly checking: string;
  readonly createSample: string;
  readonly sampleCreated: string;
  readonly createSharingSample: string;
  readonly sharingSampleCreated: string;
  readonly sharingSampleFileName: string;
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
  readonly generated: (
    sheets: number,
    added: number,
    cancelled: number,
    restored: number
  ) => string;
  /**
   * Numbers the keeper (place: "ce navigateur") holds that the register's journal lacks, and
   * issued entries it says were cancelled: put back at generation.
   */
  readonly restored: (
    place: string,
    year: number,
    restored: readonly string[],
    cancelled: readonly string[]
  ) => string;
  readonly downloadCsv: string;
  /** Button: the PES V2 file of the new titres, for the public accountant (Hélios). */
  readonly downloadPes: string;
  /** Why the PES file cannot be written: the settings or facts it lacks. */
  readonly pesMissing: (problems: readonly string[]) => string;
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
  /** Outside Excel, after generation: heading of the files to download. */
  readonly filesHeading: string;
  /** The statements workbook was just downloaded, as part of the generation. */
  readonly workbookOffered: (fileName: string) => string;
  /** The user downloaded the statements workbook with its button. */
  readonly workbookDownloaded: (fileName: string) => string;
  /** Why the page still asks before closing after the automatic download. */
  readonly closeWarned: string;
  /** The statements workbook could not be made or downloaded. */
  readonly workbookFailed: (fileName: string, detail: string, journalFileName: string) => string;
  readonly workbookRefused: string;
  readonly downloadJournal: string;
  /** Outside Excel, a CSV or PDF download refused by the browser. */
  readonly browserDownloadFailed: string;
  /** Given to the browser's warning before the tab closes (most browsers show their own text). */
  readonly leaveWarning: string;
}

/**
 * Statement numbers for a message: all of them when there are two or fewer, else the first and
 * the last (with "…" between them when they follow each other, else the first five and "…").
 *
 * @param numbers - numbers in order
 * @returns e.g. "2025-0001 … 2025-0004"
 * @example
 * numberList(["2025-0001", "2025-0002", "2025-0003", "2025-0004"]); // "2025-0001 … 2025-0004"
 * numberList(["2025-0001", "2025-0003"]); // "2025-0001, 2025-0003"
 */
export function numberList(numbers: readonly string[]): string {
  if (numbers.length <= 2) return numbers.join(", ");
  const seq = numbers.map((number) => Number(number.slice(number.indexOf("-") + 1)));
  const contiguous = seq.every(
    (value, index) => index === 0 || value === (seq[index - 1] ?? 0) + 1
  );
  if (contiguous) return `${numbers[0]} … ${numbers[numbers.length - 1]}`;
  return numbers.length <= 5 ? numbers.join(", ") : `${numbers.slice(0, 5).join(", ")} …`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const FRENCH: StatementsStrings = {
  year: "Exercice",
  nextYear: "Exercice suivant",
  previousYear: "Exercice précédent",
  colon: " : ",
  domainText: (message) => message,
  severities: { error: "erreur", warning: "avertissement" },
  place: (table, row, column) => `${table}, ligne ${row}${column ? `, colonne « ${column} »` : ""}`,
  goToLabel: (table, row, column) =>
    `Aller à la cellule : ${table}, ligne ${row}${column ? `, ${column}` : ""}`,
  quoted: quoteEcho,
  pupilsCount: (pupils) => `${pupils} élève${pupils > 1 ? "s" : ""}`,
  issueDate: "Date d'émission",
  check: "Vérifier le registre et prévisualiser",
  checking: "Lecture du registre…",
  createSample: "Créer un registre d'exemple",
  sampleCreated: "Registre d'exemple créé : feuilles Membres, Écoles et Paramètres.",
  createSharingSample: "Créer un exemple de partage des charges",
  sharingSampleCreated:
    "Registre d'exemple du partage des charges nettes créé (année scolaire 2025-2026, exercice 2026) : feuilles Membres, Écoles, Paramètres, Charges et Collèges.",
  sharingSampleFileName: "exemple de partage des charges (nouveau classeur)",
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
  generated: (sheets, added, cancelled, restored) =>
    `${sheets} feuille(s) écrite(s) ; ${restored > 0 ? `${restored} numéro(s) déjà émis remis au journal ; ` : ""}${added} appel(s) inscrit(s) au journal${cancelled > 0 ? `, ${cancelled} annulé(s)` : ""}.`,
  restored: (place, year, restored, cancelled) => {
    const one = restored.length === 1;
    const back =
      restored.length === 0
        ? ""
        : `${capitalized(place)} a gardé ${restored.length} numéro${one ? "" : "s"} de ${year} ` +
          `déjà émis qui manque${one ? "" : "nt"} au journal de ce registre (${numberList(restored)}) : ` +
          `${one ? "il y sera remis" : "ils y seront remis"} à la génération, avant tout nouveau numéro, ` +
          `et l'aperçu en tient compte (« déjà émis », ou annulé et remplacé si le montant a changé).`;
    const off =
      cancelled.length === 0
        ? ""
        : `${back ? " " : ""}${cancelled.length > 1 ? "Les numéros" : "Le numéro"} ${numberList(cancelled)}, ` +
          `émis dans ce journal, ${cancelled.length > 1 ? "ont été annulés" : "a été annulé"} depuis d'après ${place} : ` +
          `${cancelled.length > 1 ? "ils y seront marqués" : "il y sera marqué"} « annulé ».`;
    return back + off;
  },
  downloadCsv: "Télécharger le CSV pour la comptabilité",
  downloadPes: "Télécharger le fichier PES (.xml)",
  pesMissing: (problems) =>
    `Fichier PES non écrit (les appels, eux, sont émis) : ${problems.join(" ")}`,
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
  filesHeading: "Fichiers des appels",
  workbookOffered: (name) =>
    `Le classeur des appels ${name} vient d'être téléchargé. Conservez ${name} : il contient le journal des numéros émis ; c'est le registre à rouvrir pour toute nouvelle génération.`,
  workbookDownloaded: (name) =>
    `Classeur téléchargé. Conservez ${name} : il contient le journal des numéros émis ; c'est le registre à rouvrir pour toute nouvelle génération.`,
  closeWarned:
    "La page ne peut pas savoir si ce téléchargement a été enregistré : tant que vous n'avez pas téléchargé le classeur avec le bouton ci-dessous, elle demande confirmation avant de se fermer.",
  workbookFailed: (name, detail, journalName) =>
    `Le classeur des appels ${name} n'a pas pu être préparé ou téléchargé (${detail}). Les numéros émis restent gardés par ce navigateur, qui les remettra au journal quand ce registre y sera vérifié à nouveau. Téléchargez le journal des numéros (${journalName}) et conservez-le avec le registre : recopiez ses lignes dans la table JournalAppels du registre avant de générer sur un autre poste ou un autre navigateur.`,
  workbookRefused: "le navigateur a refusé le téléchargement",
  downloadJournal: "Télécharger le journal des numéros (.csv)",
  browserDownloadFailed: "Le navigateur a refusé le téléchargement.",
  leaveWarning:
    "Le classeur des appels, qui contient le journal des numéros émis, n'a pas été téléchargé.",
};

const ENGLISH: StatementsStrings = {
  year: "Financial year",
  nextYear: "Next financial year",
  previousYear: "Previous financial year",
  colon: ": ",
  domainText: englishDomainMessage,
  severities: { error: "error", warning: "warning" },
  place: (table, row, column) => `${table}, row ${row}${column ? `, column "${column}"` : ""}`,
  goToLabel: (table, row, column) =>
    `Go to the cell: ${table}, row ${row}${column ? `, ${column}` : ""}`,
  quoted: (value) => `"${cutEcho(value)}"`,
  pupilsCount: (pupils) => `${pupils} pupil${pupils === 1 ? "" : "s"}`,
  issueDate: "Date of issue",
  check: "Check the register and preview",
  checking: "Reading the register…",
  createSample: "Create a sample register",
  sampleCreated: "Sample register created: sheets Membres, Écoles and Paramètres.",
  createSharingSample: "Create a cost-sharing sample",
  sharingSampleCreated:
    "Sample register of the sharing of net charges created (school year 2025-2026, exercise 2026): sheets Membres, Écoles, Paramètres, Charges and Collèges.",
  sharingSampleFileName: "cost-sharing sample (new workbook)",
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
  generated: (sheets, added, cancelled, restored) =>
    `${sheets} sheet(s) written; ${restored > 0 ? `${restored} number(s) already issued put back into the journal; ` : ""}${added} statement(s) recorded in the journal${cancelled > 0 ? `, ${cancelled} cancelled` : ""}.`,
  restored: (place, year, restored, cancelled) => {
    const where = place === "ce navigateur" ? "this browser" : place;
    const one = restored.length === 1;
    const back =
      restored.length === 0
        ? ""
        : `${capitalized(where)} kept ${restored.length} number${one ? "" : "s"} of ${year} already ` +
          `issued that ${one ? "is" : "are"} missing from this register's journal (${numberList(restored)}): ` +
          `${one ? "it" : "they"} will be put back at generation, before any new number, and the ` +
          `preview takes ${one ? "it" : "them"} into account (already issued, or cancelled and replaced when the amount changed).`;
    const off =
      cancelled.length === 0
        ? ""
        : `${back ? " " : ""}${cancelled.length > 1 ? "Numbers" : "Number"} ${numberList(cancelled)}, ` +
          `issued in this journal, ${cancelled.length > 1 ? "were" : "was"} cancelled since according to ${where}: ` +
          `${cancelled.length > 1 ? "they" : "it"} will be marked cancelled there.`;
    return back + off;
  },
  downloadCsv: "Download the CSV for the accounting software",
  downloadPes: "Download the PES file (.xml)",
  pesMissing: (problems) =>
    `PES file not written (the statements themselves are issued): ${problems.join(" ")}`,
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
  filesHeading: "Statement files",
  workbookOffered: (name) =>
    `The statements workbook ${name} has just been downloaded. Keep ${name}: it holds the journal of the numbers issued; it is the register to open for any new generation.`,
  workbookDownloaded: (name) =>
    `Workbook downloaded. Keep ${name}: it holds the journal of the numbers issued; it is the register to open for any new generation.`,
  closeWarned:
    "The page cannot tell whether that download was saved: until you download the workbook with the button below, it asks for confirmation before closing.",
  workbookFailed: (name, detail, journalName) =>
    `The statements workbook ${name} could not be made or downloaded (${detail}). The numbers issued stay kept by this browser, which puts them back into the journal when this register is checked here again. Download the journal of numbers (${journalName}) and keep it with the register: copy its rows into the register's JournalAppels table before generating on another computer or browser.`,
  workbookRefused: "the browser refused the download",
  downloadJournal: "Download the journal of numbers (.csv)",
  browserDownloadFailed: "The browser refused the download.",
  leaveWarning:
    "The statements workbook, which holds the journal of the numbers issued, has not been downloaded.",
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
