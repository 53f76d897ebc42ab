/**
 * Arguments of `npm run statements`: pure, no file system, no clock (today is given), so that
 * every case is a unit test. A bad argument gives a French message naming it; the caller prints
 * it with the usage and exits with USAGE_EXIT_CODE.
 */
import { localIsoDate } from "../domain/dates/isoDate";
import { parseArgs, type ParseArgsConfig } from "node:util";

/** Default register, relative to the project root (never to the current directory). */
export const SAMPLE_REGISTER = "assets/registre-exemple.xlsx";

/** What the command was asked to do. */
export interface StatementsOptions {
  /** Register given with --in, as typed; null for the sample register of assets/. */
  readonly input: string | null;
  /** The exercise. */
  readonly year: number;
  /** True when --year was not given: the year is the current one, and the summary says so. */
  readonly yearDefaulted: boolean;
  /** Folder of the runs given with --out, as typed; null for ./appels-<year>/. */
  readonly out: string | null;
  /** Kept journal file given with --journal, as typed; null for the journal folder. */
  readonly journal: string | null;
  /** Date of issue, ISO (yyyy-mm-dd). */
  readonly issueDate: string;
  /** True when --date was not given: the date is today's. */
  readonly dateDefaulted: boolean;
  /**
   * --force was given. It no longer does anything (nothing is ever replaced: each run writes into
   * a new folder); the command says so and goes on.
   */
  readonly force: boolean;
  /** --stats: print the time of each step and the peak memory on stderr. */
  readonly stats: boolean;
  /**
   * --pes: the PES V2 file is required. Without it, missing PES settings only skip that file
   * with a warning; with it, they refuse the run (exit 1) before anything is written.
   */
  readonly pes?: boolean;
}

/** Result of parsing: options to run with, a request for help, or a usage error. */
export type ParsedArguments =
  | { readonly kind: "run"; readonly options: StatementsOptions }
  | { readonly kind: "help" }
  | { readonly kind: "error"; readonly message: string };

/** The usage text, in French, printed by --help and after a usage error. */
export const USAGE = `Usage : npm run statements -- [options]

Lit le registre des membres (.xlsx ou .ods), le contrôle et, s'il n'a aucune erreur, écrit les appels
de contribution de l'exercice dans un NOUVEAU dossier de génération, sous le dossier de sortie
(<sortie>/<date d'émission>_<n°>, par exemple appels-2025/2025-03-01_01) :
  appels-<année>.xlsx   le registre avec les feuilles d'appels, la synthèse et le journal
                        (le registre de la génération suivante et de l'exercice suivant) ;
  appel-<numéro>.pdf    un PDF par appel ;
  appels-<année>.csv    l'export comptable (appels nouvellement numérotés, 15 € et plus) ;
  journal-<année>.csv   une copie du journal des numéros de l'exercice, pour le lire ;
  PESALR1_….xml         le fichier PES V2 des titres nouveaux pour Hélios (non signé), quand
                        le tableau Paramètres a les paramètres PES (sinon un AVERTISSEMENT).
Rien n'est jamais remplacé : tout est écrit dans un dossier temporaire caché, puis le dossier
de génération apparaît complet, ou pas du tout (erreur, disque plein, Ctrl+C).

Chaque numéro émis est aussi gardé dans le journal des numéros de la série (émetteur,
exercice), un fichier JSON hors du dossier de sortie : une génération suivante, même depuis le
registre d'origine, ne redonne jamais un numéro émis à un autre appel.

Options :
  --in <fichier.xlsx>   registre à lire, .xlsx ou .ods (défaut : ${SAMPLE_REGISTER},
                        le registre d'exemple)
  --year <AAAA>         exercice (défaut : l'année en cours) ; il faut un barème pour cette année
  --out <dossier>       dossier des générations (défaut : ./appels-<année>/ ; créé s'il n'existe
                        pas) ; chaque génération y écrit un nouveau sous-dossier
  --date <AAAA-MM-JJ>   date d'émission des appels (défaut : aujourd'hui ; JJ/MM/AAAA accepté)
  --journal <fichier.json>
                        journal des numéros à utiliser, par exemple sur un lecteur partagé pour
                        que plusieurs postes tiennent la même série (un fichier par exercice ;
                        défaut : journal-<émetteur>-<année>.json dans le dossier ENT_JOURNAL_DIR,
                        sinon ~/.local/share/ent-contributions/journaux, ou
                        %APPDATA%\\ent-contributions\\journaux sous Windows)
  --stats               affiche la durée de chaque étape et la mémoire maximale
  --pes                 exige le fichier PES V2 : un paramètre PES manquant (poste comptable,
                        code collectivité, code budget, imputation, code produit…) ou un
                        débiteur public sans SIRET refuse la génération (code 1, rien d'écrit)
  --help, -h            affiche cette aide
  (--force n'a plus d'effet : rien n'est remplacé, la commande le signale et continue.)

Codes de sortie : 0 appels écrits ; 1 refus, rien d'écrit (registre en erreur, journal des
numéros illisible ou verrouillé) ; 2 arguments invalides (dont un exercice sans barème ou un
dossier de sortie où l'on ne peut pas écrire) ; 3 échec de l'écriture (disque plein…) ou erreur
inattendue, rien d'écrit ; 130 interrompu par Ctrl+C, rien d'écrit.`;

