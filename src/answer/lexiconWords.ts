/**
 * The answer layer's dictionary: WordNet through the lexicon, loaded once per process on first use.
 */
import { loadLemmatizer } from "../lexicon/lemma.js";
import { loadLexicon, type Lexicon } from "../lexicon/wordnet.js";
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
