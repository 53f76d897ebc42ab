/**
 * Tells whether a pupil count moved by more than 20 % from last year's, in exact integer
 * arithmetic: |now − before| × 5 > before. Exactly 20 % is not more than 20 %.
 *
 * @param now - pupils this year
 * @param before - pupils on last year's statement
 * @returns true when the change exceeds 20 %
 * @example
 * movedMoreThanAFifth(1200, 1000); // false (exactly +20 %)
 * movedMoreThanAFifth(1201, 1000); // true
 */
export function movedMoreThanAFifth(now: number, before: number): boolean {
  return Math.abs(now - before) * 5 > before;
}

/**
 * Writes a change as a signed percentage with one decimal, the French way, rounded half away
 * from zero in integer arithmetic.
 *
 * @param now - pupils this year
 * @param before - pupils on last year's statement
 * @returns e.g. "+25,0 %", "-21,0 %", or "hausse depuis zéro"
 * @example
 * changeText(1512, 1209); // "+25,1 %"
 */
export function changeText(now: number, before: number): string {
  if (before === 0) return "hausse depuis zéro";
  const difference = Math.abs(now - before);
  const tenths = Math.floor((difference * 2000 + before) / (2 * before));
  const sign = now < before ? "-" : "+";
  return `${sign}${Math.floor(tenths / 10)},${tenths % 10} %`;
}
