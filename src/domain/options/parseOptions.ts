import { quoteEcho } from "../text/echoValue";
import { DomainError } from "../errors/DomainError";
import { normalizeKey } from "../text/normalizeKey";

/** The value given to an option: none (a bare keyword), a text, a number or a boolean. */
export type OptionValue =
  | { readonly kind: "none" }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean };

/** One option as given by the user, before it is checked against a schedule. */
export interface RawOption {
  /** Normalized key (no accents, lower case). */
  readonly key: string;
  /** The key as typed, for messages. */
  readonly typed: string;
  /** The value given. */
  readonly value: OptionValue;
}

const NONE: OptionValue = { kind: "none" };
/** `;` always separates; `,` separates unless it stands between two digits (a decimal comma). */
const SEPARATOR = /;|(?<!\d),|,(?!\d)/;

function textOption(part: string): RawOption {
  const equals = part.indexOf("=");
  const typed = (equals < 0 ? part : part.slice(0, equals)).trim();
  const valueText = equals < 0 ? "" : part.slice(equals + 1).trim();
  if (typed === "") {
    throw new DomainError(
      "unknown-option",
      `Option sans nom : ${quoteEcho(part.trim())}. Écrivez mot-clé ou mot-clé=valeur.`
    );
  }
  if (equals >= 0 && valueText === "") {
    throw new DomainError(
      "invalid-option-value",
      `Option ${quoteEcho(typed)} : la valeur après « = » est vide.`
    );
  }
  return {
    key: normalizeKey(typed),
    typed,
    value: equals < 0 ? NONE : { kind: "text", text: valueText },
  };
}

/**
 * Reads options written as text: keywords and key=value pairs separated by `;` or `,`. A comma
 * between two digits is a decimal comma, so "subvention=571,70; accompagnement" reads as two
 * options. Keys are matched ignoring case and accents.
 *
 * @param text - the options cell
 * @returns the options in the order typed
 * @throws DomainError for an option with no name or an empty value
 * @example
 * parseOptionsText("Demi-journées=2, accompagnement").map((o) => o.key); // ["demi-journees", "accompagnement"]
 */
export function parseOptionsText(text: string): RawOption[] {
  return text
    .split(SEPARATOR)
    .filter((part) => part.trim() !== "")
    .map(textOption);
}

function cellValue(cell: unknown): OptionValue {
  if (typeof cell === "number") return { kind: "number", value: cell };
  if (typeof cell === "boolean") return { kind: "boolean", value: cell };
  if (typeof cell === "string" && cell.trim() !== "") return { kind: "text", text: cell.trim() };
  return NONE;
}

/**
 * Reads options given as a two-column range: key in the first column, value in the second
 * (empty for a bare keyword). Rows whose key is empty are skipped.
 *
 * @param rows - the range's values, as Excel passes them
 * @returns the options in row order
 * @throws DomainError when the range does not have two columns or a key is not text
 * @example
 * parseOptionsRange([["accompagnement", ""], ["demi-journées", 2]]).length; // 2
 */
export function parseOptionsRange(rows: readonly (readonly unknown[])[]): RawOption[] {
  const options: RawOption[] = [];
  rows.forEach((row, index) => {
    if (row.length !== 2) {
      throw new DomainError(
        "invalid-option-value",
        `Les options en plage doivent tenir sur deux colonnes (clé, valeur) ; la plage en a ${row.length}.`
      );
    }
    const [key, value] = row;
    if (key === null || key === undefined || key === "") return;
    if (typeof key !== "string") {
      throw new DomainError(
        "unknown-option",
        `Options, ligne ${index + 1} : la clé ${String(key)} doit être un mot-clé (texte), par exemple accompagnement.`
      );
    }
    if (key.trim() === "") return;
    options.push({ key: normalizeKey(key), typed: key.trim(), value: cellValue(value) });
  });
  return options;
}
