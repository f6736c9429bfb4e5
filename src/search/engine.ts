/**
 * Building the answer engine from articles: passages, then their index.
 */
import type { AnswerEngine } from "../answer/ask.js";
import type { Article } from "../types.js";
import { buildPassageStore, type PassageStore } from "./passageStore.js";
import { buildSentenceIndex, type SentenceIndex } from "./sentenceIndex.js";

/** A freshly built engine: its index is the typed-array one, which a saved index stores. */
export interface BuiltAnswerEngine extends AnswerEngine {
  readonly store: PassageStore;
  readonly index: SentenceIndex;
}

/**
 * Builds everything `askQuestion` needs from a list of articles.
 * @param articles - the archive, in a stable order
 */
export function buildAnswerEngine(articles: readonly Article[]): BuiltAnswerEngine {
  const store = buildPassageStore(articles);
  return { store, index: buildSentenceIndex(store) };
}
