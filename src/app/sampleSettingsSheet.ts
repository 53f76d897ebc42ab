import { num, text, type SheetSpec } from "../domain/sheets/SheetSpec";

/**
 * The example accountant's IBAN, typed with spaces as users do: Banque de France (bank 30001),
 * fictitious branch and account, RIB key and IBAN key computed (FR76). Both samples use it.
 */
export const SAMPLE_IBAN = "FR76 3000 1005 9400 0005 9400 031";

/**
 * The Paramètres sheet of a sample register: a header row and one row per setting, as the table
 * `Parametres` that the register reader finds by its name.
 *
 * @param rows - each setting's name and value (a number stays a number)
 * @param nameWidth - the width of the names' column, in characters
 * @returns the sheet to write
 * @example
 * sampleSettingsSheet([["Émetteur", "Syndicat mixte…"]], 22).table?.name; // "Parametres"
 */
export function sampleSettingsSheet(
  rows: readonly (readonly [string, string | number])[],
  nameWidth: number
): SheetSpec {
  return {
    name: "Paramètres",
    rows: [
      [text("Paramètre", true), text("Valeur", true)],
      ...rows.map(([key, value]) => [
        text(key),
        typeof value === "number" ? num(value) : text(value),
      ]),
    ],
    columnWidths: [nameWidth, 70],
    print: { orientation: "portrait" },
    table: { name: "Parametres", headerRow: 0 },
  };
}
