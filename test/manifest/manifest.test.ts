import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as cjs from "../../scripts/manifest/rewriteUrls.cjs";
import {
  checkManifest,
  DEV_BASE_URL,
  KNOWN_TEMPLATE_IDS,
  rewriteManifestUrls,
} from "../../scripts/manifest/checkManifest";
import { MANIFEST, ROOT } from "./manifestFixture";

// The committed manifest, its icons and the production URL rewrite. The rules of the checker
// are tested on mutated manifests in checkManifest.test.ts.

const PROD = "https://addins.example.fr/ent/";

describe("the project's manifest.xml", () => {
  test("has no error and no warning", () => {
    expect(checkManifest(MANIFEST)).toEqual([]);
  });

  test("has its own GUID, not one of Microsoft's template ids", () => {
    const id = /<Id>([^<]+)<\/Id>/.exec(MANIFEST)?.[1];
    expect(id).toBe("184d8a41-10e0-4a39-9fb8-8a831eaf5eae");
    expect(KNOWN_TEMPLATE_IDS).toContain("05c2e1c9-3e1d-406e-9a91-e9ac64854143");
    expect(KNOWN_TEMPLATE_IDS).not.toContain(id);
  });

  test("uses https://localhost:3000/ for every URL and references existing icons", () => {
    const urls = [...MANIFEST.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1] ?? "");
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls.filter(
      (u) => !u.startsWith("http://schemas.") && !u.startsWith("http://www.w3.org")
    )) {
      expect(url.startsWith(DEV_BASE_URL)).toBe(true);
    }
    for (const size of [16, 32, 64, 80]) {
      expect(MANIFEST).toContain(`${DEV_BASE_URL}assets/icon-${size}.png`);
    }
  });
});

describe("the icons", () => {
  test.each([16, 32, 64, 80, 128])("assets/icon-%i.png is a PNG of that size", (size) => {
    const png = readFileSync(join(ROOT, "assets", `icon-${size}.png`));
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    );
    expect(png.toString("ascii", 12, 16)).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });
});

describe("rewriteManifestUrls", () => {
  test("is the single implementation from rewriteUrls.cjs", () => {
    expect(rewriteManifestUrls).toBe(cjs.rewriteManifestUrls);
    expect(DEV_BASE_URL).toBe("https://localhost:3000/");
  });

  test("replaces every development URL; the result still passes the check", () => {
    const rewritten = rewriteManifestUrls(MANIFEST, DEV_BASE_URL, PROD);
    expect(rewritten).not.toContain("localhost");
    expect(rewritten.split(PROD).length).toBe(MANIFEST.split(DEV_BASE_URL).length);
    expect(rewritten).toContain(
      `<bt:Override Locale="en-US" Value="${PROD}functions.en-US.json"/>`
    );
    expect(checkManifest(rewritten)).toEqual([]);
  });

  test.each([
    ["http://addins.example.fr/ent/", "https"],
    ["https://addins.example.fr/ent", "« / »"],
    ["addins.example.fr/ent/", "URL absolue"],
    ['https://addins.example.fr/"x/', "caractère interdit"],
    ["https://addins.example.fr/ent/?v=1/", "paramètres"],
    ["", "manquante"],
  ])("rejects the production base %p", (base, message) => {
    expect(() => rewriteManifestUrls(MANIFEST, DEV_BASE_URL, base)).toThrow(message);
  });
});
