import type { ProblemList } from "./problems";
import { LABEL, quote, type Resource } from "./resourceRules";
import { attr, attrNeedle, first, kids, type XmlNode } from "./xmlTree";

// URL rules: every URL of the manifest is https and starts with the base of
// <DefaultSettings><SourceLocation> (same origin and path; the build rewrites that base).

/** Every URL is https and starts with the base of <DefaultSettings><SourceLocation>. */
export function checkUrls(
  root: XmlNode,
  resources: Map<string, Resource>,
  problems: ProblemList
): void {
  const urls: { where: string; url: string; near: RegExp }[] = [];
  const addLocaleAware = (name: string, element: XmlNode | undefined): void => {
    const near = new RegExp(`<${name.split("/")[0] ?? name}\\b`);
    const value = attr(element, "DefaultValue");
    if (value !== undefined) urls.push({ where: `<${name}>`, url: value, near });
    for (const o of kids(element, "Override")) {
      urls.push({
        where: `<${name}> (Override ${attr(o, "Locale") ?? "?"})`,
        url: attr(o, "Value") ?? "",
        near,
      });
    }
  };
  const source = first(root, "DefaultSettings/SourceLocation");
  addLocaleAware("DefaultSettings/SourceLocation", source);
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"])
    addLocaleAware(name, first(root, name));
  for (const r of resources.values()) {
    if (r.kind !== "Url" && r.kind !== "Image") continue;
    const where = `${LABEL[r.kind]} ${quote(r.id)}`;
    const near = attrNeedle("id", r.id);
    urls.push({ where, url: r.value, near });
    for (const o of r.overrides)
      urls.push({ where: `${where} (Override ${o.locale})`, url: o.value, near });
  }
  const sourceUrl = attr(source, "DefaultValue");
  const base = sourceUrl?.split(/[?#]/)[0]?.replace(/[^/]*$/, "");
  if (!base) {
    problems.error(
      "url-base",
      "<DefaultSettings><SourceLocation DefaultValue=…> est absent : URL de base introuvable."
    );
  }
  for (const { where, url, near } of urls) {
    let protocol: string;
    try {
      protocol = new URL(url).protocol;
    } catch {
      problems.error("url-https", `${where} : ${quote(url)} n'est pas une URL absolue.`, near);
      continue;
    }
    if (protocol !== "https:") {
      problems.error(
        "url-https",
        `${where} : ${quote(url)} doit utiliser https (Office refuse ${protocol.replace(":", "")}).`,
        near
      );
    }
    if (base && !url.startsWith(base)) {
      problems.error(
        "url-base",
        `${where} : ${quote(url)} ne commence pas par ${quote(base)}, la base de <DefaultSettings><SourceLocation> ; toutes les URL doivent partager cette origine et ce chemin.`,
        near
      );
    }
  }
}
