import { DomainError } from "../../domain/errors/DomainError";
import {
  parseOptionsRange,
  parseOptionsText,
  type RawOption,
} from "../../domain/options/parseOptions";
import { quotedValue } from "../../domain/text/echoValue";
import { isOmittedMatrix, singleCell } from "./readMatrix";

/**
 * Reads the options argument: omitted, a text ("accompagnement; demi-journees=2"), or a
 * two-column range (key, value).
 *
 * @param matrix - the argument as Excel passes it (a text arrives as a 1×1 matrix)
 * @returns the options, not yet checked against a schedule
 * @throws DomainError for a malformed text or range
 * @example
 * readOptions([["accompagnement"]]).length; // 1
 */
export function readOptions(matrix: unknown[][] | null | undefined): RawOption[] {
  if (isOmittedMatrix(matrix)) return [];
  const cell = singleCell(matrix);
  if (typeof cell === "string") return parseOptionsText(cell);
  if (cell !== undefined) {
    throw new DomainError(
      "invalid-option-value",
      `options : ${quotedValue(cell)} n'est pas une liste d'options ; écrivez par exemple "accompagnement; demi-journees=2", ou donnez une plage de deux colonnes (clé, valeur).`
    );
  }
  return parseOptionsRange(matrix);
}

/**
 * A key that identifies an options argument for caching, or null when it should not be cached
 * (a range, which can hold anything).
 *
 * @param matrix - the argument
 * @returns the text of the options, "" when omitted, or null
 * @example
 * optionsCacheKey([["mobile"]]); // "mobile"
 */
export function optionsCacheKey(matrix: unknown[][] | null | undefined): string | null {
  if (isOmittedMatrix(matrix)) return "";
  const cell = singleCell(matrix);
  return typeof cell === "string" ? cell : null;
}
