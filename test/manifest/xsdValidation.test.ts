import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  checkManifestXsd,
  OFFICE_XSD_DIR,
  OFFICE_XSD_ROOT,
  XSD_LEAD,
} from "../../scripts/manifest/xsdValidation";
import {
  DEV_BASE_URL,
  rewriteManifestUrls,
  type ManifestProblem,
} from "../../scripts/manifest/checkManifest";
import { validateManifest, validateManifests } from "../../scripts/manifest/validateManifest";
import { lineOf } from "../../scripts/manifest/xmlTree";
import { BROKEN_MANIFESTS, type BrokenManifest } from "./brokenManifests";
import { MANIFEST, mutate } from "./manifestFixture";

// Microsoft's XSD inside `npm run validate`: today's manifest passes, every broken copy of the
// corpus (brokenManifests.ts) is rejected with an error at the right line.

/** The production base of CI's build (.ci/run). */
const PROD = "https://ent.example.invalid/complement/";

/** Line of `needle` in `xml`; fails the test when the needle is absent. */
function lineIn(xml: string, needle: string | RegExp): number {
  const line = lineOf(xml, needle);
  if (line === undefined) throw new Error(`${String(needle)} is not in the broken manifest`);
  return line;
}

describe("Microsoft's XSD, through libxml2 in WebAssembly", () => {
  test("accepts today's manifest.xml", async () => {
    expect(await checkManifestXsd(MANIFEST)).toEqual([]);
  });

  test("accepts the manifest rewritten for production, which npm run validate accepts whole", async () => {
    const production = rewriteManifestUrls(MANIFEST, DEV_BASE_URL, PROD);
    expect(production).toContain(`<SupportUrl DefaultValue="${PROD}help.html">`);
    expect(await validateManifest(production)).toEqual([]);
  });

  test("says so, as an error, when the schema folder is missing", async () => {
    const problems = await checkManifestXsd(MANIFEST, join(tmpdir(), "no-such-xsd-folder"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ level: "error", code: "xsd" });
    expect(problems[0]).not.toHaveProperty("line");
    expect(problems[0]?.message).toMatch(
      /^schéma XSD de Microsoft : validation impossible \(.*no-such-xsd-folder/
    );
  });

  test("says so, as an error, when the schema does not compile", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xsd-"));
    try {
      writeFileSync(
        join(dir, OFFICE_XSD_ROOT),
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="OfficeApp" type="Nope"/></xs:schema>'
      );
      const problems = await checkManifestXsd(MANIFEST, dir);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.message).toContain(`${XSD_LEAD}validation impossible (`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** What validateManifests says of each broken manifest: one run of libxml2 for the whole corpus. */
let verdicts: ManifestProblem[][];

beforeAll(async () => {
  verdicts = await validateManifests(BROKEN_MANIFESTS.map((c) => c.xml));
});

describe("validateManifest (npm run validate) rejects each broken manifest of the corpus", () => {
  test("the corpus holds at least the fifteen cases of issue 10 and no two alike", () => {
    expect(BROKEN_MANIFESTS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(BROKEN_MANIFESTS.map((c) => c.name)).size).toBe(BROKEN_MANIFESTS.length);
    expect(new Set(BROKEN_MANIFESTS.map((c) => c.xml)).size).toBe(BROKEN_MANIFESTS.length);
  });

  test("gives the same answer for a manifest alone as within the corpus", async () => {
    const [first] = BROKEN_MANIFESTS;
    expect(await validateManifest(first?.xml ?? "")).toEqual(verdicts[0]);
  });

  test.each(BROKEN_MANIFESTS.map((c, i): [string, BrokenManifest, number] => [c.name, c, i]))(
    "%s",
    (_name, { xml, at, says, code }, index) => {
      const problems = verdicts[index] ?? [];
      const found = problems.filter((p) => p.level === "error" && p.code === code);
      const lines = at.map((needle) => lineIn(xml, needle));
      const summary = JSON.stringify(problems, null, 1);
      for (const line of lines) {
        if (!found.some((p) => p.line === line))
          throw new Error(`no "${code}" error at line ${line} in ${summary}`);
      }
      const first = found.find((p) => p.line === lines[0]);
      expect(first?.message).toContain(says);
      if (code === "xsd") expect(first?.message.startsWith(XSD_LEAD)).toBe(true);
    }
  );

  test("malformed XML is reported once, by the project's parser, without the XSD", async () => {
    const problems = await validateManifest(mutate("</DisplayName>", "</DisplayNam>"));
    expect(problems.map((p) => p.code)).toEqual(["xml"]);
  });
});

/** The system's xmllint (Debian libxml2-utils), when installed: a second libxml2, native. */
const NATIVE = spawnSync("xmllint", ["--version"]).error === undefined;
if (!NATIVE) {
  console.warn(
    "xmllint missing (Debian: apt-get install -y libxml2-utils): the WebAssembly validator is not compared with the native one (skipped)."
  );
}

describe("the native xmllint, where installed", () => {
  (NATIVE ? test : test.skip)(
    "gives the same verdict and the same lines as the WebAssembly build on every manifest",
    async () => {
      const native = (xml: string): number[] => {
        const run = spawnSync(
          "xmllint",
          ["--noout", "--schema", join(OFFICE_XSD_DIR, OFFICE_XSD_ROOT), "-"],
          { input: xml, encoding: "utf8" }
        );
        return [...run.stderr.matchAll(/^-:(\d+): /gm)].map((m) => Number(m[1]));
      };
      expect(native(MANIFEST)).toEqual([]);
      BROKEN_MANIFESTS.forEach(({ name, xml }, index) => {
        const wasm = (verdicts[index] ?? []).filter((p) => p.code === "xsd" || p.code === "xml");
        expect({ name, lines: [...new Set(native(xml))] }).toEqual({
          name,
          lines: [...new Set(wasm.map((p) => p.line))],
        });
      });
    }
  );
});
