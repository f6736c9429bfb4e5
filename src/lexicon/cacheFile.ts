/**
 * Files of the compiled-data cache (`.cache/`): written whole or not at all, so a reader never
 * sees half a file, even when two processes compile the same data at once; and JSON data read from
 * one, or computed and saved there when it cannot be.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * JSON data from a cache file, or computed and saved there. A file that cannot be read, or that
 * `accept` refuses, is computed anew; a folder that cannot be written keeps the data in memory only.
 * @param file - the cache file
 * @param label - what the data is, for the reasons given to `onCacheMiss` ("lemma table")
 * @param accept - the data as read, or why it does not fit (then it is computed anew)
 * @param compute - computes the data
 * @param onCacheMiss - told why the file was not read or written
 */
export function readOrComputeJson<T>(
  file: string,
  label: string,
  accept: (read: unknown) => T | { readonly refused: string },
  compute: () => T,
  onCacheMiss: (reason: string) => void,
): T {
  try {
    const read = accept(JSON.parse(readFileSync(file, "utf8")));
    if (typeof read !== "object" || read === null || !("refused" in read)) return read;
    onCacheMiss(`${label} ${file} ${read.refused}`);
  } catch (error) {
    onCacheMiss(`${label} ${file} not read: ${reasonOf(error)}`);
  }
  const computed = compute();
  try {
    writeCacheFile(file, JSON.stringify(computed));
  } catch (error) {
    onCacheMiss(`${label} ${file} not written: ${reasonOf(error)}`);
  }
  return computed;
}
