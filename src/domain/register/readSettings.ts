import { compactIban, ibanProblem, isValidBic, type IbanProblem } from "../identifiers/iban";
import { failedSiretKey } from "../identifiers/siren";
import { normalizeKey } from "../text/normalizeKey";
import { CellProblem } from "../tables/CellProblem";
import { readText } from "../tables/readText";
import { readCompanyNumber } from "./readCompanyNumber";
import { MESSAGES } from "./registerMessages";
import {
  REGISTER_TABLES,
  registerError,
  registerWarning,
  type RegisterProblem,
} from "./RegisterProblem";
import { readRegisterTable } from "./readRegisterTable";
import {
  DEFAULT_SETTINGS,
  LEGACY_PAYMENT_TERMS_KEY,
  SETTING_SPECS,
  SETTINGS_COLUMNS,
  SETTINGS_KEY_LABELS,
  SETTINGS_LABELS,
  type SettingKey,
} from "./settingsColumns";
import type { IssuerSettings } from "./types";

const TABLE = REGISTER_TABLES.settings;
const ACCEPTED = SETTING_SPECS.map((spec) => spec.label).join(", ");

type TextSettingKey = Exclude<SettingKey, "paymentDays" | "prorateByMonths">;

const OFFICER_LAW =
  "chaque titre porte le prénom, le nom et la qualité de la personne qui l'a émis (CGCT L1617-5, 4°)";
const ACCOUNT_WHY = "c'est sur ce compte que le débiteur paie, par virement";

/**
 * The settings a titre de recettes cannot do without (RULES.md §9): what to type, and why.
 */
const REQUIRED: readonly { key: TextSettingKey; what: string; why: string }[] = [
  {
    key: "officerFirstName",
    what: "le prénom de la personne qui émet les titres, l'ordonnateur (par exemple Jean)",
    why: OFFICER_LAW,
  },
  {
    key: "officerLastName",
    what: "le nom de la personne qui émet les titres, l'ordonnateur (par exemple Martin)",
    why: OFFICER_LAW,
  },
  {
    key: "officerTitle",
    what: "la qualité de l'ordonnateur (par exemple Le Président ; s'il signe par délégation, la sienne, par exemple Vice-présidente chargée des finances)",
    why: OFFICER_LAW,
  },
  {
    key: "accountantName",
    what: "le nom du comptable public qui encaisse, le comptable assignataire (par exemple Service de gestion comptable de Lille)",
    why: "l'avis dit au débiteur à qui il paie",
  },
  {
    key: "accountantAddress",
    what: "l'adresse postale du comptable assignataire",
    why: "l'avis dit au débiteur où joindre le comptable qui encaisse",
  },
  {
    key: "iban",
    what: "l'IBAN du compte du comptable assignataire (par exemple FR76 3000 1005 9400 0005 9400 031)",
    why: ACCOUNT_WHY,
  },
  {
    key: "bic",
    what: "le BIC du compte du comptable assignataire (par exemple BDFEFRPPCCT)",
    why: ACCOUNT_WHY,
  },
];

const YES = new Set(["oui", "vrai", "true", "x", "yes"]);
const NO = new Set(["non", "faux", "false", "no"]);
const DAYS_TEXT = /^(\d+)\s*(?:j|jours?)?$/i;
const DAYS_IN_TERMS = /(\d+)\s*jours?\b/i;
const MAX_PAYMENT_DAYS = 365;
/** Values of "Année partielle" (normalized): the full year, or the months counted from the dates. */
const FULL_YEAR_WORDS = new Set([
  "annee-entiere",
  "entiere",
  "annee-complete",
  "non",
  "faux",
  "false",
]);
const PRORATA_WORDS = new Set([
  "prorata-des-mois",
  "au-prorata-des-mois",
  "prorata",
  "mois",
  "oui",
  "vrai",
  "true",
]);

interface SettingRow {
  readonly row: number;
  readonly keyText: string;
  readonly value: unknown;
  /** The key or the value cell could not be read (an Excel error value): already an error. */
  readonly unreadable: boolean;
}

/** What a cell of the table gives when it holds an Excel error value (readTable reports it). */
const UNREADABLE = Symbol("unreadable");

