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

/**
 * A manifest with some of its files looked at again: each named file is stat'ed and its entry
 * replaced, added or (when the file has gone) removed; the rest is taken as it was. An update
 * after `fs.watch` names the changed files costs those files, not a stat of the whole archive.
 * @param dir - the archive folder
 * @param manifest - the manifest as last read, in name order
 * @param names - the files to look at again
 * @returns the patched manifest, in name order
 */
export function patchManifest(
  dir: string,
  manifest: readonly ManifestEntry[],
  names: Iterable<string>,
): ManifestEntry[] {
  const patched = [...manifest];
  for (const name of new Set(names)) {
    if (name.startsWith(".") || name.includes("/")) continue;
    // As `readManifest` records it: a file that cannot be stat'ed is listed as [name, -1, -1].
    let entry: ManifestEntry | null;
    try {
      const info = statSync(join(dir, name));
      entry = [name, info.size, Math.trunc(info.mtimeMs)];
    } catch (error) {
      entry = (error as NodeJS.ErrnoException).code === "ENOENT" ? null : [name, -1, -1];
    }
    let low = 0;
    let high = patched.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((patched[middle]?.[0] ?? "") < name) low = middle + 1;
      else high = middle;
    }
    const present = patched[low]?.[0] === name;
    if (entry === null) {
      if (present) patched.splice(low, 1);
    } else patched.splice(low, present ? 1 : 0, entry);
  }
  return patched;
}

/** Whether two manifests describe the same files. */
export function sameManifest(a: readonly ManifestEntry[], b: readonly ManifestEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, i) => {
      const other = b[i];
      return other !== undefined && entry[0] === other[0] && entry[1] === other[1] && entry[2] === other[2];
    })
  );
}
