/**
 * Column letters of a zero-based column index.
 *
 * @param index - 0 for A
 * @returns e.g. "A", "Z", "AA"
 * @example
 * columnLetters(27); // "AB"
 */
export function columnLetters(index: number): string {
  let letters = "";
  let rest = index + 1;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/**
 * A1-style address of a block from A1.
 *
 * @param rowCount - rows, at least 1
 * @param columnCount - columns, at least 1
 * @returns e.g. "A1:F30"
 * @example
 * blockAddress(30, 6); // "A1:F30"
 */
export function blockAddress(rowCount: number, columnCount: number): string {
  return `A1:${columnLetters(columnCount - 1)}${rowCount}`;
}