/** Where a setting is: its value cell when the key is there, else the key column of the header. */
function settingPlace(
  row: SettingRow | undefined,
  label: string,
  columns: { key: string; value: string }
) {
  return row
    ? { table: TABLE, row: row.row, column: columns.value }
    : { table: TABLE, row: 1, column: columns.key, value: label };
}

function siretOf(row: SettingRow | undefined, problems: RegisterProblem[], column: string): string {
  if (!row) return "";
  try {
    return readCompanyNumber(row.value);
  } catch (error) {
    if (!(error instanceof CellProblem)) throw error;
    const value = readText(row.value);
    problems.push(
      registerError({ table: TABLE, row: row.row, column, value, message: error.message })
    );
    return "";
  }
}

function siretProblems(siret: string, place: ReturnType<typeof settingPlace>): RegisterProblem[] {
  const where = { value: siret, ...place };
  if (siret === "") return [registerWarning({ ...where, message: MESSAGES.missingIssuerSiret })];
  if (!/^\d{14}$/.test(siret))
    return [registerError({ ...where, message: MESSAGES.siretShape(siret.length) })];
  // RULES.md §8: the syndicate's SIRET as printed fails the check: flag it, do not block. The
  // SIREN's key (its first nine digits) is checked too, with the same severity.
  const failed = failedSiretKey(siret);
  if (failed === null) return [];
  const message = failed === "siret" ? MESSAGES.issuerSiretCheck : MESSAGES.issuerSirenCheck;
  return [registerWarning({ ...where, message })];
}

/**
 * Reads the Paramètres table, a key/value table ("Paramètre", "Valeur"): Émetteur, Adresse,
 * SIRET, Contact comptable, Mention TVA, Conditions de paiement, and what a titre de recettes
 * carries (RULES.md §9): the ordonnateur (Prénom, Nom, Qualité de l'ordonnateur, and Par
 * délégation de when they sign for someone else), the Comptable assignataire and its address,
 * the IBAN and BIC of its account, the Tribunal compétent and the Délai de paiement (jours). Keys
 * are matched ignoring case and accents. An absent or empty mention, payment terms, court or term
 * takes its default; the issuer's name, the ordonnateur, the accountant and the account are
 * required (error); an IBAN whose mod-97 key is wrong or a BIC of the wrong shape is an error;
 * the issuer's SIRET is checked (a wrong check digit, its own or its SIREN's, is a warning,
 * RULES.md §8). The term in days is the setting, else the number of days written in the payment
 * terms ("45 jours"), else 30. "Année partielle" says how part years are billed: année entière (the default) or prorata des
 * mois (months counted from the members' dates); another value is an error. A
 * text under the old key "Délai de paiement" is read as the payment terms, with a warning. An
 * unknown key is a warning, a key given twice an error.
 *
 * @param rows - the table's values, header row first
 * @returns the settings (null when the header row cannot be read) and the problems
 * @example
 * readSettings([["Paramètre", "Valeur"], ["Émetteur", "Syndicat mixte"]]).settings?.paymentTerms; // the default
 */
