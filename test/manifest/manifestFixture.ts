import { readFileSync } from "node:fs";
import { join } from "node:path";

// Shared fixture of the manifest tests (not a test file itself).

/** Repository root. */
export const ROOT = join(__dirname, "..", "..");

/** The project's manifest.xml, as committed. */
export const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");

/**
 * The real manifest (or `xml`) with the first match of `from` replaced by `to`; fails when
 * `from` is absent, so that a test cannot silently check an unchanged manifest.
 */
export function mutate(from: string | RegExp, to: string, xml = MANIFEST): string {
  const result = xml.replace(from, to);
  expect(result).not.toBe(xml);
  return result;
}
