import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "path";
import english from "../../src/functions/metadata/en-US.json";
import { schemaErrors } from "./customFunctionsSchema";

// functions.json and functions.en-US.json, produced as the build produces them (the webpack
// plugin's generator, then the build's own localisation), against the custom functions JSON
// schema; and broken copies, which the schema must reject.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS build helper shared with webpack.config.js
const { localizeMetadata } = require("../../scripts/metadata/localizeMetadata.cjs") as {
  localizeMetadata: (french: Metadata, texts: unknown) => Metadata;
};

interface Metadata {
  functions: Record<string, unknown>[];
}

let french: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    path.resolve(__dirname, "../../src/functions/functions.ts")
  );
  expect(result.errors).toEqual([]);
  french = JSON.parse(result.metadataJson) as Metadata;
});

/** A deep copy of the French metadata, changed by `edit`. */
function broken(edit: (copy: Metadata) => void): Metadata {
  const copy = structuredClone(french);
  edit(copy);
  return copy;
}

/** The first function of a metadata copy, typed loosely for editing. */
const firstFunction = (metadata: Metadata): Record<string, unknown> =>
  metadata.functions[0] as Record<string, unknown>;

/** The first parameter of the first function. */
const firstParameter = (metadata: Metadata): Record<string, unknown> =>
  (firstFunction(metadata).parameters as Record<string, unknown>[])[0] as Record<string, unknown>;

describe("the custom functions metadata against its JSON schema", () => {
  test("functions.json (French) is valid", () => {
    expect(french.functions).toHaveLength(13);
    expect(schemaErrors(french)).toEqual([]);
  });

  test("functions.en-US.json (English) is valid", () => {
    expect(schemaErrors(localizeMetadata(french, english))).toEqual([]);
  });

  test.each([
    [
      "a function without id",
      (m: Metadata) => delete firstFunction(m).id,
      "/functions/0 must have required property 'id'",
    ],
    [
      "a parameter of a type custom functions do not have (integer)",
      (m: Metadata) => (firstParameter(m).type = "integer"),
      "/functions/0/parameters/0/type must be equal to one of the allowed values",
    ],
    [
      "a result of a type custom functions do not have (date)",
      (m: Metadata) => ((firstFunction(m).result as Record<string, unknown>).type = "date"),
      "/functions/0/result/type must be equal to one of the allowed values",
    ],
    [
      "a dimensionality other than scalar or matrix",
      (m: Metadata) => (firstParameter(m).dimensionality = "vector"),
      "/functions/0/parameters/0/dimensionality must be equal to one of the allowed values",
    ],
    [
      "a function name with a space",
      (m: Metadata) => (firstFunction(m).name = "CONTRIB TOTAL"),
      '/functions/0/name must match pattern "^[\\p{L}][\\p{L}0-9._]*$"',
    ],
    [
      "a property the format does not know (helpURL)",
      (m: Metadata) => (firstFunction(m).helpURL = "https://example.invalid/"),
      "/functions/0 must NOT have additional properties",
    ],
    [
      "no function at all",
      (m: Metadata) => (m.functions = []),
      "/functions must NOT have fewer than 1 items",
    ],
  ])("rejects %s", (_name, edit, error) => {
    expect(schemaErrors(broken(edit))).toContain(error);
  });
});
