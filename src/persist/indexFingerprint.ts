/**
 * The fingerprint of the code a saved index was built by: a digest of the build's TypeScript
 * sources, found by following its imports, so a saved index is rebuilt when the analysis changes
 * and kept when only the serving side does.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/**
 * The modules a saved index's contents depend on: the build (reading, passages, index, meetings,
 * topic summaries) and its worker bodies, started by path, so no import reaches them. Everything
 * they import is followed (the file format's code too, through its encoder); the serving side
 * (answering, watching, loading, the bench) is not, so changing it keeps a saved index.
 * `SAVED_INDEX_VERSION` turns away files of an older layout whatever their fingerprint.
 */
const BUILD_ENTRIES = [
  "persist/buildSavedIndex.ts",
  "persist/readFilesWorker.ts",
  "persist/precomputeWorker.ts",
];

/** Relative imports that bring code at run time (`import type` brings none). */
const VALUE_IMPORT =
  /^(?:import|export)\s+(?!type\s)[^;]*?from\s+"(\.{1,2}\/[^"]+)"|import\(\s*"(\.{1,2}\/[^"]+)"\s*\)/gmu;

/**
 * The TypeScript files `entries` reach by their run-time imports, as paths relative to `srcDir`.
 * @param srcDir - the project's `src` folder
 * @param entries - paths relative to `srcDir`
 */
export function importClosure(srcDir: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = [...entries];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(srcDir, file), "utf8");
    for (const match of text.matchAll(VALUE_IMPORT)) {
      const target = match[1] ?? match[2];
      if (target === undefined) continue;
      const resolved = relative(srcDir, resolve(srcDir, dirname(file), target)).replace(/\.js$/u, ".ts");
      if (resolved.endsWith(".ts") && !resolved.startsWith("..")) pending.push(resolved);
    }
  }
  return [...seen].sort();
}

/**
 * A digest of the TypeScript sources the saved index is built by (see `BUILD_ENTRIES`): a saved
 * index built by other analysis code (a changed stemmer rule, a new alias) is rebuilt, never served
 * with answers the code no longer gives, while a change to the serving side alone keeps it.
 * @param srcDir - the project's `src` folder
 */
export function codeFingerprint(srcDir: string): string {
  const hash = createHash("sha1");
  for (const file of importClosure(srcDir, BUILD_ENTRIES))
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(join(srcDir, file)));
  return hash.digest("hex");
}
