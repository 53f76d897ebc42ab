const NO_BREAK_SPACE = "\u00a0";

/**
 * Writes a percentage given as an exact fraction of the whole the French way: a decimal comma
 * and a no-break space before "%", with as many decimals as the fraction holds (the decimals
 * typed are kept, "12,50 %" stays so).
 *
 * @param numerator - a whole number ≥ 0
 * @param denominator - 100 times a power of ten (100, 1 000, 10 000…)
 * @returns e.g. "12,5 %" (with a no-break space)
 * @throws RangeError when the denominator is not 100 times a power of ten
 * @example
 * frenchPercent(125, 1000); // "12,5 %"
 * frenchPercent(20, 100); // "20 %"
 */
export function frenchPercent(numerator: number, denominator: number): string {
  const zeros = /^10{2,}$/.exec(String(denominator));
  if (!zeros) throw new RangeError(`not a percentage denominator: ${denominator}`);
  const decimals = String(denominator).length - 3;
  const digits = String(numerator).padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = decimals === 0 ? "" : `,${digits.slice(digits.length - decimals)}`;
  return `${whole}${fraction}${NO_BREAK_SPACE}%`;
}
