import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The user guide exists twice: docs/guide.md in French for the finance staff, docs/guide.en.md in
// English for IT contacts and English-speaking staff. Neither is generated from the other, so these
// tests keep them in step: the same sections in the same order, the same commands and sample
// outputs, and links that land somewhere. Adding a section to one guide only fails here.

const DOCS = path.resolve(__dirname, "../../docs");
const GUIDES = { fr: "guide.md", en: "guide.en.md" } as const;

interface Heading {
  level: number;
  text: string;
  line: number;
}

interface Link {
  target: string;
  line: number;
}

/** A Markdown file cut into what lies outside fenced code blocks and the blocks themselves. */
interface MarkdownParts {
  /** Each line outside code blocks with its 1-based number (fence lines excluded). */
  prose: { text: string; line: number }[];
  /** Each fenced block: its opening fence's info string and its exact content. */
  codeBlocks: { info: string; content: string; line: number }[];
}

const FENCE = /^ {0,3}(?<fence>`{3,}|~{3,})(?<info>.*)$/;

function splitMarkdown(markdown: string): MarkdownParts {
  const parts: MarkdownParts = { prose: [], codeBlocks: [] };
  let open: { fence: string; info: string; line: number; body: string[] } | null = null;
  for (const [index, text] of markdown.split(/\r?\n/).entries()) {
    const fence = FENCE.exec(text)?.groups;
    const marks = fence?.fence ?? "";
    const info = (fence?.info ?? "").trim();
    if (open === null) {
      if (fence) open = { fence: marks, info, line: index + 1, body: [] };
      else parts.prose.push({ text, line: index + 1 });
    } else if (
      fence &&
      marks[0] === open.fence[0] &&
      marks.length >= open.fence.length &&
      info === ""
    ) {
      parts.codeBlocks.push({ info: open.info, content: open.body.join("\n"), line: open.line });
      open = null;
    } else {
      open.body.push(text);
    }
  }
  if (open !== null) throw new Error(`code block opened at line ${open.line} is never closed`);
  return parts;
}

function headingsOf(parts: MarkdownParts): Heading[] {
  return parts.prose.flatMap(({ text, line }) => {
    const match = /^ {0,3}(?<marks>#{1,6})\s+(?<title>.*?)\s*#*\s*$/.exec(text)?.groups;
    return match ? [{ level: (match.marks ?? "").length, text: match.title ?? "", line }] : [];
  });
}

/** Inline links `[text](target)` outside code blocks and code spans; images and autolinks aside. */
function linksOf(parts: MarkdownParts): Link[] {
  return parts.prose.flatMap(({ text, line }) => {
    const withoutCode = text.replace(/`[^`]*`/g, "");
    return [
      ...withoutCode.matchAll(/(?<!!)\[[^\]]*\]\(\s*<?(?<target>[^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g),
    ].map((match) => ({ target: match.groups?.target ?? "", line }));
  });
}

/**
 * The anchor GitHub gives a heading: lower case, Markdown marks and punctuation dropped (letters
 * with accents, digits, spaces, hyphens and underscores kept), each space a hyphen.
 *
 * @example
 * headingAnchor("Hors d'Excel : un fichier de registre"); // "hors-dexcel--un-fichier-de-registre"
 */
function headingAnchor(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** Every anchor of a file, GitHub's way: a repeated heading gets -1, -2… */
function anchorsOf(headings: Heading[]): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const { text } of headings) {
    const base = headingAnchor(text);
    const count = seen.get(base) ?? 0;
    anchors.add(count === 0 ? base : `${base}-${count}`);
    seen.set(base, count + 1);
  }
  return anchors;
}

function isRelative(target: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith("//");
}

function read(file: string): MarkdownParts {
  return splitMarkdown(readFileSync(path.join(DOCS, file), "utf8"));
}

const french = read(GUIDES.fr);
const english = read(GUIDES.en);

