/**
 * The answer layer's dictionary: WordNet through the lexicon, loaded once per process on first use.
 */
import { loadLemmatizer, useLemmaTable } from "../lexicon/lemma.js";
import { loadLemmaTable } from "../lexicon/lemmaTable.js";
import { loadLexicon, type Lexicon } from "../lexicon/wordnet.js";
import { DEFAULT_LEXICON_CACHE_DIR, installedWordNet } from "../lexicon/wordnetCache.js";
import type { WordKnowledge, WordRelation } from "./wordKnowledge.js";

let lexicon: Lexicon | null = null;
let knowledge: WordKnowledge | null = null;

/**
 * The WordNet-backed dictionary, loaded on first call and shared afterwards.
 */
export function defaultWordKnowledge(): WordKnowledge {
  if (knowledge === null) {
    lexicon ??= loadLexicon();
    const loaded = lexicon;
    // WordNet's words' lemmas from a table: expanding a question looks up hundreds of them.
    useLemmaTable(loadLemmaTable(loaded.words, installedWordNet().version, DEFAULT_LEXICON_CACHE_DIR));
    knowledge = {
      isCommonWord: (lemma) => loaded.isGeneralWord(lemma),
      related: (lemma): readonly WordRelation[] => loaded.related(lemma),
      correctSpelling: (word) => loaded.nearestGeneralWord(word),
      commonerNeighbour: (word) => loaded.commonerNeighbour(word),
      isRareWord: (lemma) => {
        const senses = loaded.sensesOf(lemma);
        return senses.length > 0 && senses.every((count) => count.tagged === 0);
      },
      senseCount: (lemma, pos) =>
        loaded
          .sensesOf(lemma)
          .filter((count) => pos === undefined || count.pos === pos)
          .reduce((sum, count) => sum + count.senses, 0),
    };
  }
  return knowledge;
}

/**
 * Loads the dictionary and the lemmatiser now, so the first question does not wait for them (on a
 * fresh checkout the first load also compiles WordNet into `.cache/`, a few seconds once).
 * @returns how long it took, in milliseconds
 */
export function warmUpAnswering(): number {
  const started = performance.now();
  loadLemmatizer();
  // One lookup computes what every lookup shares (the information content of WordNet's concepts).
  defaultWordKnowledge().related("visit");
  return performance.now() - started;
}
