import { XMLParser } from "fast-xml-parser";

/**
 * An element parsed by {@link parseXmlTree}: child elements are arrays keyed by their local
 * name (namespace prefix removed: `bt:Image` → `Image`), attributes are strings keyed
 * `@_name` (again without prefix: `xsi:type` → `@_type`), and text content is `#text`.
 */
export interface XmlNode {
  [key: string]: XmlNode[] | string | undefined;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  alwaysCreateTextNode: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (_name: string, _jpath: unknown, _isLeaf: boolean, isAttribute: boolean) => !isAttribute,
});

/**
 * Parses well-formed XML (check it first with XMLValidator) into a uniform tree whose root is
 * the document: `parseXmlTree(xml).OfficeApp` lists the root elements named OfficeApp.
 */
export function parseXmlTree(xml: string): XmlNode {
  return parser.parse(xml) as XmlNode;
}

/** Child elements of `node` with local name `name` (empty when `node` is undefined). */
export function kids(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  return Array.isArray(value) ? value : [];
}

/** Elements reached from `node` by a slash-separated path of local names, e.g. `Hosts/Host`. */
export function descend(node: XmlNode | undefined, path: string): XmlNode[] {
  let level: XmlNode[] = node ? [node] : [];
  for (const name of path.split("/")) level = level.flatMap((n) => kids(n, name));
  return level;
}

/** First element reached by {@link descend}, or undefined. */
export function first(node: XmlNode | undefined, path: string): XmlNode | undefined {
  return descend(node, path)[0];
}

/** Value of attribute `name` (local name, without prefix), or undefined. */
export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === "string" ? value : undefined;
}

/** Trimmed text content of `node` ("" when absent). */
export function text(node: XmlNode | undefined): string {
  const value = node?.["#text"];
  return typeof value === "string" ? value.trim() : "";
}

/** Calls `visit` for every element below `node`, depth first, with its local name. */
export function walk(node: XmlNode, visit: (name: string, element: XmlNode) => void): void {
  for (const [key, value] of Object.entries(node)) {
    if (!Array.isArray(value)) continue;
    for (const child of value) {
      visit(key, child);
      walk(child, visit);
    }
  }
}

/**
 * 1-based line of the `occurrence`-th (0-based) match of `needle` (a literal string or a
 * regular expression) in `source`, or undefined when not found. Tells the user where a
 * problem is.
 */
export function lineOf(
  source: string,
  needle: string | RegExp,
  occurrence = 0
): number | undefined {
  const pattern =
    typeof needle === "string"
      ? new RegExp(escapeRegExp(needle), "g")
      : new RegExp(needle.source, needle.flags.includes("g") ? needle.flags : `${needle.flags}g`);
  let match: RegExpExecArray | null = null;
  for (let i = 0; i <= occurrence; i++) {
    match = pattern.exec(source);
    if (!match) return undefined;
    if (match[0] === "") pattern.lastIndex++;
  }
  return match ? source.slice(0, match.index).split("\n").length : undefined;
}

/** Escapes `text` for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Pattern for {@link lineOf} matching an attribute `name="value"`, inside an element with local
 * name `element` (any namespace prefix) when given, e.g. `<bt:Image size="16" resid="Icon.16x16"`.
 */
export function attrNeedle(name: string, value: string, element?: string): RegExp {
  const attribute = `\\s${escapeRegExp(name)}="${escapeRegExp(value)}"`;
  return new RegExp(
    element ? `<(?:[\\w.-]+:)?${escapeRegExp(element)}\\b[^>]*${attribute}` : attribute
  );
}
