import { diskFileSystem, type OutputFileSystem } from "../../src/cli/runFolder";

/** What the failing file-system double did. */
export interface FailingFileSystemStateDouble {
  /** Files written to the disk, by path (the writes started before the failure). */
  readonly written: string[];
  /** Writes refused. */
  readonly refused: string[];
}

function errno(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${path}`), { code, path });
}

/**
 * Test double of the command's output file system (OutputFileSystem): writes to the disk as the
 * real one does, until it fails on purpose.
 *
 * @param options - `failWritesAfter`: writes that succeed before every later one fails with
 *   `code` (ENOSPC: a disk that fills up); `failRename`: the run folder's rename fails with `code`
 * @returns the double and its state
 */
export function createFailingFileSystemDouble(options: {
  failWritesAfter?: number;
  failRename?: boolean;
  code?: string;
}): { files: OutputFileSystem; state: FailingFileSystemStateDouble } {
  const code = options.code ?? "ENOSPC";
  const state: FailingFileSystemStateDouble = { written: [], refused: [] };
  let started = 0;
  const files: OutputFileSystem = {
    async writeFile(path, bytes) {
      started += 1;
      if (options.failWritesAfter !== undefined && started > options.failWritesAfter) {
        state.refused.push(path);
        throw errno(code, path);
      }
      await diskFileSystem.writeFile(path, bytes);
      state.written.push(path);
    },
    async rename(from, to) {
      if (options.failRename) throw errno(code, to);
      await diskFileSystem.rename(from, to);
    },
  };
  return { files, state };
}
