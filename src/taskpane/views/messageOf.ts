/**
 * The message of anything thrown, to show it.
 *
 * @param error - what was thrown
 * @returns its message, or its text when it is not an Error
 * @example
 * messageOf(new Error("Classeur fermé")); // "Classeur fermé"
 */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
