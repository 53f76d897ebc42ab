import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PES_XSD_DIR, PES_XSD_ROOT, xsdFilesUnder } from "../../scripts/pes/pesXsd";

// The PES V2 schemas vendored in scripts/pes/schemas/pes-v2/ (see its README) are the project's
// reference set ../shared/schemas/pes-v2/, byte for byte. ../shared is not part of the
// repository: without it the comparison is skipped with a note.

const ROOT = join(__dirname, "..", "..");
const SHARED = join(ROOT, "..", "shared", "schemas", "pes-v2");
const HAS_SHARED = existsSync(SHARED);

if (!HAS_SHARED)
  console.warn(
    `${SHARED} is absent: scripts/pes/schemas/pes-v2/ is not compared with it (skipped).`
  );

describe("the vendored PES V2 schemas", () => {
  test("hold the root and every file an import or include names", () => {
    const files = xsdFilesUnder(PES_XSD_DIR);
    expect(files).toContain(PES_XSD_ROOT);
    for (const file of files) {
      const text = readFileSync(join(PES_XSD_DIR, file), "utf8");
      for (const [, location = ""] of text.matchAll(/schemaLocation="([^"]+)"/g)) {
        const target = join(PES_XSD_DIR, file, "..", location);
        expect({ file, location, found: existsSync(target) }).toEqual({
          file,
          location,
          found: true,
        });
      }
    }
  });

  (HAS_SHARED ? test : test.skip)("are byte-identical to ../shared/schemas/pes-v2", () => {
    const files = xsdFilesUnder(SHARED);
    expect(xsdFilesUnder(PES_XSD_DIR)).toEqual(files);
    for (const file of [...files, "v5.17.txt"]) {
      const same = readFileSync(join(PES_XSD_DIR, file)).equals(readFileSync(join(SHARED, file)));
      expect({ file, same }).toEqual({ file, same: true });
    }
  });
});
