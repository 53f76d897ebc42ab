/**
 * Tells whether an optional matrix argument was left out: Excel passes null for an omitted
 * optional argument, and a 1×1 matrix holding an empty value for an empty cell.
 *
 * @param matrix - the argument
 * @returns true when nothing was given
 * @example
 * isOmittedMatrix(null); // true
 * isOmittedMatrix([[""]]); // true
 */
export function isOmittedMatrix(
  matrix: unknown[][] | null | undefined
): matrix is null | undefined {
  if (matrix === null || matrix === undefined || matrix.length === 0) return true;
  if (matrix.length !== 1 || matrix[0]?.length !== 1) return false;
  const cell = matrix[0][0];
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * Returns the single value of a 1×1 matrix, or undefined for a larger one.
 *
 * @param matrix - the argument
 * @returns the value of its only cell
 * @example
 * singleCell([["accompagnement"]]); // "accompagnement"
 */
export function singleCell(matrix: unknown[][]): unknown {
  return matrix.length === 1 && matrix[0]?.length === 1 ? matrix[0][0] : undefined;
}
