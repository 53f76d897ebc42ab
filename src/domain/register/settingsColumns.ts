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
  setting("paymentTerms", "Conditions de paiement", "Modalités de paiement", "Paiement"),
  // "Délai de paiement" alone was a synonym of the payment terms: a register that still gives a
  // text there is read as before (readSettings, LEGACY_PAYMENT_TERMS_KEY).
  setting(
    "paymentDays",
    "Délai de paiement (jours)",
    "Délai de paiement",
    "Délai de paiement en jours",
    "Échéance (jours)"
  ),
  setting("officerFirstName", "Prénom de l'ordonnateur", "Prénom du signataire"),
  setting("officerLastName", "Nom de l'ordonnateur", "Nom du signataire"),
  setting(
    "officerTitle",
    "Qualité de l'ordonnateur",
    "Qualité du signataire",
    "Fonction de l'ordonnateur"
  ),
  setting("delegatedBy", "Par délégation de", "Délégation", "Signe par délégation de"),
  setting(
    "accountantName",
    "Comptable assignataire",
    "Comptable public",
    "Nom du comptable assignataire"
  ),
  setting(
    "accountantAddress",
    "Adresse du comptable",
    "Adresse du comptable assignataire",
    "Adresse du comptable public"
  ),
  setting("iban", "IBAN", "IBAN du comptable", "IBAN du comptable assignataire"),
  setting("bic", "BIC", "BIC du comptable", "Code BIC", "SWIFT"),
  setting("court", "Tribunal compétent", "Tribunal", "Juridiction compétente"),
  // PES V2 (Hélios): optional, checked by pesProblems before a PES file is written.
  setting("pesPoste", "Poste comptable", "Codique du poste comptable", "Codique", "IdPost"),
  setting("pesCollectivityCode", "Code collectivité", "Code collectivite Helios", "CodCol"),
  setting("pesBudgetCode", "Code budget", "CodBud"),
  setting("pesBudgetLabel", "Libellé budget", "Libellé du budget"),
  setting("pesNature", "Imputation nature", "Compte nature", "Nature"),
  setting("pesFunction", "Imputation fonction", "Fonction"),
  setting("pesProductCode", "Code produit", "Code produit local", "CodProdLoc"),
  // Part years (decision 0014): "année entière" (default) or "prorata des mois".
  setting("prorateByMonths", "Année partielle", "Prorata des mois", "Prorata", "Proratisation"),
  // The sharing of net charges (RULES.md §5): read by src/domain/sharing/readSharingSettings.ts.
  setting("callMethod", "Mode d'appel", "Méthode d'appel", "Mode de calcul", "Méthode de calcul"),
  setting("sharingFeder", "FEDER obtenu", "FEDER", "FEDER obtenu (€)", "Part FEDER"),
];

/**
 * The key "Délai de paiement" (normalized), a synonym of "Conditions de paiement" until the term
 * in days became a setting of its own: a text there that is not a number of days is read as the
 * payment terms, as before.
 *
 * @example
 * normalizeKey("Délai de paiement") === LEGACY_PAYMENT_TERMS_KEY; // true
 */
export const LEGACY_PAYMENT_TERMS_KEY = "delai-de-paiement";

/**
 * Values used when a setting is absent or empty. The issuer's name, the ordonnateur (first name,
 * name, title), the accountant (name, address) and the account (IBAN, BIC) have none: they are
 * required when the table exists (readSettings). Sources: RULES.md §9 (no VAT line, amounts "TTC"
 * as voted; 30 days, CTAF 2023 art. 7; the administrative court for a public-law claim, the
 * syndicate being in Lille's jurisdiction).
 *
 * @example
 * DEFAULT_SETTINGS.paymentDays; // 30
 */
export const DEFAULT_SETTINGS: IssuerSettings = {
  name: "",
  address: "",
  siret: "",
  accountingContact: "",
  vatMention: "Contribution non soumise à la TVA (montants TTC votés par le comité syndical)",
  paymentTerms:
    "Paiement par virement au comptable assignataire, au plus tard à la date d'échéance",
  officerFirstName: "",
  officerLastName: "",
  officerTitle: "",
  delegatedBy: "",
  accountantName: "",
  accountantAddress: "",
  iban: "",
  bic: "",
  court: "tribunal administratif de Lille",
  paymentDays: 30,
  pesPoste: "",
  pesCollectivityCode: "",
  pesBudgetCode: "",
  pesBudgetLabel: "",
  pesNature: "",
  pesFunction: "",
  pesProductCode: "",
  prorateByMonths: false,
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
