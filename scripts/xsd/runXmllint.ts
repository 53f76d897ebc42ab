import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";

// XML documents against a vendored XSD set, offline and alike on every machine: libxml2 compiled
// to WebAssembly (xmllint-wasm: no native build, no system xmllint). Used by the manifest check
// (Microsoft's schemas) and the PES check (DGFiP's schemas), which turn its output into their
// own messages.

/**
 * Every .xsd file under a folder, as paths relative to it with "/" separators, sorted.
 *
 * @param dir - the folder
 * @returns the paths
 * @example
 * xsdFilesUnder(PES_XSD_DIR).includes("PES_V2/Rev0/PES_Aller.xsd"); // true
 */
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

/** What xmllint said of one document. */
export interface XmllintReport {
  /** Its lines of xmllint's output, as printed: `<name>:<line>: <message>`. */
  readonly lines: readonly string[];
  /** True when xmllint said `<name> validates`. */
  readonly validated: boolean;
}

/**
 * Validates documents against a schema set in one run of xmllint. xmllint-wasm reads nothing
 * from disk: every other .xsd file of the folder is preloaded into its in-memory file system
 * under its path in the folder, so imports by relative path resolve.
 *
 * @param xmls - the documents
 * @param dir - the schema folder
 * @param root - the root schema, relative to dir
 * @param name - the name each document gets in xmllint's output, from its index
 * @returns for each document its report, and the first line of xmllint's output (why a document
 *   neither validated nor got a message of its own: a schema that does not compile…)
 * @example
 * (await runXmllint([xml], PES_XSD_DIR, PES_XSD_ROOT, (i) => `pes-${i}.xml`)).reports[0]?.validated; // true
 */
export async function runXmllint(
  xmls: readonly string[],
  dir: string,
  root: string,
  name: (index: number) => string
): Promise<{ reports: XmllintReport[]; firstLine: string }> {
  const read = (fileName: string): XMLFileInfo => ({
    fileName,
    contents: readFileSync(join(dir, fileName), "utf8"),
  });
  const names = xmls.map((_, index) => name(index));
  let output: string;
  try {
    const result = await validateXML({
      xml: xmls.map((contents, index) => ({ fileName: names[index] ?? "", contents })),
      schema: read(root),
      preload: xsdFilesUnder(dir)
        .filter((file) => file !== root)
        .map(read),
    });
    if (result.valid)
      return { reports: names.map(() => ({ lines: [], validated: true })), firstLine: "" };
    output = result.rawOutput;
  } catch (error) {
    // xmllint-wasm rejects when xmllint exits with another code than 0, 3 or 4 (1 for some
    // parse errors, 5 for a schema that does not compile); the message is xmllint's stderr.
    output = error instanceof Error ? error.message : String(error);
  }
  const lines = output.split("\n").map((line) => line.trimEnd());
  return {
    reports: names.map((own) => ({
      lines: lines.filter((line) => line.startsWith(`${own}:`)),
      validated: lines.includes(`${own} validates`),
    })),
    firstLine: lines.find((line) => line !== "") ?? "",
  };
}
