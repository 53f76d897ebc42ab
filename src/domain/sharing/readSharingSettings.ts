import { registerError, registerWarning, REGISTER_TABLES } from "../register/RegisterProblem";
import { readRegisterTable } from "../register/readRegisterTable";
import type { RegisterProblem } from "../register/RegisterProblem";
import { SETTING_SPECS, SETTINGS_COLUMNS, SETTINGS_LABELS } from "../register/settingsColumns";
import type { Cents } from "../money/cents";
import { CellProblem } from "../tables/CellProblem";
import { cellText, isEmptyCell } from "../tables/cellText";
import { readAmount } from "../tables/readAmount";
import { readText } from "../tables/readText";
import { normalizeKey } from "../text/normalizeKey";

/**
 * How contributions are called (RULES.md §2 and §5): a tariff per pupil (the schedule, the
 * default) or the sharing of the net charges of the school year in proportion to pupils.
 *
 * @example
 * const method: CallMethod = "sharing";
 */
export type CallMethod = "schedule" | "sharing";

/**
 * The words accepted in the "Mode d'appel" setting, normalized.
 *
 * @example
 * CALL_METHOD_WORDS["partage-des-charges-nettes"]; // "sharing"
 */
export const CALL_METHOD_WORDS: Readonly<Record<string, CallMethod>> = {
  bareme: "schedule",
  tarif: "schedule",
  ctaf: "schedule",
  "bareme-par-eleve": "schedule",
  "tarif-par-eleve": "schedule",
  partage: "sharing",
  "charges-nettes": "sharing",
  "partage-des-charges": "sharing",
  "partage-des-charges-nettes": "sharing",
  "repartition-des-charges-nettes": "sharing",
};

/** Where a setting's value is in the Paramètres table. */
export interface SettingCell {
  readonly row: number;
  readonly column: string;
  readonly value: string;
}

/**
 * The sharing settings of the Paramètres table.
 *
 * @example
 * readSharingSettings(rows).method; // "sharing"
 */
export interface SharingSettings {
  readonly method: CallMethod;
  /** FEDER obtained for the school year, in cents (0 when not given). */
  readonly federCents: Cents;
  /** Where the FEDER is, or null when the table has no such row. */
  readonly federCell: SettingCell | null;
  /** Problems of these two settings (a method not understood, a FEDER that does not read). */
  readonly problems: readonly RegisterProblem[];
}

const TABLE = REGISTER_TABLES.settings;
const specOf = (key: "callMethod" | "sharingFeder") => {
  const spec = SETTING_SPECS.find((s) => s.key === key);
  if (!spec) throw new Error(`Paramètre ${key} non déclaré`);
  return spec;
};

/**
 * Reads, in the Paramètres table, the call method ("Mode d'appel": "barème", the default, or
 * "partage des charges nettes") and the FEDER obtained for the school year ("FEDER obtenu", an
 * amount). The rest of the table is readSettings' (which also reports a key given twice). A
 * method not understood is an error at its cell; so is a FEDER that is not an amount. Without a
 * FEDER row, or with a blank one, under the sharing method nothing is deducted, and a warning
 * says so; a FEDER given under the tariff schedule is not deducted, and a warning says so too.
 *
 * @param rows - the Paramètres table's values, header row first; undefined when there is none
 * @returns the method, the FEDER and the problems
 * @example
 * readSharingSettings([["Paramètre", "Valeur"], ["Mode d'appel", "partage"], ["FEDER obtenu", 30000]]).federCents; // 3000000
 */
export function readSharingSettings(
  rows: readonly (readonly unknown[])[] | undefined
): SharingSettings {
  const none: SharingSettings = {
    method: "schedule",
    federCents: 0,
    federCell: null,
    problems: [],
  };
  if (!rows) return none;
  const read = readRegisterTable(TABLE, rows, SETTINGS_COLUMNS, (r) => ({
    row: r.row,
    key: normalizeKey(r.read("key", readText, "")),
    value: r.read("value", (cell) => cell, null as unknown),
  }));
  if (!read.readable) return none;
  const column = read.headers.value ?? SETTINGS_LABELS.value;
  const find = (key: "callMethod" | "sharingFeder") =>
    read.items.find((item) => specOf(key).names.includes(item.key));
  const problems: RegisterProblem[] = [];
  const methodRow = find("callMethod");
  let method: CallMethod = "schedule";
  if (methodRow && !isEmptyCell(methodRow.value)) {
    const word = CALL_METHOD_WORDS[normalizeKey(cellText(methodRow.value))];
    if (word === undefined) {
      problems.push(
        registerError({
          table: TABLE,
          row: methodRow.row,
          column,
          value: cellText(methodRow.value),
          message:
            "mode d'appel inconnu : écrivez « barème » (tarif par élève, par défaut) ou « partage des charges nettes » (charges nettes partagées au prorata des élèves, RULES.md §5).",
        })
      );
    } else method = word;
  }
  const federRow = find("sharingFeder");
  const federCell = federRow
    ? { row: federRow.row, column, value: cellText(federRow.value) }
    : null;
  let federCents = 0;
  // A method not understood: read the FEDER as the sharing would, to report it at once.
  const schedule = method === "schedule" && problems.length === 0;
  if (federRow && !isEmptyCell(federRow.value) && schedule) {
    problems.push(
      registerWarning({
        table: TABLE,
        row: federRow.row,
        column,
        value: cellText(federRow.value),
        message:
          "« FEDER obtenu » ne sert qu'au partage des charges nettes (Mode d'appel) : au barème, il n'est pas déduit. Pour déduire le FEDER d'un membre au barème, écrivez feder=… dans ses options.",
      })
    );
  } else if (federRow && !isEmptyCell(federRow.value)) {
    try {
      federCents = readAmount(federRow.value);
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      problems.push(
        registerError({
          table: TABLE,
          row: federRow.row,
          column,
          value: cellText(federRow.value),
          message: `FEDER obtenu : ${error.message}`,
        })
      );
    }
  } else if (method === "sharing") {
    problems.push(
      registerWarning({
        table: TABLE,
        row: federRow?.row ?? 1,
        column: federRow ? column : (read.headers.key ?? SETTINGS_LABELS.key),
        value: federRow ? "" : "FEDER obtenu",
        message:
          "aucun FEDER obtenu n'est indiqué pour l'année scolaire : rien n'est déduit des charges. Ajoutez la ligne « FEDER obtenu » avec le montant (0 s'il n'y en a pas).",
      })
    );
  }
  return { method, federCents, federCell, problems };
}
