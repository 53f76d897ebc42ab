// Offline checker for the add-in only (XML) manifest. Microsoft's validator
// (`office-addin-manifest validate`) needs the network; this one checks what matters for this
// add-in: identity, resources, URLs, the custom-functions extension point and the shared runtime.
// Used by scripts/validate-manifest.ts (`npm run validate`) and the tests in test/manifest/.
import { XMLValidator } from "fast-xml-parser";
import { checkCustomFunctions } from "./customFunctionsRules";
import { MANIFEST_EXPECTATIONS, ProblemList, type ManifestProblem } from "./problems";
import { checkResources, collectResources } from "./resourceRules";
import { checkUrls } from "./urlRules";
import { attr, descend, first, kids, parseXmlTree, text, type XmlNode } from "./xmlTree";

/** Problem types and the expectations of this project (see problems.ts). */
export {
  MANIFEST_EXPECTATIONS,
  type ManifestProblem,
  type ProblemCode,
  type ProblemLevel,
} from "./problems";

/**
 * Ids of Microsoft's templates (Yeoman generator / OfficeDev samples). Sideloading two add-ins
 * with the same id makes one silently replace the other, so a real add-in must not reuse them.
 */
export const KNOWN_TEMPLATE_IDS: readonly string[] = [
  "05c2e1c9-3e1d-406e-9a91-e9ac64854143", // Office-Addin-TaskPane (+ React, Angular…)
  "ca968be6-628b-4f14-ba3c-3e614effa9bd", // Excel-Custom-Functions
  "2023c26c-4a37-4d9c-912b-ef90a2f90d95", // Excel-Custom-Functions-JS (shared runtime)
];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;

/**
 * Checks an add-in only manifest (XML text) and returns every problem found, errors and
 * warnings, with French messages. An empty array means the manifest is fine. Pure function:
 * no file or network access.
 */
export function checkManifest(xml: string): ManifestProblem[] {
  const problems = new ProblemList(xml);
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    problems.error("xml", `XML mal formé (ligne ${line}, colonne ${col}) : ${msg}`, line);
    return problems.items;
  }
  const root = first(parseXmlTree(xml), "OfficeApp");
  if (!root) {
    problems.error(
      "root",
      "L'élément racine doit être <OfficeApp> (manifeste de complément uniquement, format XML)."
    );
    return problems.items;
  }
  checkIdentity(root, problems);
  const resources = collectResources(root, problems);
  checkResources(root, resources, problems);
  checkUrls(root, resources, problems);
  checkCustomFunctions(root, resources, problems);
  return problems.items;
}

/** Root type, Id, Version, DefaultLocale, host, and the en-US overrides of the add-in name. */
function checkIdentity(root: XmlNode, problems: ProblemList): void {
  const { appType, defaultLocale, overrideLocale } = MANIFEST_EXPECTATIONS;
  const type = attr(root, "type");
  if (type !== appType) {
    problems.error(
      "root",
      `<OfficeApp> : xsi:type vaut « ${type ?? "(absent)"} » au lieu de « ${appType} ».`,
      "<OfficeApp"
    );
  }
  const id = text(first(root, "Id"));
  if (id === "") {
    problems.error("id", "<Id> est absent ou vide : il faut un GUID propre au complément.");
  } else if (!GUID.test(id)) {
    problems.error(
      "id",
      `<Id> « ${id} » n'est pas un GUID (format xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`,
      "<Id>"
    );
  } else if (KNOWN_TEMPLATE_IDS.includes(id.toLowerCase())) {
    problems.error(
      "id",
      `<Id> « ${id} » est celui d'un modèle Microsoft : générez un GUID propre au complément.`,
      "<Id>"
    );
  }
  const version = text(first(root, "Version"));
  if (!VERSION.test(version)) {
    problems.error(
      "version",
      `<Version> « ${version} » doit comporter quatre nombres (exemple : 1.0.0.0).`,
      "<Version>"
    );
  }
  const locale = text(first(root, "DefaultLocale"));
  if (locale !== defaultLocale) {
    problems.error(
      "locale",
      `<DefaultLocale> vaut « ${locale} » au lieu de « ${defaultLocale} ».`,
      "<DefaultLocale>"
    );
  }
  if (!descend(root, "Hosts/Host").some((h) => attr(h, "Name") === "Workbook")) {
    problems.error(
      "host",
      '<Hosts> doit contenir <Host Name="Workbook"/> (complément Excel).',
      "<Hosts>"
    );
  }
  for (const name of ["DisplayName", "Description"]) {
    const element = first(root, name);
    if (!attr(element, "DefaultValue")) {
      problems.error("override-missing", `<${name}> n'a pas d'attribut DefaultValue.`, `<${name}`);
    } else if (!kids(element, "Override").some((o) => attr(o, "Locale") === overrideLocale)) {
      problems.error(
        "override-missing",
        `<${name}> n'a pas de <Override Locale="${overrideLocale}">.`,
        `<${name}`
      );
    }
  }
}

/** True when at least one problem is an error. */
export function hasErrors(problems: readonly ManifestProblem[]): boolean {
  return problems.some((p) => p.level === "error");
}

/**
 * Rewrites the development base URL into the production one; re-exported from
 * rewriteUrls.cjs (single implementation, also used by webpack.config.js).
 */
export { DEV_BASE_URL, rewriteManifestUrls } from "./rewriteUrls.cjs";
