/**
 * Whether a word as typed is a dictionary word, a name WordNet knows, or unknown to WordNet: the
 * distinction the abstention rule needs ("a word the archive never uses is no reason to abstain; a
 * name or designation it never uses is").
 */
import { lemmaOf, type WordPos } from "./lemma.js";
import type { Lexicon } from "./wordnet.js";

/** Parts of speech tried, in order, when the word itself is not a WordNet lemma; not adverbs, which wink never changes. */
const TRIED_POS: readonly WordPos[] = ["noun", "verb", "adj"];

/** What WordNet makes of a word. */
export type WordKind =
  /** WordNet knows it as a general word in at least one sense (`jets`, `went`, `minister`). */
  | "general"
  /** WordNet knows it only as a name, written capitalised (`Baku`, `Pakistan`). */
  | "name"
  /** WordNet does not know it (`hasanov`, `jf-17`, `shehbaz`, a misspelling). */
  | "unknown";

/**
 * The WordNet lemma of a word as typed: the word itself when WordNet has it, else its lemma
 * (`planes` -> `plane`, `went` -> `go`), else its lemma read as a noun, verb or adjective; `null`
 * when WordNet knows none of them.
 *
 * @param lexicon - the loaded lexicon.
 * @param word - one token, any case.
 */
export function dictionaryLemma(lexicon: Lexicon, word: string): string | null {
  const token = word.toLowerCase();
  if (lexicon.has(token)) return token;
  const lemma = lemmaOf(token);
  if (lexicon.has(lemma)) return lemma;
  for (const pos of TRIED_POS) {
    const read = lemmaOf(token, pos);
    if (lexicon.has(read)) return read;
  }
  return null;
}

/**
 * Whether WordNet knows the word at all (any part of speech, names included), after lemmatising.
 *
 * @param lexicon - the loaded lexicon.
 * @param word - one token, any case.
 */
export function isDictionaryWord(lexicon: Lexicon, word: string): boolean {
  return dictionaryLemma(lexicon, word) !== null;
}

/**
 * Classifies a word as typed: a general word, a name WordNet knows, or unknown to WordNet.
 *
 * @param lexicon - the loaded lexicon.
 * @param word - one token, any case.
 */
export function classifyWord(lexicon: Lexicon, word: string): WordKind {
  const lemma = dictionaryLemma(lexicon, word);
  if (lemma === null) return "unknown";
  return lexicon.isGeneralWord(lemma) ? "general" : "name";
}
