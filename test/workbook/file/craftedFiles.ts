/*
 * Files crafted by the tests, never committed: minimal .xlsx and .ods packages around given
 * parts, and the two files that used to exhaust the memory (one huge text in a small zip; ten
 * million cells). Parts are deflated segment by segment, so that a 300 MB part is never held
 * whole in memory while it is made.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";
import { storedZip } from "./zipFiles";

/** A part of a zip: its name, and its content as segments (each deflated on its own). */
export interface CraftedPart {
  readonly name: string;
  readonly segments: Iterable<Uint8Array | string>;
  /** The size the archive declares, when it must lie about it (a real one is computed). */
  readonly declaredSize?: number;
  /** zlib's level: 9 (smallest) unless said. */
  readonly level?: number;
}

const encoder = new TextEncoder();

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}

/**
 * A zip archive of deflated parts. Each segment is deflated apart and flushed to a byte
 * boundary, so the segments join into one valid deflate stream; a segment repeated reuses its
 * compressed bytes (a 1 MB text repeated 300 times costs 1 MB of work).
 *
 * @param parts - the parts
 * @returns the archive
 */
export function deflatedZip(parts: readonly CraftedPart[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = encoder.encode(part.name);
    const compressed: Uint8Array[] = [];
    const cache = new Map<Uint8Array | string, Uint8Array>();
    let crc = 0;
    let size = 0;
    for (const segment of part.segments) {
      const bytes = typeof segment === "string" ? encoder.encode(segment) : segment;
      crc = crc32(bytes, crc);
      size += bytes.length;
      let deflated = cache.get(segment);
      if (!deflated) {
        deflated = deflateRawSync(bytes, {
          level: part.level ?? 9,
          finishFlush: constants.Z_SYNC_FLUSH,
        });
        cache.set(segment, deflated);
      }
      compressed.push(deflated);
    }
    compressed.push(deflateRawSync(new Uint8Array(0))); // the final, empty block
    const data = concat(compressed);
    const declared = part.declaredSize ?? size;
    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(8, 8, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, data.length, true);
    l.setUint32(22, declared, true);
    l.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(10, 8, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, data.length, true);
    c.setUint32(24, declared, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, centrals.length, true);
  e.setUint16(10, centrals.length, true);
  e.setUint32(12, directorySize, true);
  e.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The parts every crafted .xlsx has, around one sheet « Membres » and its shared strings. */
function xlsxFrame(): Record<string, string> {
  return {
    "[Content_Types].xml":
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="xml" ContentType="application/xml"/></Types>',
    "_rels/.rels":
      `<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" ` +
      `Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
      '<sheet name="Membres" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
      `<Relationships xmlns="${PACKAGE_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      "</Relationships>",
  };
}

/**
 * An .xlsx file of one sheet « Membres » whose cells are given as the XML of its rows.
 *
 * @param rows - the `<row>` elements
 * @param strings - the shared strings
 * @returns the file (parts stored, not deflated)
 */
export function xlsxWithRows(rows: string, strings: readonly string[] = []): Uint8Array {
  return storedZip({
    ...xlsxFrame(),
    "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`,
    "xl/sharedStrings.xml":
      `<sst xmlns="${MAIN}">` +
      strings.map((text) => `<si><t>${text}</t></si>`).join("") +
      "</sst>",
  });
}

/**
 * A deflated .xlsx file of one sheet « Membres ».
 *
 * @param sheet - the sheet part's XML, as segments
 * @param sharedStrings - the shared strings part's XML, as segments
 * @param declaredSize - the size the zip declares for the shared strings (default: the real one)
 * @returns the file
 */
export function deflatedXlsx(
  sheet: Iterable<string | Uint8Array>,
  sharedStrings: Iterable<string | Uint8Array>,
  declaredSize?: number,
  sheetLevel = 9
): Uint8Array {
  return deflatedZip([
    ...Object.entries(xlsxFrame()).map(([name, text]) => ({ name, segments: [text] })),
    { name: "xl/worksheets/sheet1.xml", segments: sheet, level: sheetLevel },
    { name: "xl/sharedStrings.xml", segments: sharedStrings, declaredSize },
  ]);
}

/** A text of `megabytes` MB of "a", as segments of 1 MB (the same object: deflated once). */
function* megabytesOfA(megabytes: number): Generator<Uint8Array> {
  const chunk = new Uint8Array(1_000_000).fill(0x61);
  for (let index = 0; index < megabytes; index += 1) yield chunk;
}

/**
 * An .xlsx file of about 300 KB whose one shared string is 300 MB of "a".
 *
 * @param declaredSize - the size the zip declares for that part (default: the real one)
 * @returns the file
 */
export function hugeTextXlsx(declaredSize?: number): Uint8Array {
  return deflatedXlsx(
    [
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
    ],
    [`<sst xmlns="${MAIN}"><si><t>`, ...megabytesOfA(300), "</t></si></sst>"],
    declaredSize
  );
}

/**
 * An .xlsx file holding ten million cells (one sheet, rows of ten numbers of three digits, no
 * cell addresses), about 30 MB: the numbers vary so that it compresses as a real sheet does.
 *
 * @returns the file
 */
export function tenMillionCellsXlsx(): Uint8Array {
  let seed = 12345;
  const digits = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return 100 + (seed % 900);
  };
  function* rows(): Generator<string> {
    yield `<worksheet xmlns="${MAIN}"><sheetData>`;
    for (let block = 0; block < 1000; block += 1) {
      let xml = "";
      for (let row = 0; row < 1000; row += 1) {
        xml += "<row>";
        for (let column = 0; column < 10; column += 1) xml += `<c><v>${digits()}</v></c>`;
        xml += "</row>";
      }
      yield xml;
    }
    yield "</sheetData></worksheet>";
  }
  return deflatedXlsx(rows(), [`<sst xmlns="${MAIN}"/>`], undefined, 1);
}

const ODS_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"';

/**
 * An .ods file whose content holds the given tables (`<table:table>` elements) and database
 * ranges.
 *
 * @param tables - the sheets' XML
 * @param ranges - the `<table:database-range>` elements
 * @returns the file
 */
export function odsWith(tables: string, ranges = ""): Uint8Array {
  return storedZip({
    mimetype: "application/vnd.oasis.opendocument.spreadsheet",
    "content.xml":
      `<office:document-content ${ODS_NS}><office:body><office:spreadsheet>${tables}` +
      `<table:database-ranges>${ranges}</table:database-ranges></office:spreadsheet></office:body></office:document-content>`,
  });
}
