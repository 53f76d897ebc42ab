/** A parameter of a custom function, as described in functions.json. */
export interface CatalogParameter {
  readonly name: string;
  readonly description: string;
  readonly optional: boolean;
}

/** A custom function, as described in functions.json. */
export interface CatalogFunction {
  readonly name: string;
  readonly description: string;
  readonly parameters: readonly CatalogParameter[];
}

interface RawParameter {
  name?: unknown;
  description?: unknown;
  optional?: unknown;
}

interface RawFunction {
  name?: unknown;
  description?: unknown;
  parameters?: unknown;
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/**
 * Reads the list of functions from custom-functions metadata (functions.json), the same file
 * Excel reads, so the pane never describes functions differently from Excel.
 *
 * @param metadata - the parsed JSON
 * @returns the functions, in file order
 * @throws Error when the JSON has no functions list
 * @example
 * parseFunctionCatalog({ functions: [{ name: "CONTRIB", description: "…", parameters: [] }] })[0]?.name; // "CONTRIB"
 */
export function parseFunctionCatalog(metadata: unknown): CatalogFunction[] {
  const functions = (metadata as { functions?: unknown } | null)?.functions;
  if (!Array.isArray(functions)) throw new Error("functions.json sans liste de fonctions");
  return (functions as RawFunction[]).map((fn) => ({
    name: text(fn.name),
    description: text(fn.description),
    parameters: (Array.isArray(fn.parameters) ? (fn.parameters as RawParameter[]) : []).map(
      (p) => ({
        name: text(p.name),
        description: text(p.description),
        optional: p.optional === true,
      })
    ),
  }));
}
