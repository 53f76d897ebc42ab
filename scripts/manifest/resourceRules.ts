import { MANIFEST_EXPECTATIONS, type ProblemList } from "./problems";
import { attr, attrNeedle, descend, first, kids, lineOf, walk, type XmlNode } from "./xmlTree";

// Rules on <Resources>: ids, resid references, string lengths and en-US overrides. Called by
// checkManifest() once the XML is known to be well formed.

/** Kind of a resource declared under <Resources>. */
export type ResourceKind = "Image" | "Url" | "ShortString" | "LongString";

/** A resource declared under <Resources> (bt:Image, bt:Url or bt:String). */
export interface Resource {
  /** Its `id`, referenced elsewhere by `resid`. */
  id: string;
  /** The bt:* group it is declared in. */
  kind: ResourceKind;
  /** DefaultValue (the fr-FR value). */
  value: string;
  /** `<bt:Override Locale=… Value=…/>` children. */
  overrides: { locale: string; value: string }[];
}

const GROUP_OF: Record<ResourceKind, [group: string, element: string]> = {
  Image: ["Images", "Image"],
  Url: ["Urls", "Url"],
  ShortString: ["ShortStrings", "String"],
  LongString: ["LongStrings", "String"],
};

/** Name of each group as written in the manifest, for messages. */
export const LABEL: Record<ResourceKind, string> = {
  Image: "bt:Images",
  Url: "bt:Urls",
  ShortString: "bt:ShortStrings",
  LongString: "bt:LongStrings",
};

/** Kind of resource that a `resid` must designate, by referencing element. */
const EXPECTED_KIND: Record<string, ResourceKind> = {
  SourceLocation: "Url",
  FunctionFile: "Url",
  Runtime: "Url",
  LearnMoreUrl: "Url",
  Image: "Image",
  Label: "ShortString",
  Title: "ShortString",
  Namespace: "ShortString",
  Description: "LongString",
};

/** Wraps a value in French quotation marks for messages: « value ». */
export const quote = (s: string): string => `« ${s} »`;
const tag = (name: string): string => (name === "Image" ? "bt:Image" : name);

/** Reads every resource under VersionOverrides/Resources; reports missing and duplicate ids. */
export function collectResources(root: XmlNode, problems: ProblemList): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  const resourcesNode = first(root, "VersionOverrides/Resources");
  for (const kind of Object.keys(GROUP_OF) as ResourceKind[]) {
    const [group, element] = GROUP_OF[kind];
    for (const node of descend(resourcesNode, `${group}/${element}`)) {
      const id = attr(node, "id");
      const value = attr(node, "DefaultValue");
      if (!id || value === undefined) {
        const what = !id ? "sans attribut id" : `${quote(id)} sans attribut DefaultValue`;
        problems.error(
          "resource-invalid",
          `${LABEL[kind]} : ressource ${what}.`,
          id ? attrNeedle("id", id) : `<bt:${element}`
        );
        continue;
      }
      const overrides = kids(node, "Override").map((o) => ({
        locale: attr(o, "Locale") ?? "",
        value: attr(o, "Value") ?? "",
      }));
      const previous = resources.get(id);
      if (previous) {
        const line = lineOf(problems.source, attrNeedle("id", id), 1);
        problems.error(
          "resource-duplicate",
          `Identifiant de ressource ${quote(id)} déclaré deux fois (${LABEL[previous.kind]} puis ${LABEL[kind]}).`,
          line
        );
        continue;
      }
      resources.set(id, { id, kind, value, overrides });
    }
  }
  return resources;
}

/** resid references, unused resources, string lengths and en-US overrides of strings. */
export function checkResources(
  root: XmlNode,
  resources: Map<string, Resource>,
  problems: ProblemList
): void {
  const used = new Set<string>();
  const seen = new Map<string, number>(); // occurrences of each (element, resid), to locate the right one
  walk(root, (name, element) => {
    const resid = attr(element, "resid");
    if (resid === undefined) return;
    used.add(resid);
    const resource = resources.get(resid);
    const where = `<${tag(name)} resid="${resid}">`;
    const key = `${name}|${resid}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const near = lineOf(problems.source, attrNeedle("resid", resid, name), occurrence);
    if (!resource) {
      problems.error(
        "resid-unknown",
        `${where} fait référence à une ressource qui n'est définie ni dans bt:Images, ni dans bt:Urls, ni dans bt:ShortStrings, ni dans bt:LongStrings.`,
        near
      );
      return;
    }
    const expected = EXPECTED_KIND[name];
    if (expected && expected !== resource.kind) {
      problems.error(
        "resid-kind",
        `${where} doit désigner une ressource de ${LABEL[expected]}, mais ${quote(resid)} est déclarée dans ${LABEL[resource.kind]}.`,
        near
      );
    }
  });
  const { maxShortString, maxLongString, overrideLocale } = MANIFEST_EXPECTATIONS;
  for (const r of resources.values()) {
    const near = attrNeedle("id", r.id);
    if (!used.has(r.id)) {
      problems.warn(
        "resource-unused",
        `La ressource ${quote(r.id)} (${LABEL[r.kind]}) est déclarée mais jamais utilisée.`,
        near
      );
    }
    if (r.kind !== "ShortString" && r.kind !== "LongString") continue;
    const max = r.kind === "ShortString" ? maxShortString : maxLongString;
    for (const [locale, value] of [
      ["par défaut", r.value],
      ...r.overrides.map((o) => [o.locale, o.value]),
    ]) {
      if (value !== undefined && value.length > max) {
        problems.error(
          "string-length",
          `La chaîne ${quote(r.id)} (${LABEL[r.kind]}, ${locale}) fait ${value.length} caractères : ${max} au maximum.`,
          near
        );
      }
    }
    if (!r.overrides.some((o) => o.locale === overrideLocale)) {
      problems.error(
        "override-missing",
        `La chaîne ${quote(r.id)} (${LABEL[r.kind]}) n'a pas de <bt:Override Locale="${overrideLocale}"> (traduction anglaise).`,
        near
      );
    }
  }
}
