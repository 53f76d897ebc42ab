import { checkManifest, type ManifestProblem } from "./checkManifest";
import { checkManifestsXsd } from "./xsdValidation";

// What `npm run validate` checks: Microsoft's XSD and the project's own rules, together.

/**
 * Checks manifests against Microsoft's XSD (xsdValidation.ts, one run of libxml2 for all) and
 * against the project's own rules (checkManifest.ts), and returns every problem of both for each
 * manifest, XSD first. XML that is not well formed is reported once, by the rules, without asking
 * the XSD.
 *
 * @param xmls - the manifest texts
 * @returns the problems of each manifest, in order; none of level "error" means accepted
 * @example
 * const [problems] = await validateManifests([readFileSync("manifest.xml", "utf8")]); // [[]]
 */
export async function validateManifests(xmls: readonly string[]): Promise<ManifestProblem[][]> {
  const rules = xmls.map(checkManifest);
  const wellFormed = xmls.filter((_, i) => !rules[i]?.some((problem) => problem.code === "xml"));
  const schema = await checkManifestsXsd(wellFormed);
  let next = 0;
  return rules.map((own) =>
    own.some((problem) => problem.code === "xml") ? own : [...(schema[next++] ?? []), ...own]
  );
}

/**
 * {@link validateManifests} for one manifest: what `npm run validate` reports.
 *
 * @param xml - the manifest text
 * @returns every problem; none of level "error" means `npm run validate` accepts the manifest
 * @example
 * await validateManifest(readFileSync("manifest.xml", "utf8")); // []
 */
export async function validateManifest(xml: string): Promise<ManifestProblem[]> {
  const [problems] = await validateManifests([xml]);
  return problems ?? [];
}
