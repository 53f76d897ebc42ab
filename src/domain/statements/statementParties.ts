import type { IssuerSettings, Member } from "../register/types";
import { text, type SheetCell } from "../sheets/SheetSpec";

type Row = readonly SheetCell[];

/**
 * Splits a postal address typed on several lines (or with ";" between lines) into its lines,
 * without blank ones.
 *
 * @param address - the address as in the table
 * @returns its lines, trimmed
 * @example
 * addressLines("Hôtel de ville\n59510 Hem"); // ["Hôtel de ville", "59510 Hem"]
 */
export function addressLines(address: string): string[] {
  return address
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/**
 * The issuer's block of a statement: heading, name, address lines, SIRET. Every value from the
 * register is a text cell, so "=…", "+33…" or "@…" stay text.
 *
 * @param settings - the issuer's settings
 * @returns the rows
 * @example
 * issuerRows(settings)[1]; // [{ kind: "text", value: "Syndicat mixte …", bold: true }]
 */
export function issuerRows(settings: IssuerSettings): Row[] {
  return [
    [text("Émetteur", true)],
    [text(settings.name, true)],
    ...addressLines(settings.address).map((line) => [text(line)]),
    [text(`SIRET : ${settings.siret}`)],
  ];
}

/**
 * The debtor's block of a statement: heading, name, address lines, SIRET, and the Chorus Pro
 * service code and engagement number when given (RULES.md §9). Text cells only.
 *
 * @param member - the debtor
 * @returns the rows
 * @example
 * debtorRows(hem).map((row) => row[0]); // Débiteur, Hem, address lines, "SIRET : …"
 */
export function debtorRows(member: Member): Row[] {
  const rows: Row[] = [
    [text("Débiteur", true)],
    [text(member.name, true)],
    ...addressLines(member.address).map((line) => [text(line)]),
    [text(`SIRET : ${member.siret === "" ? "non renseigné" : member.siret}`)],
  ];
  if (member.serviceCode.trim() !== "") rows.push([text(`Code service : ${member.serviceCode}`)]);
  if (member.engagementNumber.trim() !== "") {
    rows.push([text(`N° d'engagement : ${member.engagementNumber}`)]);
  }
  return rows;
}
