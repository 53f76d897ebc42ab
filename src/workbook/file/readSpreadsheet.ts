import { formatLimit, READ_LIMITS, type ReadBook } from "./readBook";
import { readOds } from "./readOds";
import { readXlsx, workbookPart } from "./readXlsx";
import { SpreadsheetFileError } from "./spreadsheetFileError";
import { looksLikeZip, ZipArchive } from "./zipArchive";

/** The start of an OLE2 compound file: .xls, .doc, and Office files encrypted with a password. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Whether a compound file names a stream (directory entries are UTF-16LE). */
function hasStream(bytes: Uint8Array, name: string): boolean {
  const pattern = new Uint8Array(name.length * 2);
  for (let index = 0; index < name.length; index += 1) pattern[index * 2] = name.charCodeAt(index);
  outer: for (let at = 0; at + pattern.length <= bytes.length; at += 2) {
    for (let index = 0; index < pattern.length; index += 1)
      if (bytes[at + index] !== pattern[index]) continue outer;
    return true;
  }
  return false;
}

/** Why a compound file (OLE2) is not read. */
function compoundFileError(bytes: Uint8Array): SpreadsheetFileError {
  if (hasStream(bytes, "EncryptedPackage") || hasStream(bytes, "EncryptionInfo"))
    return new SpreadsheetFileError("password");
  if (hasStream(bytes, "Workbook") || hasStream(bytes, "Book"))
    return new SpreadsheetFileError("old-xls");
  return new SpreadsheetFileError("not-spreadsheet", "document Office d'un autre type");
}

/** A guess at what a file that is no archive is, for the message. */
function whatItIs(bytes: Uint8Array): string {
  if (bytes.length === 0) return "fichier vide";
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 512));
  if (head.startsWith("%PDF")) return "document PDF";
  if (/^\s*<(!doctype html|html)/i.test(head)) return "page HTML";
  if (/^\s*<\?xml/.test(head)) return "fichier XML";
  // Text (CSV, TSV…): no control characters other than tabs and line breaks.
  const control = bytes
    .subarray(0, 512)
    .some((byte) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d);
  if (!control) return "fichier texte, CSV par exemple";
  return "";
}

/**
 * Refuses, before it is read into memory, a file larger than the reading bounds allow: no
 * register file weighs more than the XML it may inflate to.
 *
 * @param size - the file's size in bytes
 * @throws SpreadsheetFileError("too-large")
 * @example
 * checkFileSize(file.size);
 */
export function checkFileSize(size: number): void {
  if (size > READ_LIMITS.inflatedBytes)
    throw new SpreadsheetFileError(
      "too-large",
      `${formatLimit(Math.round(size / 1_000_000))} Mo, au plus ${formatLimit(READ_LIMITS.inflatedBytes / 1_000_000)} Mo`
    );
}

/**
 * Reads a spreadsheet file: an .xlsx workbook (written by Excel, LibreOffice Calc, openpyxl,
 * Google Sheets…) or an OpenDocument spreadsheet (.ods). Anything else, or a file past
 * READ_LIMITS, is refused with a SpreadsheetFileError that says why (an old .xls, an .xlsb, a
 * password, a damaged archive, not a spreadsheet at all).
 *
 * @param bytes - the file
 * @returns the sheets and tables it holds
 * @throws SpreadsheetFileError
 * @example
 * const book = await readSpreadsheet(new Uint8Array(await file.arrayBuffer()));
 */
export async function readSpreadsheet(bytes: Uint8Array): Promise<ReadBook> {
  checkFileSize(bytes.length);
  if (startsWith(bytes, COMPOUND_FILE)) throw compoundFileError(bytes);
  if (!looksLikeZip(bytes)) throw new SpreadsheetFileError("not-spreadsheet", whatItIs(bytes));
  const zip = new ZipArchive(bytes, READ_LIMITS.inflatedBytes);
  if (zip.anyEncrypted()) throw new SpreadsheetFileError("password", "archive zip chiffrée");
  if (zip.has("content.xml") || zip.has("mimetype")) {
    const mimetype = new TextDecoder()
      .decode((await zip.read("mimetype")) ?? new Uint8Array())
      .trim();
    const manifest = (await zip.text("META-INF/manifest.xml")) ?? "";
    if (manifest.includes("encryption-data")) throw new SpreadsheetFileError("password");
    if (mimetype === ODS_TYPE || (mimetype === "" && manifest.includes(ODS_TYPE)))
      return readOds(zip);
    throw new SpreadsheetFileError("not-spreadsheet", "document OpenDocument d'un autre type");
  }
  const workbook = await workbookPart(zip);
  if (workbook?.endsWith(".bin")) throw new SpreadsheetFileError("xlsb");
  if (workbook !== null) return readXlsx(zip, workbook);
  if (zip.has("word/document.xml"))
    throw new SpreadsheetFileError("not-spreadsheet", "document Word");
  if (zip.has("ppt/presentation.xml"))
    throw new SpreadsheetFileError("not-spreadsheet", "présentation PowerPoint");
  if (zip.has("[Content_Types].xml"))
    throw new SpreadsheetFileError("damaged", "partie du classeur introuvable");
  throw new SpreadsheetFileError("not-spreadsheet", "archive zip");
}