describe("the French and English user guides", () => {
  test("have the same headings, level by level, in the same order", () => {
    const fr = headingsOf(french);
    const en = headingsOf(english);
    expect(fr.length).toBeGreaterThan(10);
    // Paired in order, with their texts and lines, so that a failure shows where the outlines part.
    const mismatches = Array.from({ length: Math.max(fr.length, en.length) }, (_, index) => [
      fr[index],
      en[index],
    ])
      .filter(([a, b]) => a?.level !== b?.level)
      .map(([a, b]) => {
        const show = (file: string, h: Heading | undefined) =>
          h ? `${file}:${h.line} ${"#".repeat(h.level)} ${h.text}` : `${file}: (no heading)`;
        return `${show(GUIDES.fr, a)}  ↔  ${show(GUIDES.en, b)}`;
      });
    expect(mismatches).toEqual([]);
    for (const level of [1, 2, 3, 4, 5, 6]) {
      const count = (headings: Heading[]) => headings.filter((h) => h.level === level).length;
      expect({ level, count: count(fr) }).toEqual({ level, count: count(en) });
    }
  });

  test("have the same fenced code blocks, identical, in the same order", () => {
    const blocks = (parts: MarkdownParts) =>
      parts.codeBlocks.map(({ info, content }) => ({ info, content }));
    expect(french.codeBlocks.length).toBeGreaterThan(0);
    expect(blocks(french)).toEqual(blocks(english));
  });

  test("link to each other at the top", () => {
    const firstLinks = (parts: MarkdownParts) =>
      linksOf(parts)
        .filter(({ line }) => line <= 5)
        .map(({ target }) => target);
    expect(firstLinks(french)).toContain(GUIDES.en);
    expect(firstLinks(english)).toContain(GUIDES.fr);
  });

  test.each(Object.values(GUIDES))("%s: every relative link names an existing file", (file) => {
    const broken = linksOf(read(file))
      .filter(({ target }) => isRelative(target) && !target.startsWith("#"))
      .filter(
        ({ target }) => !existsSync(path.resolve(DOCS, decodeURI(target.split("#")[0] ?? "")))
      )
      .map(({ target, line }) => `${file}:${line} ${target}`);
    expect(broken).toEqual([]);
  });

  test.each(Object.values(GUIDES))(
    "%s: every link to a section of the same guide lands on a heading",
    (file) => {
      const parts = read(file);
      const anchors = anchorsOf(headingsOf(parts));
      const broken = linksOf(parts)
        .filter(({ target }) => target.startsWith("#"))
        .filter(({ target }) => !anchors.has(decodeURIComponent(target.slice(1))))
        .map(({ target, line }) => `${file}:${line} ${target}`);
      expect(broken).toEqual([]);
    }
  );
});

describe("links from the other documents into the guides", () => {
  test("land on a heading of the guide they name", () => {
    const guideAnchors = new Map<string, Set<string>>(
      Object.values(GUIDES).map((file) => [file, anchorsOf(headingsOf(read(file)))])
    );
    const others = readdirSync(DOCS).filter(
      (file) => file.endsWith(".md") && !Object.values(GUIDES).includes(file as never)
    );
    expect(others.length).toBeGreaterThan(0);
    const broken = others.flatMap((file) =>
      linksOf(read(file))
        .map(({ target, line }) => ({
          target,
          line,
          match: /^(?:\.\/)?(?<guide>guide(?:\.en)?\.md)#(?<anchor>.+)$/.exec(target)?.groups,
        }))
        .filter(
          ({ match }) =>
            match !== undefined &&
            !guideAnchors.get(match.guide ?? "")?.has(decodeURIComponent(match.anchor ?? ""))
        )
        .map(({ target, line }) => `${file}:${line} ${target}`)
    );
    expect(broken).toEqual([]);
  });
});

describe("headingAnchor", () => {
  test.each([
    ["Hors d'Excel : un fichier de registre", "hors-dexcel--un-fichier-de-registre"],
    ["Sharing net charges (the Somme model)", "sharing-net-charges-the-somme-model"],
    ["Known differences from RULES.md", "known-differences-from-rulesmd"],
    ["En dessous de 15 €", "en-dessous-de-15-"],
    ["Écarts connus avec RULES.md", "écarts-connus-avec-rulesmd"],
  ])("%s → #%s", (heading, anchor) => {
    expect(headingAnchor(heading)).toBe(anchor);
  });
});
