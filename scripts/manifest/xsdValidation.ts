import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";
import type { ManifestProblem } from "./problems";

// The manifest against Microsoft's XSD, offline and alike on every machine: libxml2 compiled to
// WebAssembly (xmllint-wasm, no native build, no system xmllint) and the XSD files vendored in
// schemas/office-manifest/ (see schemas/README.md). The project's own rules (checkManifest.ts)
// catch what no XSD can; this catches what they do not look at (element order, enumerations,
// lengths, required children, namespaces).

/** Folder of the vendored XSD files of the add-in only manifest. */
export const OFFICE_XSD_DIR = join(__dirname, "schemas", "office-manifest");

/** Root of the schema set; every other `.xsd` file of the folder is one it imports. */
export const OFFICE_XSD_ROOT = "OfficeAppManifestV1_1.xsd";

/** French lead-in of every schema message; libxml2's English message, the precise one, follows. */
export const XSD_LEAD = "schéma XSD de Microsoft : ";

/** Name of the i-th manifest inside xmllint's in-memory file system, as its output names it. */
const documentName = (index: number): string => `manifest-${index}.xml`;

/** One located line of xmllint's output: `manifest-0.xml:38: <message>`. */
const LOCATED = /^manifest-(\d+)\.xml:(\d+): (.*)$/;

/** xmllint's last word on a document it validated: `manifest-0.xml validates`. */
const VALIDATES = /^manifest-(\d+)\.xml validates$/;

/**
 * The schema set: the root, then the files it imports (xmllint-wasm reads nothing from disk:
 * imported files must be preloaded into its in-memory file system under their schemaLocation).
 */
function schemaSet(dir: string): { schema: XMLFileInfo; preload: XMLFileInfo[] } {
  const read = (fileName: string): XMLFileInfo => ({
    fileName,
    contents: readFileSync(join(dir, fileName), "utf8"),
  });
  const imported = readdirSync(dir)
    .filter((name) => name.endsWith(".xsd") && name !== OFFICE_XSD_ROOT)
    .sort();
  return { schema: read(OFFICE_XSD_ROOT), preload: imported.map(read) };
}

/**
 * Turns one message of libxml2 into a problem: a schema error keeps libxml2's English text behind
 * the French lead-in; a well-formedness error that fast-xml-parser let through (an undefined
 * entity, an undeclared prefix) is reported as malformed XML.
 */
function problemOf(line: number, raw: string): ManifestProblem {
  // The native xmllint prefixes `element Name: `; the WebAssembly build does not.
  const message = raw.replace(/^element [^:]+: /, "");
  const parse = /^(?:parser|namespace) error : (.*)$/.exec(message);
  if (parse) {
    return { level: "error", code: "xml", message: `XML mal formé (libxml2) : ${parse[1]}`, line };
  }
  const text = message.replace(/^Schemas validity error : /, "");
  return { level: "error", code: "xsd", message: `${XSD_LEAD}${text}`, line };
}

/**
 * The problems of each document in xmllint's standard error output. A document with neither a
 * located message nor "validates" was not validated: it gets one "validation impossible" error
 * with the first line of the output (a schema that does not compile, a missing file…).
 */
function problemsOf(output: string, count: number): ManifestProblem[][] {
  const problems: ManifestProblem[][] = Array.from({ length: count }, () => []);
  const validated = new Set<number>();
  for (const raw of output.split("\n")) {
    const line = raw.trimEnd();
    const located = LOCATED.exec(line);
    if (located) {
      problems[Number(located[1])]?.push(problemOf(Number(located[2]), located[3] ?? ""));
    }
    const valid = VALIDATES.exec(line);
    if (valid) validated.add(Number(valid[1]));
  }
  const reason = output.trim().split("\n")[0] || "xmllint n'a rien dit";
  return problems.map((found, index) =>
    found.length > 0 || validated.has(index)
      ? found
      : [{ level: "error", code: "xsd", message: `${XSD_LEAD}validation impossible (${reason}).` }]
  );
}

/**
 * Validates manifests (XML texts) against Microsoft's XSD with libxml2 (WebAssembly), in one run
 * of xmllint, and returns for each one error per message of libxml2, with its line; an empty
 * array for a valid manifest. When the validation cannot run (schema folder missing, schema that
 * does not compile), a single error says so: a manifest is never declared valid unchecked.
 *
 * @param xmls - the manifest texts (UTF-8, as read from the files)
 * @param dir - folder of the XSD files, the vendored copy by default
 * @returns the problems of each manifest, in order, all of level "error" and code "xsd" (or
 *   "xml" for XML that libxml2 cannot parse)
 * @example
 * await checkManifestsXsd([manifest.replace("ReadWriteDocument", "ReadWriteWorkbook")]);
 * // [[{ level: "error", code: "xsd", line: 41, message: "schéma XSD de Microsoft : Element
 * //   '{http://schemas.microsoft.com/office/appforoffice/1.1}Permissions': [facet 'enumeration']
 * //   The value 'ReadWriteWorkbook' is not an element of the set {…}." }]]
 */
export async function checkManifestsXsd(
  xmls: readonly string[],
  dir = OFFICE_XSD_DIR
): Promise<ManifestProblem[][]> {
  if (xmls.length === 0) return [];
  let output: string;
  try {
    const result = await validateXML({
      xml: xmls.map((contents, index) => ({ fileName: documentName(index), contents })),
      ...schemaSet(dir),
    });
    if (result.valid) return xmls.map(() => []);
    output = result.rawOutput;
  } catch (error) {
    // xmllint-wasm rejects when xmllint exits with another code than 0, 3 or 4 (1 for some
    // parse errors, 5 for a schema that does not compile); the message is xmllint's stderr.
    output = error instanceof Error ? error.message : String(error);
  }
  return problemsOf(output, xmls.length);
}

/**
 * {@link checkManifestsXsd} for one manifest.
 *
 * @param xml - the manifest text
 * @param dir - folder of the XSD files, the vendored copy by default
 * @returns its problems; an empty array when it is valid
 * @example
 * await checkManifestXsd(readFileSync("manifest.xml", "utf8")); // []
 */
export async function checkManifestXsd(
  xml: string,
  dir = OFFICE_XSD_DIR
): Promise<ManifestProblem[]> {
  const [problems] = await checkManifestsXsd([xml], dir);
  return problems ?? [];
}
