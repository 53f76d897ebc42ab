import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// poppler-utils (pdftotext, pdftoppm) read back what the PDF shows. .ci/run is expected to
// install them (apt-get install -y poppler-utils); on a machine without them the checks that need
// them are skipped with a note, never passed silently.

/** True when pdftotext and pdftoppm can run here. */
export const HAS_POPPLER =
  spawnSync("pdftotext", ["-v"]).error === undefined &&
  spawnSync("pdftoppm", ["-v"]).error === undefined;

/** `test` when poppler-utils are installed, `test.skip` with a console note otherwise. */
export const popplerTest: typeof test = HAS_POPPLER ? test : test.skip;

if (!HAS_POPPLER && process.env.CI) {
  // CI installs poppler-utils (.ci/run): there, a missing tool is a failure, not a skip.
  throw new Error("pdftotext/pdftoppm missing in CI: .ci/run must install poppler-utils.");
}
if (!HAS_POPPLER) {
  console.warn(
    "pdftotext/pdftoppm missing (Debian: apt-get install -y poppler-utils): the PDF text and rendering checks are skipped."
  );
}

/** Directory for the rendered pages, git-ignored. */
export const OUTPUT_DIR = join(__dirname, "..", "..", "test-output", "documents");

function withFile<T>(bytes: Uint8Array, run: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "statement-pdf-"));
  try {
    const file = join(dir, "statement.pdf");
    writeFileSync(file, bytes);
    return run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The PDF's text in content-stream order (pdftotext -raw), optionally for some pages only.
 *
 * @param bytes - the PDF
 * @param pages - first and last page, 1-based
 * @returns the text, UTF-8
 */
export function pdfText(bytes: Uint8Array, pages?: { first: number; last: number }): string {
  return withFile(bytes, (file) => {
    const range = pages ? ["-f", String(pages.first), "-l", String(pages.last)] : [];
    const out = spawnSync("pdftotext", ["-raw", "-enc", "UTF-8", ...range, file, "-"], {
      encoding: "utf8",
    });
    if (out.status !== 0) throw new Error(`pdftotext failed: ${out.stderr}`);
    return out.stdout;
  });
}

/**
 * A text with every run of spaces, no-break spaces and line breaks made one space, to compare
 * what pdftotext gives (wrapped lines, U+00A0 as a space) with what was written.
 *
 * @param text - any text
 * @returns the text, flattened
 */
export function flat(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

/**
 * Renders the first page to `OUTPUT_DIR/<name>.png` with pdftoppm (-singlefile).
 *
 * @param bytes - the PDF
 * @param name - base name of the PNG
 * @returns pdftoppm's stderr (empty when poppler found nothing wrong) and the PNG's path
 */
export function renderFirstPage(bytes: Uint8Array, name: string): { stderr: string; png: string } {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const base = join(OUTPUT_DIR, name);
  const out = withFile(bytes, (file) =>
    spawnSync("pdftoppm", ["-r", "100", "-png", "-singlefile", file, base], {
      encoding: "utf8",
    })
  );
  if (out.status !== 0) throw new Error(`pdftoppm failed: ${out.stderr}`);
  return { stderr: out.stderr, png: `${base}.png` };
}

/** A word pdftotext found, its box in points from the page's top left corner. */
export interface PdfWord {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

const decodeEntities = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/**
 * Every word of a PDF with its box (pdftotext -bbox), page by page.
 *
 * @param bytes - the PDF
 * @returns the words, in pdftotext's order, pages numbered from 1
 */
export function pdfWords(bytes: Uint8Array): PdfWord[] {
  return withFile(bytes, (file) => {
    const out = spawnSync("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (out.status !== 0) throw new Error(`pdftotext -bbox failed: ${out.stderr}`);
    const words: PdfWord[] = [];
    let page = 0;
    const pattern =
      /<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
    for (const match of out.stdout.matchAll(pattern)) {
      if (match[0].startsWith("<page")) {
        page += 1;
        continue;
      }
      words.push({
        page,
        text: decodeEntities(match[5] ?? ""),
        xMin: Number(match[1]),
        yMin: Number(match[2]),
        xMax: Number(match[3]),
        yMax: Number(match[4]),
      });
    }
    return words;
  });
}

/**
 * The pairs of words whose boxes intersect, on the same page: two words overlap when their boxes
 * share more than `tolerance` points both across and down (a word on the next line only touches).
 *
 * @param words - the words, from pdfWords
 * @param tolerance - points of overlap forgiven in each direction
 * @returns each overlap as "page n: «a» over «b»"
 */
export function overlappingWords(words: readonly PdfWord[], tolerance = 0.5): string[] {
  const overlaps: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const a = words[i] as PdfWord;
    for (let j = i + 1; j < words.length; j += 1) {
      const b = words[j] as PdfWord;
      if (a.page !== b.page) continue;
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (across > tolerance && down > tolerance)
        overlaps.push(`page ${a.page}: «${a.text}» over «${b.text}»`);
    }
  }
  return overlaps;
}
