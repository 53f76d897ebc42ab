import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";

// A PES file against DGFiP's XSD, offline: libxml2 compiled to WebAssembly (xmllint-wasm) and
// the schemas vendored in schemas/pes-v2/ (see schemas/README.md). The schemas import one
// another by relative paths ("../NS_Recette/r0/…"): every file is preloaded into xmllint's
// in-memory file system under its path in the folder, and the root is given by its path too.

/** Folder of the vendored PES V2 schemas (version 5.17). */
export const PES_XSD_DIR = join(__dirname, "schemas", "pes-v2");

/** Root of a file sent to Hélios, relative to {@link PES_XSD_DIR}. */
export const PES_XSD_ROOT = "PES_V2/Rev0/PES_Aller.xsd";

/** Every .xsd file under a folder, as paths relative to it with "/" separators, sorted. */
export function xsdFilesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".xsd")) found.push(relative(dir, path).split(sep).join("/"));
    }
  };
  walk(dir);
  return found.sort();
}

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
  const read = (fileName: string): XMLFileInfo => ({
    fileName,
    contents: readFileSync(join(dir, fileName), "utf8"),
  });
  const names = xmls.map((_, index) => `pes-${index}.xml`);
  let output: string;
  try {
    const result = await validateXML({
      xml: xmls.map((contents, index) => ({ fileName: names[index] ?? "", contents })),
      schema: read(PES_XSD_ROOT),
      preload: xsdFilesUnder(dir)
        .filter((file) => file !== PES_XSD_ROOT)
        .map(read),
    });
    if (result.valid) return xmls.map(() => []);
    output = result.rawOutput;
  } catch (error) {
    output = error instanceof Error ? error.message : String(error);
  }
  const lines = output.split("\n").map((line) => line.trimEnd());
  return names.map((name) => {
    const own = lines.filter((line) => line.startsWith(`${name}:`));
    if (own.length > 0) return own;
    if (lines.includes(`${name} validates`)) return [];
    return [
      `validation impossible : ${lines.find((line) => line !== "") ?? "xmllint n'a rien dit"}`,
    ];
  });
}
