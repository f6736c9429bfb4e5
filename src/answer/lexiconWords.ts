/**
 * The answer layer's dictionary: WordNet through the lexicon, loaded once per process on first use.
 */
import { join } from "node:path";
import { PROJECT_ROOT } from "../config.js";
import { loadLemmatizer, useLemmaTable } from "../lexicon/lemma.js";
import { loadLemmaTable } from "../lexicon/lemmaTable.js";
import { loadLexicon, type Lexicon } from "../lexicon/wordnet.js";
import { DEFAULT_LEXICON_CACHE_DIR, installedWordNet } from "../lexicon/wordnetCache.js";
import { lookUpPlace } from "../meetings/gazetteer.js";
import type { PassageStore } from "../search/passageStore.js";
import { prepareSpelling } from "./queryExpansion.js";
import { lemmaTermsKey, loadLemmaTerms } from "./lemmaTerms.js";
import type { WordKnowledge, WordRelation } from "./wordKnowledge.js";

let lexicon: Lexicon | null = null;
let knowledge: WordKnowledge | null = null;

/**
 * The WordNet-backed dictionary, loaded on first call and shared afterwards.
 */
/** Sense counts remembered: the lemmas a day's questions reach, a few bytes each. */
const MAX_SENSE_COUNTS = 50_000;
const senseCounts = new Map<string, number>();

export function defaultWordKnowledge(): WordKnowledge {
  if (knowledge === null) {
    lexicon ??= loadLexicon();
    const loaded = lexicon;
    // WordNet's words' lemmas from a table: expanding a question looks up hundreds of them.
    useLemmaTable(loadLemmaTable(loaded.words, installedWordNet().version, DEFAULT_LEXICON_CACHE_DIR));
    // And their index terms: a question's words reach a thousand relations, most never analysed yet.
    const termOfLemma = loadLemmaTerms(
      loaded.words,
      lemmaTermsKey(join(PROJECT_ROOT, "src"), installedWordNet().version),
      DEFAULT_LEXICON_CACHE_DIR,
    );
    knowledge = {
      isCommonWord: (lemma) => loaded.isGeneralWord(lemma),
      related: (lemma): readonly WordRelation[] => loaded.related(lemma),
      antonyms: (lemma) => loaded.antonyms(lemma),
      verbSynonymsOfKind: (lemma, lexFile): readonly WordRelation[] =>
        loaded.verbSynonymsOfKind(lemma, lexFile),
      correctSpelling: (word) => loaded.nearestGeneralWord(word),
      commonerNeighbour: (word) => loaded.commonerNeighbour(word),
      termOfLemma,
      isRareWord: (lemma) => {
        const senses = loaded.sensesOf(lemma);
        return senses.length > 0 && senses.every((count) => count.tagged === 0);
      },
      senseCount: (lemma, pos, id) => {
        // A relation's lemma is the lexicon's own entry: its count is read there, not searched for.
        if (id !== undefined && loaded.words[id] === lemma) return loaded.senseCountAt(id, pos);
        // Asked of every relation a question's words reach: remembered per lemma and part of speech.
        const key = pos === undefined ? lemma : `${pos}\u0000${lemma}`;
        const known = senseCounts.get(key);
        if (known !== undefined) return known;
        const count = loaded
          .sensesOf(lemma)
          .filter((senses) => pos === undefined || senses.pos === pos)
          .reduce((sum, senses) => sum + senses.senses, 0);
        if (senseCounts.size >= MAX_SENSE_COUNTS) senseCounts.clear();
        senseCounts.set(key, count);
        return count;
      },
    };
  }
  return knowledge;
}

/**
 * Loads the dictionary, the lemmatiser and the gazetteer now, so the first question does not wait
 * for them (on a fresh checkout the first load also compiles WordNet into `.cache/`, a few seconds
 * once).
 * @param store - the served archive, whose spelling table is built too
 * @returns how long it took, in milliseconds
 */
export function warmUpAnswering(store?: PassageStore): number {
  const started = performance.now();
  if (store !== undefined) prepareSpelling(store);
  loadLemmatizer();
  // One lookup computes what every lookup shares (the information content of WordNet's concepts).
  defaultWordKnowledge().related("visit");
  // The gazetteer is read on its first lookup: a place is asked of it for nearly every question.
  lookUpPlace("Baku");
  return performance.now() - started;
}
