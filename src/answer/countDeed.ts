/**
 * Whether a report tells the deed a count asks about anywhere: "how many people were INJURED in
 * the quake" is not answered by "killing at least 11 people" from a report that tells of no one
 * injured, nor "how many aircraft did the Sherdils LOSE" by "eight aircraft took part". Read per
 * article, not per sentence: a report that tells the deed may give its count in other words in
 * another sentence ("A total of 150 servicemen took part" after "troops sent to the exercise").
 */
import type { PassageStore } from "../search/passageStore.js";
import { memoPerStore } from "../search/storeMemo.js";
import type { ExpandedQuery } from "./queryExpansion.js";
import type { WordKnowledge } from "./wordKnowledge.js";

/** A relation this close tells the same deed (a synonym, a derived form, one close step). */
const SAME_DEED_CREDIT = 0.5;

/** Articles whose terms are kept per store. */
const MAX_CACHED_ARTICLES = 2_000;

/** Every term of an article's sentences, per store. */
const articleTerms: (store: PassageStore, articleIndex: number) => ReadonlySet<string> = memoPerStore(
  MAX_CACHED_ARTICLES,
  (store, articleIndex) =>
    new Set(
      (store.articlePassages[articleIndex] ?? []).flatMap(
        (passageId) => store.passages[passageId]?.terms ?? [],
      ),
    ),
);

/**
 * Whether the article of a sentence tells one of the deeds asked, by its own term or a close
 * alternative of it found through the same part of speech.
 * @param store - the passages
 * @param passageId - the sentence giving the count
 * @param deeds - the index terms of the deeds the question asks the count of
 * @param expanded - the question's alternatives
 */
export function reportTellsDeed(
  store: PassageStore,
  passageId: number,
  deeds: readonly string[],
  expanded: ExpandedQuery,
  causing?: CausedDeeds,
): boolean {
  if (deeds.length === 0) return true;
  const article = store.passages[passageId]?.articleIndexes[0];
  if (article === undefined) return true;
  const terms = articleTerms(store, article);
  return (
    tellsTerm(terms, deeds, expanded, causing?.words) ||
    (causing !== undefined && sentenceCausesDeed(store, passageId, causing))
  );
}

/** The deeds asked in their dictionary forms ("die"), with the dictionary that knows what causes them. */
export interface CausedDeeds {
  readonly lemmas: ReadonlySet<string>;
  readonly words: WordKnowledge;
}

/**
 * Whether the count's own sentence tells a deed that causes the one asked, by the dictionary's
 * cause relation: "how many people DIED": "the quake hit, KILLING at least 11 people" (to kill is
 * to cause to die). Only the sentence giving the count: the cause is told of what it counts.
 * @param store - the passages
 * @param passageId - the sentence giving the count
 * @param causing - the deeds asked and the dictionary
 */
function sentenceCausesDeed(store: PassageStore, passageId: number, causing: CausedDeeds): boolean {
  const terms = store.passages[passageId]?.terms ?? [];
  return terms.some((term) =>
    causing.words
      .related(term)
      .some((relation) => relation.relation === "cause" && causing.lemmas.has(relation.lemma)),
  );
}

/**
 * Senses above which a verb tells no one deed: "killed" is not told by "TAKING part" (take, 42
 * senses, one of them to kill), nor by "duties will FALL" (32); "kill" itself has 15.
 */
const MAX_DEED_SENSES = 20;

function tellsTerm(
  terms: ReadonlySet<string>,
  deeds: readonly string[],
  expanded: ExpandedQuery,
  words: WordKnowledge | undefined,
): boolean {
  return deeds.some(
    (deed) =>
      terms.has(deed) ||
      (expanded.alternatives.get(deed) ?? []).some(
        // The verb's own relations: "die" is no "5", a die's face.
        (alternative) =>
          alternative.credit >= SAME_DEED_CREDIT &&
          alternative.otherPos !== true &&
          terms.has(alternative.term) &&
          (words === undefined || words.senseCount(alternative.term, "verb") <= MAX_DEED_SENSES),
      ),
  );
}
