import { SpreadsheetFileError } from "./spreadsheetFileError";

/** What a scan of an XML text reports, in document order. */
export interface XmlHandler {
  /** A start tag (or an empty element, then `selfClosing`), attributes decoded. */
  open(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  /** An end tag (not called for an empty element). */
  close(name: string): void;
  /** Character data, entities decoded (CDATA as is). */
  text(text: string): void;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;

/**
 * XML text with its predefined and numeric character references decoded; any other reference
 * is left as it is (spreadsheet parts declare none).
 *
 * @param text - raw XML character data or attribute value
 * @returns the text
 * @example
 * decodeXmlText("a &lt; b &#233;"); // "a < b é"
 */
export function decodeXmlText(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    if (name.startsWith("#x")) return codePoint(Number.parseInt(name.slice(2), 16), whole);
    if (name.startsWith("#")) return codePoint(Number.parseInt(name.slice(1), 10), whole);
    return ENTITIES[name] ?? whole;
  });
}

function codePoint(value: number, whole: string): string {
  return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : whole;
}

const START_TAG = /<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const END_TAG = /<\/([^\s>]+)\s*>/y;

function attributesOf(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (source === "") return attributes;
  for (const match of source.matchAll(ATTRIBUTE))
    attributes[match[1] ?? ""] = decodeXmlText(match[2] ?? match[3] ?? "");
  return attributes;
}

/**
 * Scans an XML text and reports its tags and text to a handler: a small pull reader for the
 * parts of a spreadsheet (no DTD, no namespace resolution: names keep their prefix). A document
 * type declaration is refused (a spreadsheet part has none, and its entities could expand a
 * small file into gigabytes); so is a tag that does not close.
 *
 * @param xml - the XML text
 * @param handler - what to call
 * @param part - name of the part, for the error
 * @throws SpreadsheetFileError("damaged") for XML it cannot read
 * @example
 * scanXml('<v a="1">2</v>', { open: (n) => names.push(n), close() {}, text() {} }, "x.xml");
 */
export function scanXml(xml: string, handler: XmlHandler, part: string): void {
  let at = 0;
  const damaged = () => new SpreadsheetFileError("damaged", `XML illisible dans ${part}`);
  while (at < xml.length) {
    const lt = xml.indexOf("<", at);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > at) handler.text(decodeXmlText(xml.slice(at, textEnd)));
    if (lt === -1) return;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      END_TAG.lastIndex = lt;
      const match = END_TAG.exec(xml);
      if (!match) throw damaged();
      handler.close(match[1] ?? "");
      at = END_TAG.lastIndex;
    } else if (next === 0x3f /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end === -1) throw damaged();
      at = end + 2;
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end === -1) throw damaged();
        at = end + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end === -1) throw damaged();
        handler.text(xml.slice(lt + 9, end));
        at = end + 3;
      } else throw damaged();
    } else {
      START_TAG.lastIndex = lt;
      const match = START_TAG.exec(xml);
      if (!match) throw damaged();
      handler.open(match[1] ?? "", attributesOf(match[2] ?? ""), match[3] === "/");
      at = START_TAG.lastIndex;
    }
  }
}

/**
 * A name without its namespace prefix.
 *
 * @param name - e.g. "x:c"
 * @returns e.g. "c"
 * @example
 * localName("x:sheetData"); // "sheetData"
 */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}
