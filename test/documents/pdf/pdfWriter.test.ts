import { PDFDocument } from "pdf-lib";
import { rgb } from "../../../src/documents/pdf/pdfPage";
import { PdfWriter } from "../../../src/documents/pdf/pdfWriter";
import { HELVETICA, HELVETICA_BOLD } from "../../../src/documents/pdf/standardFont";
import { pdfText, popplerTest } from "../poppler";

const A4: [number, number] = [595.28, 841.89];

function twoPages(): PdfWriter {
  const writer = new PdfWriter({
    title: "Avis n° 2025-0001 — Hem",
    showTitle: true,
    author: "Syndicat (ENT) \\ 59/62",
    subject: "Sujet 🚀",
    keywords: ["avis", "2025-0001"],
    creator: "créateur",
    producer: "ENT",
    creationDate: new Date(Date.UTC(2025, 2, 1)),
    modificationDate: new Date(Date.UTC(2025, 2, 2)),
    language: "fr-FR",
  });
  const first = writer.addPage(A4);
  first.drawText("Total (TTC) : 1\u00a0571,70 € \\ œuvre", {
    x: 56.7,
    y: 770,
    size: 12,
    font: HELVETICA_BOLD,
  });
  first.drawRectangle({ x: 50, y: 700, width: 200, height: 40, color: rgb(0.92, 0.92, 0.92) });
  first.drawRectangle({ x: 300, y: 700, width: 200, height: 40, borderColor: rgb(0.6, 0.6, 0.6) });
  first.drawLine({ start: { x: 50, y: 690 }, end: { x: 500, y: 690 }, thickness: 0.5 });
  writer.addPage([300, 400]).drawText("Seconde page", {
    x: 20,
    y: 300,
    size: 9,
    font: HELVETICA,
    color: rgb(0.35, 0.35, 0.35),
  });
  return writer;
}

function ascii(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("latin1");
}

describe("PdfWriter", () => {
  test("every cross-reference entry points at its object, and startxref at the table", () => {
    const file = ascii(twoPages().save());
    expect(file.startsWith("%PDF-1.7\n")).toBe(true);
    expect(file.endsWith("%%EOF\n")).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(file)?.[1]);
    expect(file.slice(startxref, startxref + 5)).toBe("xref\n");
    const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(file.slice(startxref)) ?? [];
    expect(Number(first)).toBe(0);
    const entries = file
      .slice(startxref)
      .split("\n")
      .slice(2, 2 + Number(count));
    expect(entries[0]).toBe("0000000000 65535 f ");
    entries.slice(1).forEach((entry, index) => {
      expect(entry).toMatch(/^\d{10} 00000 n $/);
      const offset = Number(entry.slice(0, 10));
      expect(file.slice(offset, offset + `${index + 1} 0 obj`.length)).toBe(`${index + 1} 0 obj`);
    });
    expect(file).toContain(`/Size ${count}`);
  });

  test("each stream's /Length is the length of its data", () => {
    const file = ascii(twoPages().save());
    const streams = [...file.matchAll(/<< \/Length (\d+) >>\nstream\n/g)];
    expect(streams).toHaveLength(2);
    for (const match of streams) {
      const start = (match.index ?? 0) + match[0].length;
      const length = Number(match[1]);
      expect(file.slice(start + length, start + length + 9)).toBe("endstream");
    }
  });

  test("the file is ASCII and the same pages give the same bytes", () => {
    const bytes = twoPages().save();
    expect([...bytes].every((byte) => byte === 0x0a || (byte >= 0x20 && byte <= 0x7e))).toBe(true);
    expect(Buffer.from(twoPages().save()).equals(Buffer.from(bytes))).toBe(true);
  });

  test("pdf-lib reads it back: pages, sizes and information, accents and emoji kept", async () => {
    const pdf = await PDFDocument.load(twoPages().save(), { updateMetadata: false });
    expect(pdf.getPageCount()).toBe(2);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(pdf.getPage(1).getSize()).toEqual({ width: 300, height: 400 });
    expect(pdf.getTitle()).toBe("Avis n° 2025-0001 — Hem");
    expect(pdf.getAuthor()).toBe("Syndicat (ENT) \\ 59/62");
    expect(pdf.getSubject()).toBe("Sujet 🚀");
    expect(pdf.getKeywords()).toBe("avis 2025-0001");
    expect(pdf.getCreator()).toBe("créateur");
    expect(pdf.getCreationDate()?.toISOString()).toBe("2025-03-01T00:00:00.000Z");
    expect(pdf.getModificationDate()?.toISOString()).toBe("2025-03-02T00:00:00.000Z");
  });

  test("a document without pages is saved with one blank page", async () => {
    const pdf = await PDFDocument.load(new PdfWriter().save());
    expect(pdf.getPageCount()).toBe(1);
  });

  popplerTest("poppler extracts the text as drawn, page by page", () => {
    const bytes = twoPages().save();
    const first = pdfText(bytes, { first: 1, last: 1 });
    expect(first).toContain("Total (TTC) : 1");
    expect(first).toContain("571,70 € \\ œuvre");
    expect(first).not.toContain("Seconde page");
    expect(pdfText(bytes, { first: 2, last: 2 })).toContain("Seconde page");
  });
});
