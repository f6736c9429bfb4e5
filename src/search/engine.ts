/**
 * Building the answer engine from articles: passages, then their index.
 */
import type { AnswerEngine } from "../answer/ask.js";
import type { Article } from "../types.js";
import { buildPassageStore } from "./passageStore.js";
import { buildSentenceIndex } from "./sentenceIndex.js";

/**
 * Builds everything `askQuestion` needs from a list of articles.
 * @param articles - the archive, in a stable order
 */
export function buildAnswerEngine(articles: readonly Article[]): AnswerEngine {
  const store = buildPassageStore(articles);
  return { store, index: buildSentenceIndex(store) };
}
