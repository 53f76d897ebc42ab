import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { OFFICE_XSD_DIR, OFFICE_XSD_ROOT } from "../../scripts/manifest/xsdValidation";
import { ROOT } from "./manifestFixture";

// The schemas vendored in scripts/manifest/schemas/ (see its README) are the project's reference
// set ../shared/schemas/, byte for byte. ../shared is not part of the repository: on a clone
// without it (a user's machine, a CI elsewhere) the comparison is skipped with a note.

const VENDORED = join(ROOT, "scripts", "manifest", "schemas");
const SHARED = join(ROOT, "..", "shared", "schemas");
const HAS_SHARED = existsSync(join(SHARED, "office-manifest"));

if (!HAS_SHARED) {
  console.warn(
    `${SHARED} is absent: the vendored schemas of scripts/manifest/schemas/ are not compared with it (skipped).`
  );
}

/** The files of the office-manifest folder, sorted. */
const xsdFiles = (schemas: string): string[] =>
  readdirSync(join(schemas, "office-manifest")).sort();

describe("the vendored schemas", () => {
  test("hold the root XSD and every file its imports name", () => {
    expect(OFFICE_XSD_DIR).toBe(join(VENDORED, "office-manifest"));
    const files = xsdFiles(VENDORED);
    expect(files).toContain(OFFICE_XSD_ROOT);
    for (const file of files) {
      const text = readFileSync(join(OFFICE_XSD_DIR, file), "utf8");
      for (const [, location] of text.matchAll(/schemaLocation="([^"]+)"/g))
        expect({ file, imports: location, found: files.includes(location ?? "") }).toEqual({
          file,
          imports: location,
          found: true,
        });
    }
    expect(existsSync(join(VENDORED, "custom-functions.schema.json"))).toBe(true);
  });

  (HAS_SHARED ? test : test.skip)(
    "are byte-identical to ../shared/schemas (office-manifest/ and custom-functions.schema.json)",
    () => {
      expect(xsdFiles(VENDORED)).toEqual(xsdFiles(SHARED));
      const files = [
        ...xsdFiles(SHARED).map((file) => join("office-manifest", file)),
        "custom-functions.schema.json",
      ];
      for (const file of files) {
        const same = readFileSync(join(VENDORED, file)).equals(readFileSync(join(SHARED, file)));
        expect({ file, same }).toEqual({ file, same: true });
      }
    }
  );
});
