/**
 * Writing a file of the compiled-data cache (`.cache/`): whole or not at all, so a reader never
 * sees half a file, even when two processes compile the same data at once.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes `data` to `file` through a temporary file renamed into place, creating the folder.
 * Throws what the file system threw, with no temporary file left behind.
 * @param file - the cache file
 * @param data - its contents
 */
export function writeCacheFile(file: string, data: string | Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing was written where nothing can be written.
    }
    throw error;
  }
}