export function readSettings(rows: readonly (readonly unknown[])[]): {
  settings: IssuerSettings | null;
  problems: RegisterProblem[];
  readable: boolean;
} {
  const read = readRegisterTable(TABLE, rows, SETTINGS_COLUMNS, (r): SettingRow => {
    const keyText = r.read<string | typeof UNREADABLE>("key", readText, UNREADABLE);
    const value = r.read<unknown>("value", (cell) => cell, UNREADABLE);
    return {
      row: r.row,
      keyText: keyText === UNREADABLE ? "" : keyText,
      value: value === UNREADABLE ? null : value,
      unreadable: keyText === UNREADABLE || value === UNREADABLE,
    };
  });
  const { problems } = read;
  if (!read.readable) return { settings: null, problems, readable: false };
  // A row whose key or value is an error value is reported once, by readTable: the checks below
  // would only add noise there (a missing value, an unknown key).
  const reported = problems.length;
  const unreadableRows = new Set(read.items.filter((i) => i.unreadable).map((i) => i.row));
  const valueColumn = read.headers.value ?? SETTINGS_LABELS.value;
  const keyColumn = read.headers.key ?? SETTINGS_LABELS.key;
  const found = new Map<SettingKey, SettingRow>();
  for (const item of read.items) {
    if (item.unreadable && item.keyText === "") continue;
    const key = normalizeKey(item.keyText);
    const spec = SETTING_SPECS.find((s) => s.names.includes(key));
    const where = { table: TABLE, row: item.row, column: keyColumn, value: item.keyText };
    const earlier = spec && found.get(spec.key);
    if (!spec)
      problems.push(registerWarning({ ...where, message: MESSAGES.unknownSetting(ACCEPTED) }));
    else if (earlier)
      problems.push(registerError({ ...where, message: MESSAGES.duplicateSetting(earlier.row) }));
    else found.set(spec.key, item);
  }
  const columns = { key: keyColumn, value: valueColumn };
  const text = (key: TextSettingKey) =>
    readText(found.get(key)?.value) || (DEFAULT_SETTINGS[key] ?? "");
  const term = paymentTerm(found, problems, columns);
  const settings: IssuerSettings = {
    name: text("name"),
    address: text("address"),
    siret: siretOf(found.get("siret"), problems, valueColumn),
    accountingContact: text("accountingContact"),
    vatMention: text("vatMention"),
    paymentTerms: term.terms ?? text("paymentTerms"),
    officerFirstName: text("officerFirstName"),
    officerLastName: text("officerLastName"),
    officerTitle: text("officerTitle"),
    delegatedBy: delegation(found.get("delegatedBy"), problems, columns),
    accountantName: text("accountantName"),
    accountantAddress: text("accountantAddress"),
    iban: compactIban(text("iban")),
    bic: compactIban(text("bic")),
    court: text("court"),
    paymentDays: term.days,
    pesPoste: text("pesPoste"),
    pesCollectivityCode: text("pesCollectivityCode"),
    pesBudgetCode: text("pesBudgetCode"),
    pesBudgetLabel: text("pesBudgetLabel"),
    pesNature: text("pesNature"),
    pesFunction: text("pesFunction"),
    pesProductCode: text("pesProductCode"),
    prorateByMonths: prorating(found.get("prorateByMonths"), problems, columns),
  };
  if (settings.name === "") {
    const place = settingPlace(found.get("name"), SETTINGS_KEY_LABELS.name, columns);
    problems.push(registerError({ value: "", ...place, message: MESSAGES.missingIssuer }));
  }
  const siretPlace = settingPlace(found.get("siret"), SETTINGS_KEY_LABELS.siret, columns);
  problems.push(...siretProblems(settings.siret, siretPlace));
  problems.push(...requiredProblems(settings, found, columns));
  problems.push(...accountProblems(settings, found, columns));
  const kept = problems.filter(
    (problem, index) => index < reported || !unreadableRows.has(problem.row)
  );
  return { settings, problems: kept, readable: true };
}

type Columns = { key: string; value: string };

/** An error for each required setting left out or empty, at its value cell or the table's head. */
function requiredProblems(
  settings: IssuerSettings,
  found: ReadonlyMap<SettingKey, SettingRow>,
  columns: Columns
): RegisterProblem[] {
  return REQUIRED.filter(({ key }) => settings[key] === "").map(({ key, what, why }) => {
    const row = found.get(key);
    const label = SETTINGS_KEY_LABELS[key];
    const message = MESSAGES.missingSetting(label, row !== undefined, what, why);
    return registerError({ value: "", ...settingPlace(row, label, columns), message });
  });
}

function ibanMessage(problem: IbanProblem): string {
  switch (problem.kind) {
    case "characters":
      return MESSAGES.ibanCharacters;
    case "country":
      return MESSAGES.ibanCountry;
    case "length":
      return MESSAGES.ibanLength(problem.country, problem.expected, problem.actual);
    case "checksum":
      return MESSAGES.ibanChecksum;
  }
}

/** Errors for an IBAN failing its ISO 13616 check and a BIC not shaped as ISO 9362 says. */
function accountProblems(
  settings: IssuerSettings,
  found: ReadonlyMap<SettingKey, SettingRow>,
  columns: Columns
): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const at = (key: "iban" | "bic", message: string) => {
    const row = found.get(key);
    const place = settingPlace(row, SETTINGS_KEY_LABELS[key], columns);
    problems.push(registerError({ ...place, value: readText(row?.value), message }));
  };
  const iban = settings.iban === "" ? null : ibanProblem(settings.iban);
  if (iban !== null) at("iban", ibanMessage(iban));
  if (settings.bic !== "" && !isValidBic(settings.bic)) at("bic", MESSAGES.bicShape);
  return problems;
}

