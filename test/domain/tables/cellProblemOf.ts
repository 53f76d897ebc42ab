import { CellProblem } from "../../../src/domain/tables/CellProblem";

/**
 * Runs a cell reader that must refuse its cell and returns the CellProblem it threw, so a test can
 * check its message and reason. Fails the test when nothing is thrown or something else is.
 *
 * @param run - the call expected to fail
 * @returns the CellProblem thrown
 */
export function cellProblemOf(run: () => unknown): CellProblem {
  try {
    run();
  } catch (error) {
    if (error instanceof CellProblem) return error;
    throw new Error(`expected a CellProblem, got ${String(error)}`);
  }
  throw new Error("expected a CellProblem, nothing was thrown");
}
