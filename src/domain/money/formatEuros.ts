import { groupDigits, NO_BREAK_SPACE } from "../text/frenchText";
import type { Cents } from "./cents";

/**
 * Formats cents the French way, with a no-break space between thousands and before the euro
 * sign. Hand-written rather than Intl.NumberFormat, whose narrow no-break space (U+202F) breaks
 * WinAnsi PDF fonts and varies between engines.
 *
 * @param cents - amount in cents
 * @returns e.g. "1 571,70 €"
 * @example
 * formatEuros(157170); // "1 571,70 €"
 * formatEuros(-5); // "-0,05 €"
 */
export function formatEuros(cents: Cents): string {
  const sign = cents < 0 ? "-" : "";
  const absolute = Math.abs(cents);
  const euros = Math.trunc(absolute / 100);
  const rest = absolute - euros * 100;
  return `${sign}${groupDigits(euros)},${String(rest).padStart(2, "0")}${NO_BREAK_SPACE}€`;
}
