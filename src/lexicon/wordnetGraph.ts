/**
 * The compact, array-based shape of WordNet the lexicon looks words up in: sorted lemmas, each
 * lemma's senses per part of speech (most frequent first), each synset's words and its pointers.
 * Built by `wordnetCompile.ts`, saved and loaded by `wordnetFile.ts`, read by `wordnet.ts`.
 */
import type { WordPos } from "./lemma.js";

/** Parts of speech in the order the graph stores them; a lemma's senses are grouped in this order. */
export const POS_ORDER: readonly WordPos[] = ["noun", "verb", "adj", "adv"];

/** The WordNet pointers kept, by the code stored in {@link WordNetGraph.pointerKind}. */
export const PointerKind = {
  /** `@`: a broader synset. */
  hypernym: 1,
  /** `@i`: the class a named instance belongs to (Baku -> national capital). */
  instanceHypernym: 2,
  /** `~`: a narrower synset. */
  hyponym: 3,
  /** `~i`: a named instance of the class (kept in the file, not expanded by default). */
  instanceHyponym: 4,
  /** `+`: derivationally related form (talk -> talker, discuss -> discussion). */
  derived: 5,
  /** `*`: verb entailment (buy -> pay). */
  entailment: 6,
  /** `>`: verb cause (show -> see). */
  cause: 7,
  /** `&`: similar adjective. */
  similar: 8,
  /** `\`: an adjective's noun (azerbaijani -> azerbaijan), and back (added at compile time). */
  pertainym: 9,
  /** `!`: a word of the opposite meaning (refuse -> accept), between two members. */
  antonym: 10,
} as const;

/** Map of WordNet's pointer symbols to the kinds kept. */
export const POINTER_SYMBOLS: ReadonlyMap<string, number> = new Map([
  ["@", PointerKind.hypernym],
  ["@i", PointerKind.instanceHypernym],
  ["~", PointerKind.hyponym],
  ["~i", PointerKind.instanceHyponym],
  ["+", PointerKind.derived],
  ["*", PointerKind.entailment],
  [">", PointerKind.cause],
  ["&", PointerKind.similar],
  ["\\", PointerKind.pertainym],
  ["!", PointerKind.antonym],
]);

/**
 * WordNet as flat arrays. Ids: a word is its index in `words`; a synset is a number from 0. Every
 * `...Start` array has one entry more than the items it indexes, so item `i`'s slice is
 * `[start[i], start[i + 1])`.
 */
export interface WordNetGraph {
  /** Every lemma, lower case, spaces between words of a compound, sorted by code unit. */
  readonly words: readonly string[];
  /** Slice of `senseSynsets` per (word, part of speech): index `word * 4 + POS_ORDER index`. */
  readonly senseStart: Uint32Array;
  /**
   * Per (word, part of speech), like `senseStart`: how many of its senses were seen in WordNet's
   * sense-tagged corpus. Those come first; the rest are in no particular order and rare.
   */
  readonly senseTagged: Uint16Array;
  /** Synset ids of each word's senses, most frequent sense first (WordNet's order). */
  readonly senseSynsets: Uint32Array;
  /** Part of speech of each synset, as an index into {@link POS_ORDER}. */
  readonly synsetPos: Uint8Array;
  /** WordNet's lexicographer file of each synset (`lex_filenum`: 38 is verb.motion), grouping senses by kind of meaning. */
  readonly synsetLexFile: Uint8Array;
  /** Slice of `synsetWords` per synset. */
  readonly synsetWordStart: Uint32Array;
  /** Word ids of each synset's members, in WordNet's order (lexical pointers number them from 1). */
  readonly synsetWords: Uint32Array;
  /** 1 where WordNet writes that member with a capital letter (a name: Baku, Sharif), else 0. */
  readonly synsetWordCapital: Uint8Array;
  /** Slice of the pointer arrays per synset. */
  readonly pointerStart: Uint32Array;
  /** {@link PointerKind} of each pointer. */
  readonly pointerKind: Uint8Array;
  /** Target synset id of each pointer. */
  readonly pointerTarget: Uint32Array;
  /** Source member number << 8 | target member number (both from 1); 0 for a whole-synset pointer. */
  readonly pointerMembers: Uint16Array;
}

/**
 * The id of a lemma in the graph's sorted word list, or -1.
 *
 * @param words - the graph's sorted words.
 * @param lemma - already normalised (lower case, single spaces).
 */
export function findWord(words: readonly string[], lemma: string): number {
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const word = words[mid] as string;
    if (word === lemma) return mid;
    if (word < lemma) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
