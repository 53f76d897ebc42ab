/**
 * Excel's error values, as Office.js's range.values gives them (the English name, whatever the
 * language of Excel), with the name a French Excel shows and what each one usually means. The file
 * readers deliver the same strings. A register cell holding one of them is not a value: a formula
 * broke, or a lookup found nothing.
 */
const ERROR_VALUES: Readonly<Record<string, { readonly french: string; readonly means: string }>> =
  {
    "#REF!": { french: "#REF!", means: "une formule vise une cellule supprimée" },
    "#N/A": { french: "#N/A", means: "une recherche (RECHERCHEV, EQUIV…) n'a rien trouvé" },
    "#VALUE!": { french: "#VALEUR!", means: "une formule calcule sur une valeur du mauvais type" },
    "#DIV/0!": { french: "#DIV/0!", means: "une formule divise par zéro" },
    "#NAME?": { french: "#NOM?", means: "une formule cite une fonction ou un nom inconnu" },
    "#NUM!": { french: "#NOMBRE!", means: "une formule donne un nombre impossible" },
    "#NULL!": { french: "#NUL!", means: "une formule croise deux plages sans cellule commune" },
    "#SPILL!": {
      french: "#PROPAGATION!",
      means: "le résultat d'une formule ne peut pas s'étendre",
    },
    "#CALC!": { french: "#CALC!", means: "une formule ne peut pas être calculée" },
    "#GETTING_DATA": { french: "#GETTING_DATA", means: "des données sont encore en chargement" },
    "#BUSY!": { french: "#BUSY!", means: "une fonction est encore en cours de calcul" },
    "#CONNECT!": { french: "#CONNECT!", means: "un service externe n'a pas répondu" },
    "#BLOCKED!": { french: "#BLOCKED!", means: "un accès a été bloqué" },
    "#FIELD!": { french: "#FIELD!", means: "un champ de type de données n'existe pas" },
    "#UNKNOWN!": { french: "#UNKNOWN!", means: "Excel ne reconnaît pas cette valeur" },
    "#EXTERNAL!": { french: "#EXTERNAL!", means: "une donnée externe n'a pas pu être lue" },
    "#PYTHON!": { french: "#PYTHON!", means: "une formule Python a échoué" },
  };

/** French names as a file may carry them (a workbook saved by a French LibreOffice, say). */
const FRENCH_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ERROR_VALUES)
    .filter(([english, { french }]) => english !== french)
    .map(([english, { french }]) => [french, english])
);

/**
 * Whether a text is the English name of one of Excel's error values, as Office.js gives them
 * (upper case, no spaces): the file readers keep those as they are.
 *
 * @param name - e.g. "#DIV/0!"
 * @returns true for a known error name
 * @example
 * isExcelErrorName("#REF!"); // true
 * isExcelErrorName("#VALEUR!"); // false (the French name)
 */
export function isExcelErrorName(name: string): boolean {
  return Object.hasOwn(ERROR_VALUES, name);
}

/** LibreOffice shows its own errors as Err:502 and the like. */
const LIBREOFFICE_ERROR = /^Err:\d{3}$/i;

/**
 * The Excel error value a cell holds, by its English name, or null when it holds none. Matched on
 * the trimmed text, ignoring case; French names (#VALEUR!, #NOM?…) and LibreOffice's Err:NNN count
 * too.
 *
 * @param cell - a value as Excel passes it
 * @returns e.g. "#REF!", or null
 * @example
 * excelErrorValue("#REF!"); // "#REF!"
 * excelErrorValue("#valeur!"); // "#VALUE!"
 * excelErrorValue("Hem"); // null
 */
export function excelErrorValue(cell: unknown): string | null {
  if (typeof cell !== "string") return null;
  const text = cell.trim().toUpperCase();
  if (!text.startsWith("#") && !LIBREOFFICE_ERROR.test(text)) return null;
  if (Object.hasOwn(ERROR_VALUES, text)) return text;
  if (Object.hasOwn(FRENCH_NAMES, text)) return FRENCH_NAMES[text] ?? null;
  return LIBREOFFICE_ERROR.test(text) ? cell.trim() : null;
}

/**
 * The French message for a cell holding an Excel error value: what it is, what usually causes it,
 * and what to do.
 *
 * @param value - the error value, as excelErrorValue gives it
 * @returns the message, starting in lower case as register messages do
 * @example
 * excelErrorMessage("#VALUE!");
 * // "la cellule contient l'erreur Excel #VALUE! (#VALEUR! dans Excel en français) : une formule calcule sur une valeur du mauvais type. Corrigez la formule ou tapez la valeur : une erreur n'est jamais lue comme une donnée."
 */
export function excelErrorMessage(value: string): string {
  const known = ERROR_VALUES[value];
  const french = known && known.french !== value ? ` (${known.french} dans Excel en français)` : "";
  const what = known ? `l'erreur Excel ${value}${french}` : `l'erreur LibreOffice ${value}`;
  const means = known ? known.means : "une formule a échoué";
  return `la cellule contient ${what} : ${means}. Corrigez la formule ou tapez la valeur : une erreur n'est jamais lue comme une donnée.`;
}
