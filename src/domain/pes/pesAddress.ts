import { pesText } from "./xmlText";

/**
 * A postal address in the PES form (TAdresse): Adr1 complément (optional), Adr2 street (required),
 * CP five digits, Ville.
 *
 * @example
 * { adr1: "Hôtel de Ville", adr2: "42 rue du Général Leclerc", cp: "59510", ville: "Hem" }
 */
export interface PesAddress {
  readonly adr1: string;
  readonly adr2: string;
  readonly cp: string;
  readonly ville: string;
}

const POSTCODE_LINE = /^(\d{5})\s+(.+)$/;

/**
 * Splits an address of the register (several lines, the last with the postcode and town) into
 * the PES fields: the last line "<5 digits> <town>" gives CP and Ville, the line before it Adr2
 * (required: "Mairie" will do), the lines before that Adr1. Each field is cut to 38 characters (Base_Texte38).
 *
 * @param address - the address as typed
 * @returns the PES address, or null without a line "<postcode> <town>" after at least one other line
 * @example
 * pesAddress("Hôtel de Ville\n42 rue du Général Leclerc\n59510 Hem");
 * // { adr1: "Hôtel de Ville", adr2: "42 rue du Général Leclerc", cp: "59510", ville: "Hem" }
 */
export function pesAddress(address: string): PesAddress | null {
  const lines = address
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  let index = lines.length - 1;
  while (index >= 0 && !POSTCODE_LINE.test(lines[index] ?? "")) index -= 1;
  if (index < 1) return null;
  const [, cp = "", town = ""] = POSTCODE_LINE.exec(lines[index] ?? "") ?? [];
  const before = lines.slice(0, index);
  const street = before.at(-1) ?? "";
  return {
    adr1: pesText(before.slice(0, -1).join("\n"), 38),
    adr2: pesText(street, 38),
    cp,
    ville: pesText(town, 38),
  };
}
