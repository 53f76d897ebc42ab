import { join } from "node:path";
import { runXmllint } from "../xsd/runXmllint";

export { xsdFilesUnder } from "../xsd/runXmllint";

// A PES file against DGFiP's XSD, offline: libxml2 compiled to WebAssembly (xmllint-wasm) and
// the schemas vendored in schemas/pes-v2/ (see schemas/README.md). The schemas import one
// another by relative paths ("../NS_Recette/r0/…"): every file is preloaded into xmllint's
// in-memory file system under its path in the folder, and the root is given by its path too.

/** Folder of the vendored PES V2 schemas (version 5.17). */
export const PES_XSD_DIR = join(__dirname, "schemas", "pes-v2");

/** Root of a file sent to Hélios, relative to {@link PES_XSD_DIR}. */
export const PES_XSD_ROOT = "PES_V2/Rev0/PES_Aller.xsd";

/**
 * Validates PES files against DGFiP's XSD (PES_Aller.xsd) with libxml2, in one run of xmllint.
 *
 * @param xmls - the PES texts
 * @param dir - the schema folder, the vendored copy by default
 * @returns for each file, libxml2's messages (English), none when it is valid; a file that could
 *   not be validated gets one message saying so, never an empty list
 * @example
 * (await checkPesXsd([pesRecetteFile(input).xml]))[0]; // []
 */
export async function checkPesXsd(xmls: readonly string[], dir = PES_XSD_DIR): Promise<string[][]> {
  if (xmls.length === 0) return [];
  const { reports, firstLine } = await runXmllint(xmls, dir, PES_XSD_ROOT, (i) => `pes-${i}.xml`);
  return reports.map(({ lines, validated }) => {
    if (lines.length > 0) return [...lines];
    if (validated) return [];
    return [`validation impossible : ${firstLine || "xmllint n'a rien dit"}`];
  });
}
