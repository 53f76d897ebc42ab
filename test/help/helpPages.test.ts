/**
 * @jest-environment jsdom
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { readFileSync } from "node:fs";
import path from "node:path";
import english from "../../src/functions/metadata/en-US.json";
import { MANIFEST } from "../manifest/manifestFixture";

// The help pages the manifest names (SupportUrl, LearnMoreUrl): static, self-contained, linked to
// each other, and listing the functions exactly as functions.json declares them. The built pages
// are checked in Chromium by test/e2e/help.e2e.test.ts.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS build helper shared with webpack.config.js
const { localizeMetadata } = require("../../scripts/metadata/localizeMetadata.cjs") as {
  localizeMetadata: (french: Metadata, texts: unknown) => Metadata;
};

interface Metadata {
  functions: { id: string; parameters: { name: string; optional?: boolean }[] }[];
}

const HELP = path.resolve(__dirname, "../../src/help");

/** Each page: its language, the other page, and how Excel in that language writes a call. */
const PAGES = [
  { file: "help.html", lang: "fr", other: "help.en-US.html", separator: "; " },
  { file: "help.en-US.html", lang: "en", other: "help.html", separator: ", " },
] as const;

let metadata: Record<(typeof PAGES)[number]["lang"], Metadata>;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    path.resolve(__dirname, "../../src/functions/functions.ts")
  );
  expect(result.errors).toEqual([]);
  const french = JSON.parse(result.metadataJson) as Metadata;
  metadata = { fr: french, en: localizeMetadata(french, english) };
});

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(path.join(HELP, file), "utf8"), "text/html");
}

/** How the page writes a call: ENT.CONTRIB(eleves; annee; [options]; [bareme]). */
function signature(fn: Metadata["functions"][number], separator: string): string {
  const names = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `ENT.${fn.id}(${names.join(separator)})`;
}

describe.each(PAGES)("src/help/$file", ({ file, lang, other, separator }) => {
  test("is in its language, with a title, one h1 and sections the contents link to", () => {
    const page = load(file);
    expect(page.documentElement.lang).toBe(lang);
    expect(page.title).toMatch(/ENT/);
    expect(page.querySelectorAll("h1")).toHaveLength(1);
    const targets = [...page.querySelectorAll<HTMLAnchorElement>("nav a")].map((a) =>
      a.getAttribute("href")
    );
    const sections = [...page.querySelectorAll("main h2")].map((h) => `#${h.id}`);
    expect(targets).toEqual(sections);
    expect(sections).toHaveLength(5);
  });

  test("loads only its own style sheet: no script, image or frame, a policy that forbids them", () => {
    const page = load(file);
    expect(page.querySelectorAll("script, img, iframe, object, embed")).toHaveLength(0);
    const sheets = [...page.querySelectorAll("link[rel~=stylesheet]")];
    expect(sheets.map((link) => link.getAttribute("href"))).toEqual(["help.css"]);
    const policy = page
      .querySelector('meta[http-equiv="Content-Security-Policy"]')
      ?.getAttribute("content");
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("style-src 'self'");
  });

  test("links only to itself, to the other language's page and to its style sheet", () => {
    const page = load(file);
    const links = [...page.querySelectorAll("[href], [src]")].map(
      (e) => e.getAttribute("href") ?? e.getAttribute("src") ?? ""
    );
    for (const link of links) {
      if (link.startsWith("#")) expect(page.getElementById(link.slice(1))).not.toBeNull();
      else expect([other, "help.css"]).toContain(link);
    }
    expect(page.querySelector(`header a[href="${other}"]`)?.getAttribute("hreflang")).toBe(
      other === "help.html" ? "fr-FR" : "en-US"
    );
  });

  test("lists every function with its parameters, in the order of functions.json", () => {
    const page = load(file);
    const listed = [...page.querySelectorAll("table tbody tr td:first-child code")].map((code) =>
      (code.textContent ?? "").replace(/\s+/g, " ").trim()
    );
    expect(listed).toEqual(metadata[lang].functions.map((fn) => signature(fn, separator)));
  });

  test("says where the full documentation is and whom to ask", () => {
    const text = load(file).body.textContent ?? "";
    expect(text).toContain("README.md");
    expect(text).toContain("La Fibre Numérique 59/62");
    expect(text).toMatch(lang === "fr" ? /administrateur informatique/ : /IT administrator/);
  });
});

describe("manifest.xml", () => {
  test("sends SupportUrl and the GetStarted LearnMoreUrl to the help pages, in English for en-US", () => {
    for (const element of [/<SupportUrl /, /<bt:Url id="GetStarted.LearnMoreUrl" /]) {
      const match = new RegExp(
        `${element.source}DefaultValue="https://localhost:3000/help\\.html">\\s*<(?:bt:)?Override Locale="en-US" Value="https://localhost:3000/help\\.en-US\\.html"/>`
      ).exec(MANIFEST);
      expect(match).not.toBeNull();
    }
    expect(MANIFEST).toContain('<LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>');
  });
});