/**
 * The options, as node:util parseArgs reads them. It runs with strict off: the checks that
 * strict mode would make (unknown option, missing value, value given to a flag) are made on its
 * tokens by usageProblem, so that each says in French which argument is wrong.
 */
const OPTIONS = {
  in: { type: "string" },
  year: { type: "string" },
  out: { type: "string" },
  date: { type: "string" },
  journal: { type: "string" },
  force: { type: "boolean" },
  stats: { type: "boolean" },
  pes: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

type OptionName = keyof typeof OPTIONS;
type ValueOption = "in" | "year" | "out" | "date" | "journal";
type ArgumentToken = NonNullable<ReturnType<typeof parseArgs>["tokens"]>[number];

function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(OPTIONS, name);
}

/**
 * An ISO date from what the user typed (yyyy-mm-dd or dd/mm/yyyy), or null when it is not a
 * date of the calendar.
 *
 * @param value - the typed date
 * @returns the ISO date, or null
 * @example
 * parseIssueDate("01/03/2025"); // "2025-03-01"
 * parseIssueDate("2025-02-30"); // null
 */
export function parseIssueDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : french
      ? [french[3], french[2], french[1]]
      : [];
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const valid =
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day);
  return valid ? `${year}-${month}-${day}` : null;
}

function error(message: string): ParsedArguments {
  return { kind: "error", message };
}

/**
 * What is wrong with one argument, as parseArgs split it, or null when it is well formed.
 *
 * @param token - the option or other argument, from parseArgs
 * @param argv - the arguments, to quote the one the user typed
 * @param seen - the options met before it, added to when it is one
 * @returns a French message naming the argument, or null
 */
function usageProblem(
  token: ArgumentToken,
  argv: readonly string[],
  seen: Set<OptionName>
): string | null {
  const typed = argv[token.index] ?? "";
  // Only a long option takes its value after "=" ("--year=2025").
  const written = typed.startsWith("--") ? typed.split("=")[0] : typed;
  // "--" and a lone "-" are no options of this command; neither is a group of short options
  // ("-hx", "-h=x"), which parseArgs splits into "-h" and "-x".
  if (token.kind !== "option" || !isOptionName(token.name) || token.rawName !== written)
    return token.kind === "positional" && !typed.startsWith("-")
      ? `argument inattendu « ${typed} » (les options s'écrivent --in, --year…).`
      : `option inconnue « ${typed} ».`;
  const option = `--${token.name}`;
  if (OPTIONS[token.name].type === "boolean") {
    if (token.inlineValue === true)
      return `l'option ${option} ne prend pas de valeur (« ${typed} »).`;
  } else if (
    token.value === undefined ||
    token.value.trim() === "" ||
    (token.inlineValue === false && token.value.startsWith("--"))
  )
    return `l'option ${option} attend une valeur.`;
  if (seen.has(token.name)) return `l'option ${option} est donnée deux fois.`;
  seen.add(token.name);
  return null;
}

/**
 * Parses the command's arguments, with node:util parseArgs. Options take their value as the
 * next argument or after "=" (`--year 2025`, `--year=2025`); each may be given once.
 *
 * @param argv - the arguments after the script's name
 * @param now - today, for the default year and date of issue
 * @returns the options, a request for help, or a French usage error naming the argument
 * @example
 * parseArguments(["--year", "2025"], new Date()); // { kind: "run", options: { year: 2025, … } }
 * parseArguments(["--year", "25"], new Date()).kind; // "error"
 */
export function parseArguments(argv: readonly string[], now: Date): ParsedArguments {
  const { values, tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const seen = new Set<OptionName>();
  for (const token of tokens) {
    const problem = usageProblem(token, argv, seen);
    if (problem !== null) return error(problem);
  }
  if (seen.has("help")) return { kind: "help" };
  // Every option met is known and well formed: a value option holds its text, a flag true.
  const text = (name: ValueOption) => {
    const value = values[name];
    return typeof value === "string" ? value : undefined;
  };

  // Any name: the file's content says whether it is a workbook (.xlsx, .ods), and if not,
  // what it is (an old .xls, a CSV…) and what to do (runStatements, readRegister).
  const input = text("in") ?? null;

  const journal = text("journal") ?? null;
  if (journal !== null && !/\.json$/i.test(journal))
    return error(`--journal attend un fichier .json (« ${journal} »).`);

  const yearText = text("year");
  if (yearText !== undefined && !/^\d{4}$/.test(yearText))
    return error(`--year attend une année sur 4 chiffres, par exemple 2025 (« ${yearText} »).`);
  const year = yearText === undefined ? now.getFullYear() : Number(yearText);

  const dateText = text("date");
  const issueDate = dateText === undefined ? localIsoDate(now) : parseIssueDate(dateText);
  if (issueDate === null)
    return error(
      `--date attend une date AAAA-MM-JJ (ou JJ/MM/AAAA) qui existe au calendrier (« ${dateText} »).`
    );

  return {
    kind: "run",
    options: {
      input,
      year,
      yearDefaulted: yearText === undefined,
      out: text("out") ?? null,
      journal,
      issueDate,
      dateDefaulted: dateText === undefined,
      force: seen.has("force"),
      stats: seen.has("stats"),
      pes: seen.has("pes"),
    },
  };
}
