import Decimal from "decimal.js";
import { DomainError } from "../../domain/errors/DomainError";
import { quotedValue } from "../../domain/text/echoValue";

/**
 * Reads the weights of an allocation from a one-column range. Decimal weights are scaled to
 * exact integers through their decimal form (decimal.js), so 0,5 and 1,25 keep their exact
 * ratio. An empty cell is an error, not a zero.
 *
 * @param matrix - the range as Excel passes it
 * @returns one integer weight per row
 * @throws DomainError for a range wider than one column, an empty cell, a negative or non-numeric weight
 * @example
 * readWeights([[3], [2], [2]]); // [3n, 2n, 2n]
 */
export function readWeights(matrix: unknown[][] | null | undefined): bigint[] {
  if (!matrix || matrix.length === 0) {
    throw new DomainError("missing-value", "effectifs manquants : donnez une colonne d'effectifs.");
  }
  const values = matrix.map((row, index) => {
    if (row.length !== 1) {
      throw new DomainError(
        "invalid-allocation",
        `effectifs : une seule colonne est attendue, la plage en a ${row.length}.`
      );
    }
    const cell = row[0];
    if (typeof cell !== "number" || !Number.isFinite(cell) || cell < 0) {
      const shown = cell === null || cell === undefined || cell === "" ? "vide" : quotedValue(cell);
      throw new DomainError(
        "invalid-allocation",
        `effectifs, ligne ${index + 1} : ${shown} ; un effectif positif ou nul est attendu.`
      );
    }
    return new Decimal(cell);
  });
  const places = Math.max(...values.map((value) => value.decimalPlaces()));
  const scale = new Decimal(10).pow(places);
  return values.map((value) => BigInt(value.times(scale).toFixed(0)));
}
