import type { IssuerSettings } from "../register/types";

/**
 * What the PES file needs from the Paramètres table, every field a string ("" when absent).
 * Numeric codes typed as numbers in Excel lose their leading zeros: the code collectivité (3
 * digits), the code budget (2) and a poste comptable shorter than 6 digits are padded back.
 *
 * @example
 * pesSettings(settings).budgetCode; // "00"
 */
export interface PesSettings {
  /** IdColl: the issuer's SIRET. */
  readonly siret: string;
  readonly issuerName: string;
  readonly poste: string;
  readonly collectivityCode: string;
  readonly budgetCode: string;
  readonly budgetLabel: string;
  readonly nature: string;
  readonly function: string;
  readonly productCode: string;
}

const pad = (text: string, length: number): string =>
  /^\d+$/.test(text) && text.length < length ? text.padStart(length, "0") : text;

/**
 * The PES settings of the issuer's settings.
 *
 * @param settings - the settings read from the register
 * @returns the PES settings, trimmed and padded
 * @example
 * pesSettings({ ...settings, pesBudgetCode: "0" }).budgetCode; // "00"
 */
export function pesSettings(settings: IssuerSettings): PesSettings {
  const text = (value: string | undefined) => (value ?? "").trim();
  return {
    siret: text(settings.siret),
    issuerName: text(settings.name),
    poste: pad(text(settings.pesPoste), 6),
    collectivityCode: pad(text(settings.pesCollectivityCode), 3),
    budgetCode: pad(text(settings.pesBudgetCode), 2),
    budgetLabel: text(settings.pesBudgetLabel),
    nature: text(settings.pesNature),
    function: text(settings.pesFunction),
    productCode: text(settings.pesProductCode),
  };
}
