const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Civilities the register writes before names; they do not tell delegates apart. */
const CIVILITIES = new Set(["m", "mme", "mr", "mlle", "monsieur", "madame", "mademoiselle"]);

/**
 * The words of a name that identify a person: no accents, lower case, split on anything that is
 * not a letter or digit, civilities dropped.
 *
 * @param name - a name as written
 * @returns its words
 * @example
 * nameWords("Mme Bénédicte MESSEANNE-GROBELNY"); // ["benedicte", "messeanne", "grobelny"]
 */
export function nameWords(name: string): string[] {
  return name
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "" && !CIVILITIES.has(word));
}

/** Who a name designates among the delegates: one index, none, or several (ambiguous). */
export type DelegateMatch =
  | { readonly kind: "one"; readonly index: number }
  | { readonly kind: "none" }
  | { readonly kind: "several"; readonly indexes: readonly number[] };

/**
 * Finds the delegate a proxy names. The register names the holder with a civility and the
 * surname ("Pouvoir à : M. MONNET") while the list gives the full name ("M. Luc MONNET"), so a
 * name designates the delegate whose words are exactly its words or else the delegates whose
 * names contain all its words; it must designate exactly one.
 *
 * @param name - the name in the "proxy given to" column
 * @param delegates - the delegates' names, in table order
 * @returns the one delegate, none, or the several it could be
 * @example
 * matchDelegate("M. MONNET", ["M. Grégory BARTHOLOMEUS", "M. Luc MONNET"]); // { kind: "one", index: 1 }
 */
export function matchDelegate(name: string, delegates: readonly string[]): DelegateMatch {
  const wanted = nameWords(name);
  if (wanted.length === 0) return { kind: "none" };
  const words = delegates.map(nameWords);
  const exact = words.flatMap((candidate, index) =>
    candidate.join(" ") === wanted.join(" ") ? [index] : []
  );
  const found =
    exact.length > 0
      ? exact
      : words.flatMap((candidate, index) =>
          wanted.every((word) => candidate.includes(word)) ? [index] : []
        );
  const [first] = found;
  if (first === undefined) return { kind: "none" };
  return found.length === 1 ? { kind: "one", index: first } : { kind: "several", indexes: found };
}
