import { formatIban } from "../identifiers/iban";
import type { IssuerSettings } from "../register/types";
import { addDays, checkIsoDate } from "../dates/isoDate";
import { addressLines } from "./statementParties";

/**
 * The legal mentions of a statement, the avis des sommes à payer of a titre de recettes
 * (RULES.md §9), written once here for the statement sheet and its PDF, so that both say exactly
 * the same: the payment (terms, comptable assignataire, account), who issued the titre
 * (CGCT L1617-5, 4°), the voies et délais de recours (L1617-5, 2°), and the executory mention
 * (LPF L252 A). The due date is worked out here too.
 */

/**
 * The executory mention (livre des procédures fiscales, article L. 252 A).
 *
 * @example
 * EXECUTORY_MENTION.startsWith("Titre de recettes exécutoire"); // true
 */
export const EXECUTORY_MENTION =
  "Titre de recettes exécutoire en application de l'article L. 252 A du livre des procédures fiscales.";

/**
 * Headings of the blocks of mentions, as printed.
 *
 * @example
 * MENTION_HEADINGS.recourse; // "Voies et délais de recours"
 */
export const MENTION_HEADINGS = {
  payment: "Paiement",
  officer: "Titre émis par",
  recourse: "Voies et délais de recours",
} as const;

/**
 * Label of the due date, beside the date of issue.
 *
 * @example
 * DUE_DATE_LABEL; // "Date d'échéance"
 */
export const DUE_DATE_LABEL = "Date d'échéance";

/**
 * The due date of a statement: its date of issue plus the payment term in days, in calendar days
 * (RULES.md §9, 30 days by CTAF 2023 art. 7). Worked out in UTC on ISO dates, so neither the time
 * zone nor a change of daylight saving time moves it.
 *
 * @param issueDate - date of issue, ISO (yyyy-mm-dd)
 * @param days - the payment term, whole days ≥ 0
 * @returns the due date, ISO
 * @throws DomainError when the date of issue is not an existing ISO date
 * @example
 * dueDate("2025-12-15", 30); // "2026-01-14"
 * dueDate("2024-01-30", 30); // "2024-02-29"
 */
export function dueDate(issueDate: string, days: number): string {
  return addDays(checkIsoDate(issueDate, "date d'émission"), days);
}

/** "Le Président" → "le Président": an article at the start of a phrase used mid-sentence. */
function midSentence(phrase: string): string {
  const trimmed = phrase.trim();
  return /^(le|la|les)\s|^l['’]/i.test(trimmed)
    ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1)
    : trimmed;
}

/**
 * Who issued the titre, as signed (CGCT L1617-5, 4°: first name, name and title): "Le Président,
 * Jean Martin", or for a delegate "Pour le Président et par délégation, Marie Dupont,
 * Vice-présidente chargée des finances".
 *
 * @param settings - the issuer's settings
 * @returns the text
 * @example
 * officerText({ ...settings, officerFirstName: "Jean", officerLastName: "Martin", officerTitle: "Le Président", delegatedBy: "" });
 * // "Le Président, Jean Martin"
 */
export function officerText(settings: IssuerSettings): string {
  const person = `${settings.officerFirstName.trim()} ${settings.officerLastName.trim()}`;
  const title = settings.officerTitle.trim();
  if (settings.delegatedBy.trim() === "") return `${title}, ${person}`;
  return `Pour ${midSentence(settings.delegatedBy)} et par délégation, ${person}, ${title}`;
}

/**
 * The voies et délais de recours (CGCT L1617-5, 2°): within two months of receiving the titre,
 * the debtor may contest the existence, the amount or the due date (exigibilité) of the claim
 * before the court of the settings, the administrative court for this contribution, a claim of
 * public law.
 *
 * @param court - the court, e.g. "tribunal administratif de Lille" (an article in front is kept)
 * @returns the text
 * @example
 * recourseText("tribunal administratif de Lille").includes("en saisissant le tribunal administratif de Lille"); // true
 */
export function recourseText(court: string): string {
  const named = /^(le|la|l['’])/i.test(court.trim()) ? midSentence(court) : `le ${court.trim()}`;
  return (
    "Dans les deux mois suivant la réception du présent titre, le débiteur peut contester " +
    "l'existence de la créance, son montant ou son exigibilité en saisissant " +
    `${named}, juridiction compétente pour cette contribution, qui est une créance de droit ` +
    "public (article L. 1617-5, 2° du code général des collectivités territoriales)."
  );
}

/**
 * The comptable assignataire and its address, on one line.
 *
 * @param settings - the issuer's settings
 * @returns e.g. "Comptable assignataire : Service de gestion comptable de Lille, 1 rue …, 59000 Lille"
 * @example
 * accountantText({ ...settings, accountantName: "SGC de Lille", accountantAddress: "1 rue X\n59000 Lille" });
 * // "Comptable assignataire : SGC de Lille, 1 rue X, 59000 Lille"
 */
export function accountantText(settings: IssuerSettings): string {
  const parts = [settings.accountantName.trim(), ...addressLines(settings.accountantAddress)];
  return `Comptable assignataire : ${parts.filter((part) => part !== "").join(", ")}`;
}

/**
 * The account to pay into: the accountant's IBAN, grouped by four, and BIC.
 *
 * @param settings - the issuer's settings
 * @returns the text
 * @example
 * accountText({ ...settings, iban: "FR7630001005940000059400031", bic: "BDFEFRPPCCT" });
 * // "Virement au comptable assignataire : IBAN FR76 3000 1005 9400 0005 9400 031 — BIC BDFEFRPPCCT"
 */
export function accountText(settings: IssuerSettings): string {
  return `Virement au comptable assignataire : IBAN ${formatIban(settings.iban)} — BIC ${settings.bic}`;
}

/**
 * A block of mentions: a heading (printed in bold) and its texts.
 *
 * @example
 * const block: MentionBlock = { heading: "Titre émis par", texts: ["Le Président, Jean Martin"] };
 */
export interface MentionBlock {
  readonly heading: string;
  readonly texts: readonly string[];
}

/**
 * Every mention at the foot of a statement, in print order, for the sheet and the PDF alike:
 * - Paiement: the VAT mention (when set), the payment terms, the comptable assignataire with its
 *   address, the IBAN and BIC, the accounting contact (when set);
 * - Titre émis par: the ordonnateur (first name, name, title; by delegation when set);
 * - Voies et délais de recours: the recourse text, then the executory mention.
 * The due date is printed with the date of issue (DUE_DATE_LABEL, dueDate).
 *
 * @param settings - the issuer's settings
 * @returns the blocks
 * @example
 * statementMentions(settings).map((block) => block.heading);
 * // ["Paiement", "Titre émis par", "Voies et délais de recours"]
 */
export function statementMentions(settings: IssuerSettings): MentionBlock[] {
  const payment: string[] = [];
  if (settings.vatMention.trim() !== "") payment.push(settings.vatMention);
  payment.push(`Conditions de paiement : ${settings.paymentTerms}`);
  payment.push(accountantText(settings), accountText(settings));
  if (settings.accountingContact.trim() !== "") {
    payment.push(`Contact : ${settings.accountingContact}`);
  }
  return [
    { heading: MENTION_HEADINGS.payment, texts: payment },
    { heading: MENTION_HEADINGS.officer, texts: [officerText(settings)] },
    {
      heading: MENTION_HEADINGS.recourse,
      texts: [recourseText(settings.court), EXECUTORY_MENTION],
    },
  ];
}
