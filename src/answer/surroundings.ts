/**
 * A passage's surroundings as evidence scoring reads them: the terms of its paragraph, of the
 * sentences beside it and of its article's headline, date and lead, in each article that carries
 * it. Scoring only asks whether the surroundings hold one of the question's terms or their
 * alternatives, so the surroundings are gathered for those terms alone: a set of a few terms per
 * candidate instead of one of a hundred-odd, made for every candidate of every question and, kept
 * in a memo, the bulk of what each question left for the garbage collector to copy.
 */
import type { PassageStore } from "../search/passageStore.js";

/** Context is read from this many of the articles carrying a passage: syndicated copy can be in thousands. */
export const MAX_CONTEXT_ARTICLES = 5;

/** What judging asks of a set of terms: whether it has one. */
export interface TermLookup {
  has(term: string): boolean;
}

/**
 * Hands each group of terms around a passage to `visitSet` (an article's context terms) or
 * `visitList` (a neighbouring sentence's terms, the passage's own among them).
 */
function visitSurroundings(
  store: PassageStore,
  passageId: number,
  visitSet: (terms: ReadonlySet<string>) => void,
  visitList: (terms: readonly string[]) => void,
): void {
  // Indexed loops: this runs for every candidate of every question, and iterators allocate.
  const articleIndexes = store.passages[passageId]?.articleIndexes ?? [];
  const articles = Math.min(articleIndexes.length, MAX_CONTEXT_ARTICLES);
  for (let at = 0; at < articles; at++) {
    const articleIndex = articleIndexes[at] ?? -1;
    const context = store.articleContextTerms[articleIndex];
    if (context !== undefined) visitSet(context);
    const order = store.articlePassages[articleIndex] ?? [];
    const paragraphs = store.articleParagraphs[articleIndex] ?? [];
    const position = order.indexOf(passageId);
    const paragraph = paragraphs[position];
    for (let index = 0; index < order.length; index++) {
      if (Math.abs(index - position) !== 1 && paragraphs[index] !== paragraph) continue;
      visitList(store.passages[order[index] ?? -1]?.terms ?? []);
    }
  }
}

/**
 * Every term around a passage (see the module's summary).
 * @param store - the passages
 * @param passageId - the passage
 */
export function surroundingTerms(store: PassageStore, passageId: number): Set<string> {
  const terms = new Set<string>();
  const add = (list: Iterable<string>): void => {
    for (const term of list) terms.add(term);
  };
  visitSurroundings(store, passageId, add, add);
  return terms;
}

/**
 * The surroundings of a passage as a lookup that answers exactly as {@link surroundingTerms}
 * would: the `planned` terms (those a question's scoring may ask about) are gathered at once;
 * a term outside them, should one be asked, is looked up in the whole surroundings, gathered then.
 * @param store - the passages
 * @param passageId - the passage
 * @param planned - the terms scoring is expected to ask about
 */
export function surroundingsOf(
  store: PassageStore,
  passageId: number,
  planned: ReadonlySet<string>,
): TermLookup {
  const found = new Set<string>();
  visitSurroundings(
    store,
    passageId,
    (context) => {
      // A served store's context is a list (see `TermList`): walked, not asked.
      for (const term of context) if (planned.has(term)) found.add(term);
    },
    (list) => {
      for (const term of list) if (planned.has(term)) found.add(term);
    },
  );
  let all: ReadonlySet<string> | null = null;
  return {
    has: (term) =>
      planned.has(term) ? found.has(term) : (all ??= surroundingTerms(store, passageId)).has(term),
  };
}
