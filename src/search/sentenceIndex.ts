/**
 * The full-text index over passages. MiniSearch does the BM25 candidate retrieval; the answer layer
 * then judges the few candidates with its own evidence rules.
 */
import MiniSearch, { type Options } from "minisearch";
import { analyzeText } from "../text/terms.js";
import type { PassageStore } from "./passageStore.js";

/** A passage as MiniSearch sees it. */
export interface IndexedPassage {
  readonly id: number;
  readonly text: string;
}

/** A retrieved passage id with its BM25 score. */
export interface Candidate {
  readonly passageId: number;
  readonly score: number;
}

/** Options shared by building and loading, so a saved index is read exactly as it was written. */
export const SENTENCE_INDEX_OPTIONS: Options<IndexedPassage> = {
  fields: ["text"],
  storeFields: [],
  // The project's analysis (fold, alias, stem) runs once inside tokenize; processTerm keeps its output.
  tokenize: (text: string): string[] => analyzeText(text),
  processTerm: (term: string): string => term,
};

/**
 * Builds the MiniSearch index of every passage.
 * @param store - the passages to index
 */
export function buildSentenceIndex(store: PassageStore): MiniSearch<IndexedPassage> {
  const index = new MiniSearch<IndexedPassage>(SENTENCE_INDEX_OPTIONS);
  index.addAll(store.passages.map(({ id, text }) => ({ id, text })));
  return index;
}

/**
 * Finds the passages that share the most weighted terms with a query.
 * @param index - the sentence index
 * @param terms - analysed query terms (already stripped of corpus-wide terms)
 * @param limit - how many candidates to return at most
 */
export function findCandidates(
  index: MiniSearch<IndexedPassage>,
  terms: readonly string[],
  limit: number,
): Candidate[] {
  if (terms.length === 0) return [];
  const results = index.search(
    { queries: [...terms], combineWith: "OR" },
    // Terms are already analysed: the query must not be re-tokenised or fuzzily expanded.
    { tokenize: (text) => [text], processTerm: (term) => term, prefix: false, fuzzy: false },
  );
  return results.slice(0, limit).map((result) => ({ passageId: Number(result.id), score: result.score }));
}
