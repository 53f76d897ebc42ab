import { mkdir, rmdir, stat } from "node:fs/promises";
import { rmdirSync } from "node:fs";
import { dirname } from "node:path";

/**
 * The error code of a file-system error (ENOSPC, EACCES…), or null for another error.
 *
 * @param error - anything caught
 * @returns the code, or null
 * @example
 * errorCode(Object.assign(new Error("plein"), { code: "ENOSPC" })); // "ENOSPC"
 */
export function errorCode(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" ? code : null;
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: "disque plein",
  EDQUOT: "quota disque dépassé",
  EFBIG: "fichier trop grand pour ce disque",
  EACCES: "accès refusé",
  EPERM: "opération non permise",
  EROFS: "système de fichiers en lecture seule",
  ENOENT: "chemin introuvable ou refusé par le système",
  ENOTDIR: "un élément du chemin n'est pas un dossier",
  EISDIR: "c'est un dossier",
  EEXIST: "existe déjà",
  EIO: "erreur d'entrée-sortie du disque",
  EMFILE: "trop de fichiers ouverts",
  EBUSY: "ressource occupée",
  ENAMETOOLONG: "nom trop long",
};

/**
 * Why a file operation failed, in French, with the system's code.
 *
 * @param error - anything caught
 * @returns e.g. "disque plein (ENOSPC)"
 * @example
 * reasonOf(Object.assign(new Error(), { code: "EROFS" })); // "système de fichiers en lecture seule (EROFS)"
 */
export function reasonOf(error: unknown): string {
  const code = errorCode(error);
  if (code === null)
    return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  const reason = REASONS[code];
  return reason ? `${reason} (${code})` : code;
}

/** Codes of a failure of the disk itself rather than of the path: worth trying again later. */
export const DISK_FAILURES: ReadonlySet<string> = new Set(["ENOSPC", "EDQUOT", "EIO", "EFBIG"]);

function codeError(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${path}`), { code, path });
}

/**
 * Creates a folder and the missing folders above it, one level at a time (`mkdir -p`), and
 * returns those it created, outermost first. Unlike `mkdir(path, { recursive: true })`, it fails
 * at once where the system refuses a folder: on Node 20, the recursive mkdir of `/proc/x` loops
 * for ever (mkdir answers ENOENT for a parent that exists).
 *
 * @param path - absolute path of the folder
 * @returns the folders created, outermost first (none when it existed)
 * @throws the file-system error (ENOTDIR when a part of the path is a file)
 * @example
 * await makeFolders("/tmp/a/b"); // ["/tmp/a", "/tmp/a/b"] when /tmp/a did not exist
 */
export async function makeFolders(path: string): Promise<string[]> {
  const missing: string[] = [];
  let folder = path;
  for (;;) {
    try {
      const stats = await stat(folder);
      if (!stats.isDirectory()) throw codeError("ENOTDIR", folder);
      break;
    } catch (error) {
      if (errorCode(error) !== "ENOENT") throw error;
      missing.unshift(folder);
      const parent = dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
  }
  const created: string[] = [];
  for (const one of missing) {
    try {
      await mkdir(one);
      created.push(one);
    } catch (error) {
      // Created meanwhile by someone else: fine if it is a folder.
      if (errorCode(error) !== "EEXIST" || !(await stat(one)).isDirectory()) {
        await removeFolders(created);
        throw error;
      }
    }
  }
  return created;
}

/**
 * Removes folders that makeFolders created, innermost first, each only if empty.
 *
 * @param created - from makeFolders, outermost first
 * @example
 * await removeFolders(await makeFolders("/tmp/a/b")); // /tmp/a is gone again
 */
export async function removeFolders(created: readonly string[]): Promise<void> {
  for (const folder of [...created].reverse()) await rmdir(folder).catch(() => undefined);
}

/**
 * removeFolders, synchronously (from a signal handler, just before the process ends).
 *
 * @param created - from makeFolders, outermost first
 * @example
 * removeFoldersSync(created);
 */
export function removeFoldersSync(created: readonly string[]): void {
  for (const folder of [...created].reverse()) {
    try {
      rmdirSync(folder);
    } catch {
      // not empty, or gone: left as it is
    }
  }
}
