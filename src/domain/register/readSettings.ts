import { isValidSiret } from "../identifiers/siren";
import { normalizeKey } from "../text/normalizeKey";
import { CellProblem, readCompanyNumber, readText } from "./cellReaders";
import { MESSAGES } from "./registerMessages";
import {
  REGISTER_TABLES,
  registerError,
  registerWarning,
  type RegisterProblem,
} from "./RegisterProblem";
import { readTable } from "./readTable";
import {
  DEFAULT_SETTINGS,
  SETTING_SPECS,
  SETTINGS_COLUMNS,
  SETTINGS_KEY_LABELS,
  SETTINGS_LABELS,
  type SettingKey,
} from "./settingsColumns";
import type { IssuerSettings } from "./types";

const TABLE = REGISTER_TABLES.settings;
const ACCEPTED = SETTING_SPECS.map((spec) => spec.label).join(", ");

interface SettingRow {
  readonly row: number;
  readonly keyText: string;
  readonly value: unknown;
}

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
  // RULES.md §8: the syndicate's SIRET as printed fails the check: flag it, do not block.
  return isValidSiret(siret)
    ? []
    : [registerWarning({ ...where, message: MESSAGES.issuerSiretCheck })];
}

/**
 * Reads the Paramètres table, a key/value table ("Paramètre", "Valeur"): Émetteur, Adresse,
 * SIRET, Contact comptable, Mention TVA, Conditions de paiement. Keys are matched ignoring case
 * and accents. An absent or empty mention or payment term takes its default; the issuer's name is
 * required (error); the issuer's SIRET is checked (a wrong check digit is a warning, RULES.md §8).
 * An unknown key is a warning, a key given twice an error.
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
  const read = readTable(TABLE, rows, SETTINGS_COLUMNS, (r): SettingRow => ({
    row: r.row,
    keyText: r.read("key", readText, ""),
    value: r.read("value", (cell) => cell, null),
  }));
  const { problems } = read;
  if (!read.readable) return { settings: null, problems, readable: false };
  const valueColumn = read.headers.value ?? SETTINGS_LABELS.value;
  const keyColumn = read.headers.key ?? SETTINGS_LABELS.key;
  const found = new Map<SettingKey, SettingRow>();
  for (const item of read.items) {
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
  const text = (key: SettingKey) => readText(found.get(key)?.value) || DEFAULT_SETTINGS[key];
  const settings: IssuerSettings = {
    name: text("name"),
    address: text("address"),
    siret: siretOf(found.get("siret"), problems, valueColumn),
    accountingContact: text("accountingContact"),
    vatMention: text("vatMention"),
    paymentTerms: text("paymentTerms"),
  };
  if (settings.name === "") {
    const place = settingPlace(found.get("name"), SETTINGS_KEY_LABELS.name, columns);
    problems.push(registerError({ value: "", ...place, message: MESSAGES.missingIssuer }));
  }
  const siretPlace = settingPlace(found.get("siret"), SETTINGS_KEY_LABELS.siret, columns);
  problems.push(...siretProblems(settings.siret, siretPlace));
  return { settings, problems, readable: true };
}
