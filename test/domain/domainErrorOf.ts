import { DomainError } from "../../src/domain/errors/DomainError";

/**
 * Runs a function that must throw a DomainError and returns that error, so a test can check its
 * code and its message. Fails the test when nothing is thrown or something else is.
 *
 * @param run - the call expected to fail
 * @returns the DomainError thrown
 */
export function domainErrorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw new Error(`expected a DomainError, got ${String(error)}`);
  }
  throw new Error("expected a DomainError, nothing was thrown");
}
