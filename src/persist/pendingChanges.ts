/**
 * How far the archive has moved from its saved index, asked without loading the index: the shard
 * manager, which serves nothing itself, uses it to decide when a rebuild (the merge) is due.
 */
import { readManifest, type ManifestEntry } from "./manifest.js";
import { readSavedManifest } from "./savedIndex.js";
import { MERGE_AFTER_FILES, MERGE_AFTER_SHARE } from "./mergePolicy.js";

function sameEntry(a: ManifestEntry, b: ManifestEntry): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}

function inNameOrder(manifest: readonly ManifestEntry[]): boolean {
  for (let i = 1; i < manifest.length; i++)
    if ((manifest[i - 1]?.[0] ?? "") >= (manifest[i]?.[0] ?? "")) return false;
  return true;
}

/**
 * Files added, changed or removed between two manifests (a changed file is in both lists). Both
 * are in name order as `readManifest` lists them, so one walk along both finds them, without a
 * map of every file (tens of milliseconds on the serving thread at 50,000 files).
 */
export function changedFiles(
  saved: readonly ManifestEntry[],
  now: readonly ManifestEntry[],
): {
  added: string[];
  removed: string[];
} {
  if (!inNameOrder(saved) || !inNameOrder(now)) return changedFilesByMap(saved, now);
  const added: string[] = [];
  const removed: string[] = [];
  let i = 0;
  let j = 0;
  while (i < saved.length || j < now.length) {
    const before = saved[i];
    const after = now[j];
    if (after === undefined || (before !== undefined && before[0] < after[0])) {
      if (before) removed.push(before[0]);
      i += 1;
    } else if (before === undefined || after[0] < before[0]) {
      added.push(after[0]);
      j += 1;
    } else {
      if (!sameEntry(before, after)) {
        added.push(after[0]);
        removed.push(before[0]);
      }
      i += 1;
      j += 1;
    }
  }
  return { added, removed };
}

function changedFilesByMap(
  saved: readonly ManifestEntry[],
  now: readonly ManifestEntry[],
): { added: string[]; removed: string[] } {
  const before = new Map(saved.map((entry) => [entry[0], entry.join("\0")]));
  const after = new Map(now.map((entry) => [entry[0], entry.join("\0")]));
  const added = [...after].filter(([name, key]) => before.get(name) !== key).map(([name]) => name);
  const removed = [...before].filter(([name, key]) => after.get(name) !== key).map(([name]) => name);
  return { added, removed };
}

/**
 * Whether this many changed files call for merging them into a rebuilt saved index.
 * @param changed - files added, changed or removed since the saved index was built
 * @param files - files the saved index was built from
 */
export function mergeNeeded(changed: number, files: number): boolean {
  return changed > Math.max(MERGE_AFTER_FILES, MERGE_AFTER_SHARE * files);
}

/**
 * Whether the archive has changed enough since its saved index was built for a rebuild to be due
 * (or there is no usable saved index at all).
 * @param dir - the archive folder
 * @param savedPath - its saved index file (`savedIndexPath`)
 */
export async function mergeIsPending(dir: string, savedPath: string): Promise<boolean> {
  const [saved, now] = await Promise.all([readSavedManifest(savedPath), readManifest(dir)]);
  if (saved === null || now === null) return true;
  const { added, removed } = changedFiles(saved, now);
  return mergeNeeded(added.length + removed.length, saved.length);
}
