import { column, columnLabels, headerKeys, type RegisterColumn } from "./headerKeys";
import type { IssuerSettings } from "./types";

/**
 * Fields of the Paramètres table: a key/value table, one setting per row.
 *
 * @example
 * const field: SettingsField = "value";
 */
export type SettingsField = "key" | "value";

/**
 * The two columns of the Paramètres table.
 *
 * @example
 * SETTINGS_COLUMNS.map((c) => c.label); // ["Paramètre", "Valeur"]
 */
export const SETTINGS_COLUMNS: readonly RegisterColumn<SettingsField>[] = [
  column("key", true, "Paramètre", "Clé", "Rubrique", "Nom"),
  column("value", true, "Valeur", "Contenu"),
];

/**
 * Documented header of each Paramètres column, by field.
 *
 * @example
 * SETTINGS_LABELS.key; // "Paramètre"
 */
export const SETTINGS_LABELS = columnLabels(SETTINGS_COLUMNS);

/**
 * A setting, named as its field in {@link IssuerSettings}.
 *
 * @example
 * const key: SettingKey = "paymentTerms";
 */
export type SettingKey = keyof IssuerSettings;

/**
 * One accepted key of the Paramètres table: documented name, synonyms (normalized).
 *
 * @example
 * { key: "vatMention", label: "Mention TVA", names: ["mention-tva", "mention-de-tva", "tva"] }
 */
export interface SettingSpec {
  readonly key: SettingKey;
  readonly label: string;
  readonly names: readonly string[];
}

function setting(key: SettingKey, label: string, ...synonyms: readonly string[]): SettingSpec {
  return { key, label, names: headerKeys(label, ...synonyms) };
}

/**
 * The keys accepted in the "Paramètre" column, documented name first.
 *
 * @example
 * SETTING_SPECS.map((s) => s.label); // ["Émetteur", "Adresse", "SIRET", …]
 */
export const SETTING_SPECS: readonly SettingSpec[] = [
  setting("name", "Émetteur", "Nom de l'émetteur", "Nom", "Syndicat"),
  setting("address", "Adresse", "Adresse de l'émetteur"),
  setting("siret", "SIRET", "SIRET de l'émetteur", "N° SIRET"),
  setting("accountingContact", "Contact comptable", "Contact", "Comptable", "Contact comptabilité"),
  setting("vatMention", "Mention TVA", "Mention de TVA", "TVA"),
  setting(
    "paymentTerms",
    "Conditions de paiement",
    "Modalités de paiement",
    "Délai de paiement",
    "Paiement"
  ),
];

/**
 * Values used when a setting is absent or empty. The issuer's name has none: it is required
 * when the table exists. Sources: RULES.md §9 (no VAT line, amounts "TTC" as voted; 30 days,
 * CTAF 2023 art. 7).
 *
 * @example
 * DEFAULT_SETTINGS.paymentTerms; // "Paiement à 30 jours à réception, par virement au comptable public"
 */
export const DEFAULT_SETTINGS: IssuerSettings = {
  name: "",
  address: "",
  siret: "",
  accountingContact: "",
  vatMention: "Contribution non soumise à la TVA (montants TTC votés par le comité syndical)",
  paymentTerms: "Paiement à 30 jours à réception, par virement au comptable public",
};

/**
 * Documented name of each setting, by key.
 *
 * @example
 * SETTINGS_KEY_LABELS.name; // "Émetteur"
 */
export const SETTINGS_KEY_LABELS = Object.fromEntries(
  SETTING_SPECS.map((spec) => [spec.key, spec.label])
) as Record<SettingKey, string>;
