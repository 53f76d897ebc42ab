/** Why a file cannot be read as a register workbook. */
export type SpreadsheetFileProblem =
  /** Not a spreadsheet at all: a text or CSV file, a PDF, a Word document, an empty file… */
  | "not-spreadsheet"
  /** A spreadsheet whose archive or XML is broken (truncated download, disk error…). */
  | "damaged"
  /** Encrypted with a password (Excel, LibreOffice, or a zip password). */
  | "password"
  /** An Excel 97-2003 workbook (.xls, BIFF). */
  | "old-xls"
  /** An Excel binary workbook (.xlsb). */
  | "xlsb"
  /** Past the documented bounds of a register (see READ_LIMITS). */
  | "too-large";

const SAVE_AS =
  "ouvrez-le dans Excel ou LibreOffice Calc et enregistrez-le au format .xlsx ou .ods";

/**
 * What to do, said after the file's name, for each problem. The detail (in French, from the
 * readers of this folder) is put in brackets after the first clause.
 */
const SENTENCES: Record<SpreadsheetFileProblem, (detail: string) => string> = {
  "not-spreadsheet": (detail) =>
    `n'est pas un classeur${detail} : ${SAVE_AS}, puis utilisez ce nouveau fichier.`,
  damaged: (detail) =>
    `est endommagé et ne se lit pas comme un classeur${detail} : ouvrez-le dans Excel ou ` +
    "LibreOffice Calc (qui proposent de le réparer) et enregistrez-le de nouveau en .xlsx ou " +
    ".ods, ou reprenez une copie de sauvegarde.",
  password: (detail) =>
    `est protégé par un mot de passe${detail} : le complément ne peut pas le lire. Ouvrez-le ` +
    "dans Excel ou LibreOffice Calc et enregistrez-en une copie sans mot de passe, puis " +
    "utilisez cette copie.",
  "old-xls": (detail) =>
    `est un classeur Excel 97-2003 (.xls), format que le complément ne lit pas${detail} : ` +
    `${SAVE_AS}, puis utilisez ce nouveau fichier.`,
  xlsb: (detail) =>
    `est un classeur binaire Excel (.xlsb), format que le complément ne lit pas${detail} : ` +
    `${SAVE_AS}, puis utilisez ce nouveau fichier.`,
  "too-large": (detail) =>
    `dépasse la taille d'un registre que le complément accepte${detail} : vérifiez que c'est ` +
    "le bon fichier ; sinon copiez les seules feuilles du registre (Membres, Écoles, " +
    "Paramètres, Journal, Barème) dans un nouveau classeur et utilisez celui-ci.",
};

/**
 * A file that cannot be read as a workbook, with why: the readers of this folder throw it, and
 * the task pane and `npm run statements` show `messageFor(fileName)`, the same French sentence.
 * The library error behind it, if any, is kept as `cause` and never shown.
 */
export class SpreadsheetFileError extends Error {
  /**
   * @param problem - why the file cannot be read
   * @param detail - a French detail, e.g. "fin de l'archive zip introuvable"; "" for none
   * @param options - the cause, kept for debugging
   */
  constructor(
    readonly problem: SpreadsheetFileProblem,
    readonly detail = "",
    options?: { cause?: unknown }
  ) {
    super(spreadsheetFileMessage("Ce fichier", problem, detail), options);
    this.name = "SpreadsheetFileError";
  }

  /**
   * The message naming the file.
   *
   * @param fileName - the file's name as the user knows it
   * @returns the French message
   * @example
   * new SpreadsheetFileError("old-xls").messageFor("registre.xls");
   * // "Le fichier « registre.xls » est un classeur Excel 97-2003 (.xls), format que …"
   */
  messageFor(fileName: string): string {
    return spreadsheetFileMessage(`Le fichier « ${fileName} »`, this.problem, this.detail);
  }
}

/**
 * The French message for a file that cannot be read.
 *
 * @param subject - how the file is named, e.g. "Le fichier « registre.xlsx »"
 * @param problem - why it cannot be read
 * @param detail - a French detail, or ""
 * @returns the message
 * @example
 * spreadsheetFileMessage("Le fichier « a.csv »", "not-spreadsheet", "fichier texte");
 * // "Le fichier « a.csv » n'est pas un classeur (fichier texte) : ouvrez-le dans Excel …"
 */
export function spreadsheetFileMessage(
  subject: string,
  problem: SpreadsheetFileProblem,
  detail: string
): string {
  return `${subject} ${SENTENCES[problem](detail === "" ? "" : ` (${detail})`)}`;
}

/**
 * Whether a value is a SpreadsheetFileError (also across bundles, by name).
 *
 * @param error - anything thrown
 * @returns true for a SpreadsheetFileError
 * @example
 * isSpreadsheetFileError(new SpreadsheetFileError("damaged")); // true
 */
export function isSpreadsheetFileError(error: unknown): error is SpreadsheetFileError {
  return (
    error instanceof SpreadsheetFileError ||
    (error instanceof Error &&
      error.name === "SpreadsheetFileError" &&
      typeof (error as Partial<SpreadsheetFileError>).messageFor === "function")
  );
}
