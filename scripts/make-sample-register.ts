// Writes assets/registre-exemple.xlsx, the example register shipped to users who work on a file
// rather than in Excel: `npx tsx scripts/make-sample-register.ts`. The file is the sample register
// of the task pane (sampleRegisterSheets) for a fixed exercise, written through the .xlsx gateway,
// with fixed dates inside so that running the script again gives the same bytes.
// test/workbook/file/sampleRegisterAsset.test.ts checks that the committed file has not drifted.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { sampleRegisterSheets } from "../src/app/sampleRegister";
import { createXlsxWorkbook } from "../src/workbook/file/xlsxWorkbook";

/** Exercise of the example register: fixed, so that the file does not change every January. */
export const SAMPLE_REGISTER_YEAR = 2025;

/** Where the example register is written, from the repository root. */
export const SAMPLE_REGISTER_PATH = "assets/registre-exemple.xlsx";

/** Date written in the file's properties and on every part of the archive. */
const FIXED_DATE = "2025-01-01T00:00:00Z";
/** FIXED_DATE as a zip (MS-DOS) date: years from 1980, month, day; the time is 00:00:00. */
const DOS_DATE = ((2025 - 1980) << 9) | (1 << 5) | 1;

interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

/** The entries of a zip archive, in order (stored or deflated, as ExcelJS writes them). */
function unzip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error("Archive zip illisible : pas de répertoire central.");
  const entries: ZipEntry[] = [];
  let at = view.getUint32(end + 16, true);
  for (let index = view.getUint16(end + 10, true); index > 0; index -= 1) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(start, start + size);
    entries.push({ name, data: method === 8 ? new Uint8Array(inflateRawSync(raw)) : raw });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** A zip archive of the entries, deflated, every one dated FIXED_DATE. */
function zip(entries: readonly ZipEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const data = new Uint8Array(deflateRawSync(entry.data, { level: 9 }));
    const header = (signature: number, size: number) => {
      const bytes = new Uint8Array(size + name.length);
      const view = new DataView(bytes.buffer);
      view.setUint32(0, signature, true);
      return { bytes, view };
    };
    const local = header(0x04034b50, 30);
    const central = header(0x02014b50, 46);
    // Local header fields from offset 4, central directory fields from offset 6 (after "made by").
    for (const [view, base] of [
      [local.view, 4],
      [central.view, 6],
    ] as const) {
      view.setUint16(base, 20, true); // version needed: 2.0
      view.setUint16(base + 4, 8, true); // deflate
      view.setUint16(base + 8, DOS_DATE, true); // time (base + 6) stays 00:00:00
      view.setUint32(base + 10, crc32(entry.data), true);
      view.setUint32(base + 14, data.length, true);
      view.setUint32(base + 18, entry.data.length, true);
      view.setUint16(base + 22, name.length, true);
    }
    central.view.setUint16(4, 20, true); // made by: MS-DOS, 2.0
    central.view.setUint32(42, offset, true);
    local.bytes.set(name, 30);
    central.bytes.set(name, 46);
    parts.push(local.bytes, data);
    directory.push(central.bytes);
    offset += local.bytes.length + data.length;
  }
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, entries.length, true);
  view.setUint16(10, entries.length, true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, offset, true);
  const all = [...parts, ...directory, end];
  const bytes = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/**
 * The same .xlsx file with nothing that depends on when it was written: the creation and
 * modification dates of its properties, and the dates of the parts of the archive (repacked
 * without the folder entries JSZip adds).
 *
 * @param xlsx - an .xlsx file written by ExcelJS
 * @returns the file, repacked
 * @example
 * reproducibleXlsx(await workbook.toXlsx());
 */
export function reproducibleXlsx(xlsx: Uint8Array): Uint8Array {
  return zip(
    unzip(xlsx)
      // Folders: JSZip lists them, Excel's own files have none.
      .filter((entry) => !entry.name.endsWith("/"))
      .map((entry) => {
        if (entry.name !== "docProps/core.xml") return entry;
        const xml = new TextDecoder()
          .decode(entry.data)
          .replace(
            /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
            `$1${FIXED_DATE}$3`
          );
        return { name: entry.name, data: new TextEncoder().encode(xml) };
      })
  );
}

/**
 * The example register as an .xlsx file: the sample register of the task pane for
 * SAMPLE_REGISTER_YEAR (tables Membres, Ecoles and Parametres, with the formulas beside Membres),
 * written through the .xlsx gateway.
 *
 * @returns the file's bytes, the same at every run
 * @example
 * writeFileSync(SAMPLE_REGISTER_PATH, await buildSampleRegister());
 */
export async function buildSampleRegister(): Promise<Uint8Array> {
  const workbook = await createXlsxWorkbook();
  await workbook.writeSheets(sampleRegisterSheets(SAMPLE_REGISTER_YEAR));
  return reproducibleXlsx(await workbook.toXlsx());
}

if (/make-sample-register\.ts$/.test(process.argv[1] ?? "")) {
  buildSampleRegister()
    .then((bytes) => {
      const path = resolve(SAMPLE_REGISTER_PATH);
      writeFileSync(path, bytes);
      console.log(
        `${SAMPLE_REGISTER_PATH} : registre d'exemple ${SAMPLE_REGISTER_YEAR} écrit (${bytes.length} octets).`
      );
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
