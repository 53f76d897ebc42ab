/**
 * Machine-readable kinds of domain errors. The message carries the French text for users;
 * the code lets callers (tests, the task pane) react without parsing text.
 */
export type DomainErrorCode =
  | "missing-value"
  | "invalid-number"
  | "invalid-year"
  | "no-schedule"
  | "unknown-option"
  | "option-not-in-schedule"
  | "invalid-option-value"
  | "duplicate-option"
  | "deductions-exceed-gross"
  | "invalid-schedule-table"
  | "invalid-allocation"
  | "invalid-identifier"
  | "unknown-component"
  | "invalid-date"
  | "unknown-rule"
  | "inconsistent-counts"
  | "casting-vote-needed"
  | "invalid-vote"
  | "invalid-attendance";

/**
 * The one error type thrown by the domain. Its message is French, says what is wrong and what
 * is expected, and is shown as is to users (Excel cells, task pane).
 *
 * @example
 * throw new DomainError("invalid-year", "Aucun barème pour 2018 : le premier s'applique à partir de 2019.");
 */
export class DomainError extends Error {
  /** Kind of error, stable across wording changes. */
  readonly code: DomainErrorCode;

  /**
   * @param code - kind of error
   * @param message - French message for users
   */
  constructor(code: DomainErrorCode, message: string) {
    super(message);
    this.name = "DomainError";
    this.code = code;
  }
}

/**
 * Tells whether a value is a {@link DomainError}.
 *
 * @param value - anything caught
 * @returns true for a domain error
 * @example
 * isDomainError(new DomainError("missing-value", "…")); // true
 */
export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
