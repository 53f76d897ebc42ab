import { isDomainError } from "../domain/errors/DomainError";

/**
 * The error thrown to callers outside Excel (Node tools, the command line), where the
 * CustomFunctions runtime does not exist. It carries the same French message and the code
 * Excel would show.
 */
export class ExcelValueError extends Error {
  /** The Excel error code the message goes with. */
  readonly code = "#VALUE!";

  /**
   * @param message - French message for users
   */
  constructor(message: string) {
    super(message);
    this.name = "ExcelValueError";
  }
}

/**
 * Turns anything thrown by the domain into the error a custom function throws: a
 * `CustomFunctions.Error` with code invalidValue (#VALUE!) and the French message, so a cell never
 * shows a bare #VALUE!. An unexpected error keeps its text, prefixed so users can report it.
 *
 * @param error - what was caught
 * @returns the error to throw
 * @example
 * throw toExcelError(new DomainError("invalid-year", "Aucun barème pour 2018 …"));
 */
export function toExcelError(error: unknown): CustomFunctions.Error | ExcelValueError {
  const message = isDomainError(error)
    ? error.message
    : `Erreur inattendue dans le complément ENT : ${error instanceof Error ? error.message : String(error)}`;
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function") {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
  return new ExcelValueError(message);
}

/**
 * Runs the body of a custom function and converts whatever it throws with {@link toExcelError}.
 *
 * @param body - the function's work
 * @returns what the body returns
 * @throws CustomFunctions.Error (or ExcelValueError outside Excel) with a French message
 * @example
 * return guard(() => centsToEuros(computeTotal()));
 */
export function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw toExcelError(error);
  }
}
