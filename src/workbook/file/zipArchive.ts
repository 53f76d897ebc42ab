import { Inflate } from "fflate";
import { SpreadsheetFileError } from "./spreadsheetFileError";

/** An entry of a zip archive, found in its central directory. */
export interface ZipEntry {
  readonly name: string;
  /** 0: stored, 8: deflated. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** As the archive declares it: checked again while inflating. */
  readonly size: number;
  readonly localHeaderAt: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The size a zip64 archive declares in its central directory, the real one being elsewhere. */
const ZIP64_SIZE = 0xffffffff;
/** Compressed bytes handed to the inflater at once: the output is checked between two. */
const INFLATE_CHUNK = 64 * 1024;

/**
 * Whether bytes start as a zip archive does (a local file header, or the end record of an empty
 * archive).
 *
 * @param bytes - the file
 * @returns true for a zip archive
 * @example
 * looksLikeZip(new TextEncoder().encode("PK\u0003\u0004…")); // true
 */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  );
}

/**
 * A zip archive read from its central directory; entries are inflated on demand, each within a
 * byte budget shared by the whole archive (a small file that inflates to gigabytes is refused
 * before it fills the memory).
 */
export class ZipArchive {
  private readonly view: DataView;
  private readonly entries = new Map<string, ZipEntry>();
  /** Bytes that inflating may still produce, for every entry read. */
  private budget: number;

  /**
   * @param bytes - the archive
   * @param maxInflatedBytes - what every entry read may inflate to, in all
   * @throws SpreadsheetFileError("damaged") when the central directory cannot be found or read
   */
  constructor(
    private readonly bytes: Uint8Array,
    maxInflatedBytes: number
  ) {
    this.budget = maxInflatedBytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = this.findEnd();
    const count = this.view.getUint16(end + 10, true);
    let at = this.view.getUint32(end + 16, true);
    const decoder = new TextDecoder();
    for (let index = 0; index < count; index += 1) {
      if (at + 46 > bytes.length || this.view.getUint32(at, true) !== DIRECTORY_ENTRY)
        throw new SpreadsheetFileError("damaged", "répertoire zip illisible");
      const flags = this.view.getUint16(at + 8, true);
      const nameLength = this.view.getUint16(at + 28, true);
      const extraLength = this.view.getUint16(at + 30, true);
      const commentLength = this.view.getUint16(at + 32, true);
      const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
      this.entries.set(name, {
        name,
        method: this.view.getUint16(at + 10, true),
        encrypted: (flags & 1) === 1,
        compressedSize: this.view.getUint32(at + 20, true),
        size: this.view.getUint32(at + 24, true),
        localHeaderAt: this.view.getUint32(at + 42, true),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  /** The end of central directory record, searched backwards over a possible comment. */
  private findEnd(): number {
    const lowest = Math.max(0, this.bytes.length - 22 - 0xffff);
    for (let at = this.bytes.length - 22; at >= lowest; at -= 1)
      if (this.view.getUint32(at, true) === END_OF_DIRECTORY) return at;
    throw new SpreadsheetFileError(
      "damaged",
      "fin de l'archive zip introuvable (fichier tronqué ?)"
    );
  }

  /** Names of the entries. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** Whether the archive holds an entry (names compared exactly, as zip does). */
  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Whether an entry is encrypted (a zip protected by a password). */
  anyEncrypted(): boolean {
    return [...this.entries.values()].some((entry) => entry.encrypted);
  }

  /**
   * An entry's bytes, inflated within the budget left: by the platform's DecompressionStream
   * where there is one (browsers, Node), else by fflate.
   *
   * @param name - the entry
   * @returns the bytes, or null when the archive has no such entry
   * @throws SpreadsheetFileError("too-large") past the budget, ("damaged") when it does not inflate
   */
  async read(name: string): Promise<Uint8Array | null> {
    const entry = this.entries.get(name);
    if (!entry) return null;
    if (entry.encrypted) throw new SpreadsheetFileError("password", `entrée chiffrée ${name}`);
    if (entry.size !== ZIP64_SIZE && entry.size > this.budget) throw tooLarge();
    const local = entry.localHeaderAt;
    if (local + 30 > this.bytes.length || this.view.getUint32(local, true) !== LOCAL_HEADER)
      throw new SpreadsheetFileError("damaged", `entrée ${name} introuvable`);
    const start =
      local + 30 + this.view.getUint16(local + 26, true) + this.view.getUint16(local + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length)
      throw new SpreadsheetFileError("damaged", `entrée ${name} tronquée`);
    const data = this.bytes.subarray(start, end);
    if (entry.method === 0) {
      this.budget -= data.length;
      return data;
    }
    if (entry.method !== 8)
      throw new SpreadsheetFileError("damaged", `méthode de compression ${entry.method}`);
    // An entry may not inflate past what the archive declares for it (every spreadsheet program
    // declares it; zip64's 0xFFFFFFFF means "see the extra field": then the budget alone).
    const declared = entry.size === ZIP64_SIZE ? Infinity : entry.size;
    const limit = Math.min(declared, this.budget);
    const inflated =
      (await nativeInflate(data, limit, () => overflow(name, declared, this.budget))) ??
      this.inflate(name, data, limit, () => overflow(name, declared, this.budget));
    this.budget -= inflated.length;
    return inflated;
  }

  /**
   * An entry as text (UTF-8).
   *
   * @param name - the entry
   * @returns the text, or null when the archive has no such entry
   */
  async text(name: string): Promise<string | null> {
    const bytes = await this.read(name);
    return bytes === null ? null : new TextDecoder().decode(bytes);
  }

  private inflate(
    name: string,
    data: Uint8Array,
    limit: number,
    over: () => SpreadsheetFileError
  ): Uint8Array {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      total += chunk.length;
      if (total > limit) throw over();
      chunks.push(chunk);
      if (final) ended = true;
    });
    try {
      for (let at = 0; at < data.length; at += INFLATE_CHUNK)
        inflater.push(
          data.subarray(at, Math.min(at + INFLATE_CHUNK, data.length)),
          at + INFLATE_CHUNK >= data.length
        );
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof SpreadsheetFileError) throw error;
      throw new SpreadsheetFileError("damaged", `entrée ${name} illisible`, { cause: error });
    }
    if (!ended) throw new SpreadsheetFileError("damaged", `entrée ${name} incomplète`);
    return joined(chunks, total);
  }
}

function joined(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const whole = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}

/**
 * Inflates raw deflate data with the platform's DecompressionStream, stopping as soon as the
 * output passes `limit` bytes (then throws `over()`); null where the platform has none for raw
 * deflate.
 */
async function nativeInflate(
  data: Uint8Array,
  limit: number,
  over: () => SpreadsheetFileError
): Promise<Uint8Array | null> {
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream("deflate-raw");
  } catch {
    return null;
  }
  const reader = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(stream)
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch (error) {
      throw new SpreadsheetFileError("damaged", "données compressées illisibles", { cause: error });
    }
    if (next.done) return joined(chunks, total);
    total += next.value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw over();
    }
    chunks.push(next.value);
  }
}

function tooLarge(): SpreadsheetFileError {
  return new SpreadsheetFileError("too-large", "taille décompressée");
}

/** Why an entry that inflates past `declared` (its size in the archive) or the budget is refused. */
function overflow(name: string, declared: number, budget: number): SpreadsheetFileError {
  return declared <= budget
    ? new SpreadsheetFileError("damaged", `entrée ${name} plus longue que sa taille déclarée`)
    : tooLarge();
}
