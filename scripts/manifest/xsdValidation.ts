import { join } from "node:path";
import { runXmllint, type XmllintReport } from "../xsd/runXmllint";
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
 * The problems of each document from xmllint's reports. A document with neither a located message
 * nor "validates" was not validated: it gets one "validation impossible" error with the first line
 * of the output (a schema that does not compile, a missing file…).
 */
function problemsOf(reports: readonly XmllintReport[], firstLine: string): ManifestProblem[][] {
  const reason = firstLine || "xmllint n'a rien dit";
  return reports.map(({ lines, validated }) => {
    const found = lines.flatMap((line) => {
      const located = LOCATED.exec(line);
      return located ? [problemOf(Number(located[2]), located[3] ?? "")] : [];
    });
    return found.length > 0 || validated
      ? found
      : [{ level: "error", code: "xsd", message: `${XSD_LEAD}validation impossible (${reason}).` }];
  });
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
  const { reports, firstLine } = await runXmllint(xmls, dir, OFFICE_XSD_ROOT, documentName);
  return problemsOf(reports, firstLine);
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
