/**
 * What the answer layer asks of a dictionary: whether a word is an ordinary English word (so a
 * question may paraphrase it) and which words are related to it (so a paraphrase is found).
 * The real dictionary is WordNet (src/lexicon); tests may pass a small one.
 */

/** A word related to another, and how far the relation goes. */
export interface WordRelation {
  /** The related word's dictionary form, lower-case (may be several words). */
  readonly lemma: string;
  /** The lemma's index in the dictionary's list of lemmas, when it keeps one (see `termOfLemma`). */
  readonly id?: number;
  /** "synonym", "hypernym" (broader), "hyponym" (narrower), "derived", ... */
  readonly relation: string;
  /** Steps in the dictionary's graph: 1 for a synonym or a direct broader/narrower word. */
  readonly distance: number;
  /** Part of speech of the sense it was found through: "noun", "verb", "adj" or "adv". */
  readonly pos: string;
  /** Which sense of the looked-up word it was found through, 0 for the most frequent. */
  readonly sense: number;
  /** How much of the word's meaning a broader relation keeps, 0-1 (1 when not given: tests' small dictionaries). */
  readonly meaningKept?: number;
}

/** A dictionary. */
export interface WordKnowledge {
  /** Whether `lemma` is an ordinary (common, lower-case) word of the language, not a name. */
  isCommonWord(lemma: string): boolean;
  /** Words related to `lemma`, nearest first, `lemma` itself excluded. */
  related(lemma: string): readonly WordRelation[];
  /** Words of the opposite meaning ("refuse": accept), which deny what `lemma` states; none if absent. */
  antonyms?(lemma: string): readonly string[];
  /**
   * Synonyms of a verb in its senses of one kind (WordNet's lexicographer file `lexFile`: 38,
   * verb.motion, gives "get" -> "arrive"); absent or empty when the dictionary does not file senses.
   */
  verbSynonymsOfKind?(lemma: string, lexFile: number): readonly WordRelation[];
  /** The ordinary word one edit away from an unknown one ("discus" is known; "discusion" -> "discussion"), or `null`. */
  correctSpelling(word: string): string | null;
  /** A commoner ordinary word one edit away from a known but rare one ("discus" -> "discuss"), or `null`. */
  commonerNeighbour?(word: string): string | null;
  /** Whether the dictionary knows the word only in senses its sense-tagged corpus never saw (a rare word: "malik", "raja"). */
  isRareWord(lemma: string): boolean;
  /**
   * How many senses the dictionary gives `lemma` in a part of speech (all parts when absent); 0 if
   * unknown. `id`, a relation's, finds the lemma without a search.
   */
  senseCount(lemma: string, pos?: string, id?: number): number;
  /**
   * The single index term `lemma` analyses to, `null` when it gives none or several, as computed
   * ahead for the dictionary's own lemmas; `undefined` (or absent) when not computed, and the
   * caller analyses it. `id`, a relation's, finds the lemma without a search.
   */
  termOfLemma?(lemma: string, id?: number): string | null | undefined;
}

/** A dictionary that knows nothing: every word is a name, nothing is related. */
export const NO_WORD_KNOWLEDGE: WordKnowledge = {
  isCommonWord: () => false,
  related: () => [],
  senseCount: () => 0,
  correctSpelling: () => null,
  isRareWord: () => false,
};
