import { DomainError } from "../errors/DomainError";
import type { Cents } from "../money/cents";
import { eurosToCents, parseEurosText } from "../money/parseEuros";
import { cutEcho, frenchNumber, quoteEcho } from "../text/echoValue";
import { deWord } from "../text/frenchText";
import { normalizeKey } from "../text/normalizeKey";
import type { OptionValue, RawOption } from "./parseOptions";

const TRUE_WORDS = new Set(["oui", "vrai", "true", "1", "x"]);
const FALSE_WORDS = new Set(["non", "faux", "false", "0"]);
const WHOLE = /^\d+$/;
const PERCENT = /^(\d{1,3})(?:[.,](\d{1,6}))?\s*%$/;

/** The value as a message repeats it: cut (cutEcho), numbers in French form. */
function shown(value: OptionValue): string {
  if (value.kind === "text") return cutEcho(value.text);
  if (value.kind === "number") return frenchNumber(value.value);
  if (value.kind === "boolean") return value.value ? "VRAI" : "FAUX";
  return "";
}

/**
 * Reads an on/off option: a bare keyword, or a value oui/non, vrai/faux, 1/0.
 *
 * @param option - the option
 * @returns whether the option is on
 * @throws DomainError for any other value
 * @example
 * readFlag({ key: "mobile", typed: "mobile", value: { kind: "none" } }); // true
 */
export function readFlag(option: RawOption): boolean {
  const { value } = option;
  if (value.kind === "none") return true;
  if (value.kind === "boolean") return value.value;
  const word = value.kind === "number" ? String(value.value) : normalizeKey(value.text);
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  throw new DomainError(
    "invalid-option-value",
    `Option ${quoteEcho(option.typed)} : « ${shown(value)} » n'est pas accepté ; écrivez ${option.typed} seul, ou ${option.typed}=oui / ${option.typed}=non.`
  );
}

/**
 * Reads a quantity option (audit=N, demi-journees=N, mois=N): a whole number ≥ 0.
 *
 * @param option - the option
 * @param unit - what is counted, in French, for the message ("écoles")
 * @param expected - what the message asks for, when it is not any whole number ≥ 0
 * @returns the quantity
 * @throws DomainError when absent, negative or not whole
 * @example
 * readQuantity({ key: "audit", typed: "audit", value: { kind: "text", text: "3" } }, "écoles"); // 3
 */
export function readQuantity(
  option: RawOption,
  unit: string,
  expected = `un nombre entier positif ou nul ${deWord(unit)}`
): number {
  const { value } = option;
  const number =
    value.kind === "number"
      ? value.value
      : value.kind === "text" && WHOLE.test(value.text)
        ? Number(value.text)
        : NaN;
  if (!Number.isSafeInteger(number) || number < 0) {
    const given = value.kind === "none" ? "aucune valeur" : `« ${shown(value)} »`;
    throw new DomainError(
      "invalid-option-value",
      `Option ${quoteEcho(option.typed)} : il faut ${expected} (${option.key}=N), reçu ${given}.`
    );
  }
  return number;
}

/**
 * Reads an amount option (subvention=M, formation=M…): euros ≥ 0, at most two decimals, with a
 * decimal comma or point.
 *
 * @param option - the option
 * @returns the amount in cents
 * @throws DomainError when absent, negative or not an amount
 * @example
 * readAmountOption({ key: "subvention", typed: "subvention", value: { kind: "text", text: "571,70" } }); // 57170
 */
export function readAmountOption(option: RawOption): Cents {
  const { value } = option;
  const what = `Option ${quoteEcho(option.typed)}`;
  if (value.kind !== "text" && value.kind !== "number") {
    throw new DomainError(
      "invalid-option-value",
      `${what} : il faut un montant en euros (${option.key}=M, par exemple ${option.key}=571,70).`
    );
  }
  const cents =
    value.kind === "number" ? eurosToCents(value.value, what) : parseEurosText(value.text, what);
  if (cents < 0) {
    throw new DomainError(
      "invalid-option-value",
      `${what} : le montant doit être positif ou nul (reçu « ${shown(value)} »).`
    );
  }
  return cents;
}

/** A percentage as an exact fraction: numerator / denominator of the whole. */
export interface Percentage {
  /** Safe integer ≥ 0. */
  readonly numerator: number;
  /** Positive safe integer, a power of ten times 100. */
  readonly denominator: number;
  /** As typed, for the breakdown. */
  readonly text: string;
}

/**
 * Reads a percentage written with a % sign ("20 %", "12,5%"), between 0 and 100.
 *
 * @param option - the option
 * @returns the exact fraction, or null when the value is not written as a percentage
 * @throws DomainError when above 100 %
 * @example
 * readPercentage({ key: "feder", typed: "feder", value: { kind: "text", text: "12,5%" } })?.denominator; // 1000
 */
export function readPercentage(option: RawOption): Percentage | null {
  if (option.value.kind !== "text") return null;
  const match = PERCENT.exec(option.value.text.replace(/\s+/g, " "));
  if (!match) return null;
  const [, whole = "0", decimals = ""] = match;
  const numerator = Number(whole + decimals);
  const denominator = 100 * 10 ** decimals.length;
  if (!Number.isSafeInteger(denominator) || numerator > denominator) {
    throw new DomainError(
      "invalid-option-value",
      `Option « ${option.typed} » : ${option.value.text} dépasse 100 %.`
    );
  }
  return { numerator, denominator, text: option.value.text };
}