/**
 * Whether part years are prorated from the dates ("Année partielle"): blank or absent is the full
 * year (RULES.md §2.4); a value that is neither is an error, read as the full year.
 */
function prorating(
  row: SettingRow | undefined,
  problems: RegisterProblem[],
  columns: Columns
): boolean {
  const value = readText(row?.value);
  const key = normalizeKey(value);
  if (row === undefined || value === "" || FULL_YEAR_WORDS.has(key)) return false;
  if (PRORATA_WORDS.has(key)) return true;
  const place = settingPlace(row, SETTINGS_KEY_LABELS.prorateByMonths, columns);
  problems.push(registerError({ ...place, value, message: MESSAGES.partYearSetting }));
  return false;
}

/** Whom the ordonnateur signs for: "" when blank or "non"; "oui" alone says nothing, an error. */
function delegation(
  row: SettingRow | undefined,
  problems: RegisterProblem[],
  columns: Columns
): string {
  const value = readText(row?.value);
  const key = normalizeKey(value);
  if (row === undefined || value === "" || NO.has(key)) return "";
  if (YES.has(key)) {
    const place = settingPlace(row, SETTINGS_KEY_LABELS.delegatedBy, columns);
    problems.push(registerError({ ...place, value, message: MESSAGES.delegationYesNo }));
    return "";
  }
  return value;
}

/** A whole number of days, typed as a number or as "30", "30 j", "30 jours"; else null. */
function daysOf(cell: unknown): number | null {
  if (typeof cell === "number") return Number.isInteger(cell) ? cell : null;
  const match = DAYS_TEXT.exec(readText(cell));
  return match ? Number(match[1]) : null;
}

/**
 * The term in days and, for a register still using the old key "Délai de paiement" for its
 * payment terms, those terms. Days: the setting, else the days written in the payment terms, else
 * the default (30, CTAF 2023 art. 7). When both are typed and disagree, a warning.
 */
function paymentTerm(
  found: ReadonlyMap<SettingKey, SettingRow>,
  problems: RegisterProblem[],
  columns: Columns
): { days: number; terms: string | null } {
  const row = found.get("paymentDays");
  const termsRow = found.get("paymentTerms");
  const typed = readText(row?.value);
  const termsDays = (terms: string): number | null => {
    const match = DAYS_IN_TERMS.exec(terms);
    return match ? Number(match[1]) : null;
  };
  const fromTerms = termsDays(readText(termsRow?.value)) ?? DEFAULT_SETTINGS.paymentDays;
  if (row === undefined || typed === "") return { days: fromTerms, terms: null };
  const place = settingPlace(row, SETTINGS_KEY_LABELS.paymentDays, columns);
  const days = daysOf(row.value);
  if (
    days === null &&
    termsRow === undefined &&
    normalizeKey(row.keyText) === LEGACY_PAYMENT_TERMS_KEY
  ) {
    const legacyDays = termsDays(typed) ?? DEFAULT_SETTINGS.paymentDays;
    problems.push(
      registerWarning({ ...place, value: typed, message: MESSAGES.legacyPaymentTerms(legacyDays) })
    );
    return { days: legacyDays, terms: typed };
  }
  if (days === null || days < 1 || days > MAX_PAYMENT_DAYS) {
    problems.push(registerError({ ...place, value: typed, message: MESSAGES.paymentDays }));
    return { days: DEFAULT_SETTINGS.paymentDays, terms: null };
  }
  const written = termsDays(readText(termsRow?.value));
  if (termsRow !== undefined && written !== null && written !== days) {
    const termsPlace = settingPlace(termsRow, SETTINGS_KEY_LABELS.paymentTerms, columns);
    const value = readText(termsRow.value);
    problems.push(
      registerWarning({ ...termsPlace, value, message: MESSAGES.termsDisagree(written, days) })
    );
  }
  return { days, terms: null };
}
