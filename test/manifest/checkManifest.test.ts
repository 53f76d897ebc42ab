import {
  checkManifest,
  hasErrors,
  type ManifestProblem,
  type ProblemCode,
} from "../../scripts/manifest/checkManifest";
import { MANIFEST, mutate } from "./manifestFixture";

// One test per rule: the checker must catch a mutated copy of the real manifest, with a
// message that says what is wrong and where.

/** The problems of `xml` that have the given code. */
function problemsOf(xml: string, code: ProblemCode): ManifestProblem[] {
  return checkManifest(xml).filter((p) => p.code === code);
}

/** Asserts that `xml` yields an error of rule `code` whose message matches every pattern. */
function expectError(xml: string, code: ProblemCode, ...patterns: string[]): ManifestProblem {
  const found = problemsOf(xml, code).filter((p) => p.level === "error");
  const match = found.find((p) => patterns.every((text) => p.message.includes(text)));
  if (!match) {
    const all = JSON.stringify(checkManifest(xml), null, 1);
    throw new Error(`no "${code}" error containing ${patterns.join(" + ")} in:\n${all}`);
  }
  return match;
}

describe("checkManifest catches", () => {
  test("XML that is not well formed, with its line", () => {
    const problems = checkManifest(mutate("</DisplayName>", "</DisplayNam>"));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe("xml");
    expect(problems[0]?.message).toMatch(/XML mal formé \(ligne \d+/);
    expect(problems[0]?.line).toBe(
      MANIFEST.split("\n").findIndex((l) => l.includes("</DisplayName>")) + 1
    );
  });

  test("a root that is not OfficeApp, and a wrong xsi:type", () => {
    expectError('<?xml version="1.0"?><Manifest/>', "root", "<OfficeApp>");
    expectError(
      mutate('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'),
      "root",
      "ContentApp",
      "TaskPaneApp"
    );
  });

  test("a missing Id, an Id that is not a GUID, and a template GUID", () => {
    expectError(mutate(/<Id>[^<]*<\/Id>/, ""), "id", "absent");
    expectError(
      mutate(/<Id>[^<]*<\/Id>/, "<Id>mon-complement</Id>"),
      "id",
      "« mon-complement »",
      "GUID"
    );
    expectError(
      mutate(/<Id>[^<]*<\/Id>/, "<Id>05c2e1c9-3e1d-406e-9a91-e9ac64854143</Id>"),
      "id",
      "modèle Microsoft"
    );
  });

  test("a Version that is not four numbers", () => {
    expectError(
      mutate("<Version>1.0.0.0</Version>", "<Version>1.0</Version>"),
      "version",
      "« 1.0 »",
      "quatre nombres"
    );
  });

  test("a DefaultLocale other than fr-FR", () => {
    expectError(
      mutate("<DefaultLocale>fr-FR<", "<DefaultLocale>en-US<"),
      "locale",
      "« en-US »",
      "fr-FR"
    );
  });

  test("a resid whose resource was removed", () => {
    const xml = mutate(/<bt:String id="GetStarted.Title"[\s\S]*?<\/bt:String>/, "");
    const problem = expectError(
      xml,
      "resid-unknown",
      '<Title resid="GetStarted.Title">',
      "bt:ShortStrings"
    );
    expect(problem.line).toBe(
      MANIFEST.split("\n").findIndex((l) => l.includes('resid="GetStarted.Title"')) + 1
    );
  });

  test("a resid that designates a resource of the wrong kind", () => {
    const xml = mutate('<Label resid="EntGroup.Label"/>', '<Label resid="Taskpane.Url"/>');
    expectError(xml, "resid-kind", '<Label resid="Taskpane.Url">', "bt:ShortStrings", "bt:Urls");
  });

  test("an unused resource, as a warning only", () => {
    const xml = mutate(
      "</bt:Urls>",
      '  <bt:Url id="Orphan.Url" DefaultValue="https://localhost:3000/orphan.html"/>\n</bt:Urls>'
    );
    const problems = checkManifest(xml);
    expect(hasErrors(problems)).toBe(false);
    expect(problems).toEqual([
      expect.objectContaining({ level: "warning", code: "resource-unused" }),
    ]);
    expect(problems[0]?.message).toContain("« Orphan.Url »");
  });

  test("a duplicate resource id", () => {
    const xml = mutate(
      "</bt:Urls>",
      '  <bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/autre.html"/>\n</bt:Urls>'
    );
    expectError(xml, "resource-duplicate", "« Taskpane.Url »", "deux fois");
  });

  test("an http URL", () => {
    const xml = mutate(
      '"https://localhost:3000/functions.js"',
      '"http://localhost:3000/functions.js"'
    );
    expectError(
      xml,
      "url-https",
      "« Functions.Script.Url »",
      "http://localhost:3000/functions.js",
      "https"
    );
  });

  test("a URL on another origin or base path", () => {
    const other = mutate(
      /"https:\/\/localhost:3000\/assets\/icon-80.png"/,
      '"https://cdn.example.com/icon-80.png"'
    );
    expectError(
      other,
      "url-base",
      "« Icon.80x80 »",
      "cdn.example.com",
      "« https://localhost:3000/ »"
    );
    const port = mutate(
      '<SupportUrl DefaultValue="https://localhost:3000/',
      '<SupportUrl DefaultValue="https://localhost:3001/'
    );
    expectError(port, "url-base", "<SupportUrl>", "localhost:3001");
  });

  test("a missing CustomFunctions extension point, or a missing part of it", () => {
    const noEp = mutate(/<AllFormFactors>[\s\S]*<\/AllFormFactors>/, "");
    expectError(noEp, "custom-functions", '<ExtensionPoint xsi:type="CustomFunctions"> est absent');
    expectError(mutate(/<Metadata>[\s\S]*?<\/Metadata>/, ""), "custom-functions", "<Metadata>");
    expectError(mutate(/<Script>[\s\S]*?<\/Script>/, ""), "custom-functions", "<Script>");
    expectError(
      mutate('<Namespace resid="Functions.Namespace"/>', ""),
      "custom-functions",
      "<Namespace"
    );
  });

  test("a namespace other than ENT, by default or in the en-US override", () => {
    expectError(
      mutate(
        'id="Functions.Namespace" DefaultValue="ENT"',
        'id="Functions.Namespace" DefaultValue="CONTOSO"'
      ),
      "namespace",
      "« CONTOSO »",
      "« ENT »"
    );
    const xml = mutate(
      /(id="Functions.Namespace"[^>]*>\s*<bt:Override Locale="en-US" Value=)"ENT"/,
      '$1"ENTX"'
    );
    expectError(xml, "namespace", "en-US", "« ENTX »");
  });

  test("a string without its en-US override, and DisplayName without one", () => {
    const xml = mutate('<bt:Override Locale="en-US" Value="ENT contributions"/>', "");
    expectError(xml, "override-missing", "« TaskpaneButton.Label »", 'Locale="en-US"');
    expectError(
      mutate(
        /<DisplayName[\s\S]*?<\/DisplayName>/,
        '<DisplayName DefaultValue="Contributions ENT"/>'
      ),
      "override-missing",
      "<DisplayName>"
    );
  });

  test("strings that are too long", () => {
    const short = mutate(
      'DefaultValue="Contributions ENT est prêt"',
      `DefaultValue="${"x".repeat(126)}"`
    );
    expectError(short, "string-length", "« GetStarted.Title »", "126 caractères", "125");
    const long = mutate('Value="Opens the task pane', `Value="${"y".repeat(251)}`);
    expectError(long, "string-length", "« TaskpaneButton.Tooltip »", "en-US", "250");
  });

  test("a missing SharedRuntime requirement set", () => {
    expectError(
      mutate('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""),
      "shared-runtime",
      "SharedRuntime"
    );
  });

  test("a short-lived or missing Runtime", () => {
    expectError(
      mutate('lifetime="long"', 'lifetime="short"'),
      "shared-runtime",
      'lifetime="short"',
      '"long"'
    );
    expectError(mutate(/<Runtimes>[\s\S]*?<\/Runtimes>/, ""), "shared-runtime", "aucun <Runtime>");
  });

  test("a Page, FunctionFile or task pane that does not share the Runtime resid", () => {
    const withPage = (resid: string): string =>
      mutate(
        "</bt:Urls>",
        `<bt:Url id="${resid}" DefaultValue="https://localhost:3000/functions.html"/></bt:Urls>`
      );
    const page = mutate(
      /(<Page>\s*<SourceLocation resid=)"Taskpane.Url"/,
      '$1"Functions.Page.Url"',
      withPage("Functions.Page.Url")
    );
    expectError(
      page,
      "shared-runtime",
      "<Page>",
      'resid="Functions.Page.Url"',
      '<Runtime resid="Taskpane.Url">'
    );
    const file = mutate(
      '<FunctionFile resid="Taskpane.Url"/>',
      '<FunctionFile resid="Commands.Url"/>',
      withPage("Commands.Url")
    );
    expectError(file, "shared-runtime", "<FunctionFile>", 'resid="Commands.Url"');
  });
});
