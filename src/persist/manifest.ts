/**
 * What a saved index was built from: the archive's files (name, size, modification time) and the
 * code that analysed them (`indexFingerprint.ts`). A saved index whose manifest differs from the
 * current one is stale.
 */
import { statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/**
 * Files stat'ed per turn of the event loop. One await per file made a 10,000-file scan take
 * seconds on a busy bot (every stat waited for a turn); a few hundred cached stats take about a
 * millisecond, short enough not to delay a question.
 */
const STATS_PER_SLICE = 256;

/** One archive file as the manifest records it: `[name, bytes, mtimeMs]`. */
export type ManifestEntry = readonly [string, number, number];

/**
 * Lists the archive folder's files with their sizes and modification times, in name order.
 * Hidden files are left out, as the archive reader ignores them.
 * @param dir - the archive folder
 * @returns the entries, or `null` when the folder cannot be read
 */
export async function readManifest(dir: string): Promise<ManifestEntry[] | null> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => !name.startsWith(".")).sort();
  } catch {
    return null;
  }
  const entries: ManifestEntry[] = [];
  for (let start = 0; start < names.length; start += STATS_PER_SLICE) {
    for (const name of names.slice(start, start + STATS_PER_SLICE)) {
      try {
        const info = statSync(join(dir, name));
        entries.push([name, info.size, Math.trunc(info.mtimeMs)]);
      } catch {
        entries.push([name, -1, -1]);
      }
    }
    // Between slices, questions asked meanwhile are answered.
    if (start + STATS_PER_SLICE < names.length) await new Promise((resolve) => setImmediate(resolve));
  }
  return entries;
}

/** Whether two manifests describe the same files. */
export function sameManifest(a: readonly ManifestEntry[], b: readonly ManifestEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.join("\0") === b[i]?.join("\0"));
}
