import { formatEuros } from "../money/formatEuros";
import type { Cents } from "../money/cents";
import { countOf, frenchDate } from "../text/frenchText";

/**
 * Every French text the statements engine shows to users, in one place, so that tests can pin
 * them and a wording change is made once. Warnings start in lower case: the task pane lists them
 * after the member's name, joined by " ; ".
 */

/**
 * Amounts below this are not put into recovery (CGCT D1611-1; RULES.md §9).
 *
 * @example
 * 1300 < RECOVERY_THRESHOLD_CENTS; // true: 13,00 € is not put into recovery
 */
export const RECOVERY_THRESHOLD_CENTS: Cents = 1500;

/**
 * Warning on a statement below 15 € (RULES.md §9).
 *
 * @example
 * previewStatements(register, 2024).drafts[0]?.warnings; // [BELOW_THRESHOLD_WARNING] for 10 pupils
 */
export const BELOW_THRESHOLD_WARNING = "inférieur à 15 € : non mis en recouvrement (CGCT D1611-1)";

/**
 * Notice printed on a statement below 15 € (RULES.md §9).
 *
 * @example
 * statementSheet(lys2024, settings).rows.flat(); // contains a text cell with BELOW_THRESHOLD_NOTICE
 */
export const BELOW_THRESHOLD_NOTICE =
  "Montant inférieur à 15 € : non mis en recouvrement (CGCT D1611-1).";

/**
 * Start of the phasing warning (RULES.md §4); the details follow.
 *
 * @example
 * pupilsBilled(hem, allSchoolsIn2024, 2024).warnings[0]?.startsWith(PHASING_WARNING); // true
 */
export const PHASING_WARNING = "phasage différent du rythme d'un quart par an";

/**
 * Warning when the debtor has no SIRET.
 *
 * @example
 * draftWarnings({ member: { ...hem, siret: "" }, … }); // [..., MISSING_DEBTOR_SIRET]
 */
export const MISSING_DEBTOR_SIRET = "SIRET du débiteur absent";

/**
 * Warning when the debtor's SIRET fails its check (RULES.md §8).
 *
 * @example
 * draftWarnings({ member: { ...hem, siret: "21590299500013" }, … }); // [..., INVALID_DEBTOR_SIRET]
 */
export const INVALID_DEBTOR_SIRET = "SIRET du débiteur invalide (clé de contrôle)";

/**
 * Warning when the debtor needs a service code (Chorus Pro) and none is given.
 *
 * @example
 * draftWarnings({ member: { ...hem, serviceCode: "", serviceCodeRequired: true }, … }); // [..., MISSING_SERVICE_CODE]
 */
export const MISSING_SERVICE_CODE = "code service exigé par le débiteur mais absent (Chorus Pro)";

/**
 * Warning when the debtor needs an engagement number (Chorus Pro) and none is given.
 *
 * @example
 * draftWarnings({ member: { ...hem, engagementNumber: "", engagementRequired: true }, … }); // [..., MISSING_ENGAGEMENT]
 */
export const MISSING_ENGAGEMENT =
  "numéro d'engagement exigé par le débiteur mais absent (Chorus Pro)";

/**
 * Preview problem when the Settings table is missing: statements cannot be printed.
 *
 * @example
 * previewStatements({ ...register, settings: null }, 2025).problems[0]?.message; // MISSING_SETTINGS
 */
export const MISSING_SETTINGS =
  "Paramètres de l'émetteur absents (nom, adresse, SIRET, ordonnateur, comptable assignataire, IBAN et BIC, mention TVA, conditions de paiement) : complétez la table des paramètres avant de générer les appels.";

/**
 * Preview warning when the issuer's SIRET fails its check (RULES.md §8): flagged, not blocking.
 *
 * @example
 * previewStatements(register, 2025).warnings; // [INVALID_ISSUER_SIRET] with SIRET 20003038600020
 */
export const INVALID_ISSUER_SIRET =
  "SIRET de l'émetteur invalide (clé de contrôle) : vérifiez la table des paramètres.";

/**
 * Phasing warning: the schools equipped differ from ceil(n × k / 4) (RULES.md §4).
 *
 * @param equipped - schools of the member equipped that year (own first year ≤ year)
 * @param expected - schools the quarter-a-year rhythm gives
 * @param schools - all the member's schools
 * @param firstYear - the earliest first year among them
 * @param year - the exercise
 * @returns the warning text
 * @example
 * phasingWarning(11, 3, 11, 2024, 2024);
 * // "phasage différent du rythme d'un quart par an : 11 écoles équipées en 2024 au lieu de 3 (11 écoles, déploiement commencé en 2024)"
 */
export function phasingWarning(
  equipped: number,
  expected: number,
  schools: number,
  firstYear: number,
  year: number
): string {
  return `${PHASING_WARNING} : ${countOf(equipped, "école équipée", "écoles équipées")} en ${year} au lieu de ${expected} (${countOf(schools, "école")}, déploiement commencé en ${firstYear})`;
}

/**
 * Note when a member has both a pupil count and schools, and they disagree: the schools win.
 *
 * @param memberPupils - the count in the Members table
 * @param schoolPupils - the sum over all the member's schools
 * @returns the note
 * @example
 * memberPupilsIgnored(1200, 1209);
 * // "élèves de la table des membres (1200) ignorés : les écoles en comptent 1209 au total, seules les écoles équipées sont facturées"
 */
export function memberPupilsIgnored(memberPupils: number, schoolPupils: number): string {
  return `élèves de la table des membres (${memberPupils}) ignorés : les écoles en comptent ${schoolPupils} au total, seules les écoles équipées sont facturées`;
}

function partYear(months: number): string {
  return months === 12
    ? "année entière facturée (indiquez mois=N dans les options pour une année partielle)"
    : `${months}/12 de l'année facturés (option mois=${months})`;
}

/**
 * Warning when the transfer took effect during the exercise (RULES.md §6, part years §2.4).
 *
 * @param transferDate - ISO date of the transfer
 * @param months - months billed (12 without mois=)
 * @returns the warning text
 * @example
 * transferWarning("2025-07-01", 6); // "transfert effectif le 01/07/2025, en cours d'exercice : 6/12 de l'année facturés (option mois=6)"
 */
export function transferWarning(transferDate: string, months: number): string {
  return `transfert effectif le ${frenchDate(transferDate)}, en cours d'exercice : ${partYear(months)}`;
}

/**
 * Warning when the member withdrew during the exercise (RULES.md §6, part years §2.4).
 *
 * @param withdrawalDate - ISO date of the withdrawal
 * @param months - months billed (12 without mois=)
 * @returns the warning text
 * @example
 * withdrawalWarning("2025-07-01", 12).startsWith("retrait effectif le 01/07/2025"); // true
 */
export function withdrawalWarning(withdrawalDate: string, months: number): string {
  return `retrait effectif le ${frenchDate(withdrawalDate)}, en cours d'exercice : ${partYear(months)}`;
}

/**
 * Text shown for a statement whose amount changed since it was issued.
 *
 * @param previousNumber - the number issued before, now cancelled
 * @param before - the amount issued
 * @param after - the new amount
 * @returns the text
 * @example
 * amountChangedText("2025-0001", 157170, 193440);
 * // "montant modifié : 1 571,70 € → 1 934,40 € (l'avis 2025-0001 est annulé et remplacé)"
 */
export function amountChangedText(previousNumber: string, before: Cents, after: Cents): string {
  return `montant modifié : ${formatEuros(before)} → ${formatEuros(after)} (l'avis ${previousNumber} est annulé et remplacé)`;
}
