/**
 * "les N membres en exercice", as messages compare counts with them; "le seul membre en exercice"
 * when there is one.
 *
 * @param count - members in office
 * @returns the words, with their article
 * @example
 * membersInOfficeText(22); // "les 22 membres en exercice"
 * membersInOfficeText(1); // "le seul membre en exercice"
 */
export function membersInOfficeText(count: number): string {
  return count === 1 ? "le seul membre en exercice" : `les ${count} membres en exercice`;
}
