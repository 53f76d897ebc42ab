/**
 * Why a cell could not be read: empty where a value is required, a value beyond what can be
 * counted exactly, or any other value that is not what the reader expects.
 *
 * @example
 * const reason: CellProblemReason = "missing";
 */
export type CellProblemReason = "missing" | "too-large" | "invalid";

/**
 * A cell that cannot be read; the message (French) says what is expected. The readers of
 * src/domain/tables throw it; the row reader (readTable) records it with its table, row, column
 * and value, and a caller with its own wording (a function argument) rewrites it from `reason`.
 *
 * @example
 * throw new CellProblem("valeur obligatoire.", "missing");
 */
export class CellProblem extends Error {
  /** Why the cell could not be read. */
  readonly reason: CellProblemReason;

  /**
   * @param message - what is expected, in French
   * @param reason - why the cell could not be read ("invalid" unless said)
   * @param cause - the error the reader met, if any (a DomainError of the money parser)
   */
  constructor(message: string, reason: CellProblemReason = "invalid", cause?: unknown) {
    super(message);
    this.name = "CellProblem";
    this.reason = reason;
    // Set here rather than through Error's options, which older Excel JavaScript engines ignore.
    if (cause !== undefined) this.cause = cause;
  }
}
