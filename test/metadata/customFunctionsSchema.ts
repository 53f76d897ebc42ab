import Ajv from "ajv";
import { readFileSync } from "node:fs";
import { join } from "node:path";

// The JSON schema of functions.json (vendored in scripts/manifest/schemas/, see its README),
// compiled once with ajv. Not a test file itself: functionsSchema.test.ts and the browser test of
// the build use it.

/** The vendored custom functions metadata schema (JSON schema draft-07). */
export const CUSTOM_FUNCTIONS_SCHEMA = join(
  __dirname,
  "..",
  "..",
  "scripts",
  "manifest",
  "schemas",
  "custom-functions.schema.json"
);

// allowUnionTypes: the schema types `optional` as ["boolean", "null"], which strict mode refuses.
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(
  JSON.parse(readFileSync(CUSTOM_FUNCTIONS_SCHEMA, "utf8")) as object
);

/**
 * What the schema says against a metadata object, one line per error.
 *
 * @param metadata - parsed functions.json (or any value)
 * @returns the errors as `<JSON pointer> <ajv message>`; empty when the metadata is valid
 * @example
 * schemaErrors({ functions: [{ name: "CONTRIB", parameters: [], result: {} }] });
 * // ["/functions/0 must have required property 'id'"]
 */
export function schemaErrors(metadata: unknown): string[] {
  if (validate(metadata)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message}`);
}
