/**
 * Stage 3, retrieval: candidate sentences for a question from the BM25 sentence index, once with
 * the question's own terms and once with their alternatives too, so that a sentence in other words
 * competes without pushing out the ones in the question's words.
 */
import type { PassageStore } from "../search/passageStore.js";
import type { Candidate, SentenceSearch } from "../search/sentenceIndex.js";
import { termWeight } from "./evidenceScoring.js";
import type { ExpandedQuery } from "./queryExpansion.js";
import type { AnalysedQuestion } from "./questionAnalysis.js";
import { followersReferringBack, laterSentencesReferringBack, sentencesReferredTo } from "./discourse.js";

/** Candidates taken from each search: enough to reach past BM25's bias toward short sentences. */
const CANDIDATES_PER_SEARCH = 30;

/** Alternatives credited below this are left to scoring: retrieving by them finds mostly noise. */
const MIN_RETRIEVAL_CREDIT = 0.4;
/** Alternatives per question word searched, the best credited first. */
const MAX_RETRIEVAL_ALTERNATIVES = 4;

/** Articles up to which every name of a question is searched, whatever its weight: postings are short. */
const SMALL_ARCHIVE = 200;

/**
 * Past SMALL_ARCHIVE articles, an alternative in more than this share of them ("area", "issue",
 * "sector") is left to scoring too: its postings are the longest of the query, and the sentences
 * it alone finds are the archive's everyday talk, not answers. Higher keeps more such sentences and
 * reads more postings.
 */
const COMMON_ALTERNATIVE_SHARE = 0.2;

/** Best candidates whose following sentence is tried too: the answer is next to the best matches. */
const FOLLOWED_CANDIDATES = 10;
/**
 * Sentences after a best candidate read for one referring back, for a question asking what was
 * discussed: the report of the talks comes after those naming the party and its arrival (more
 * reach sentences of the story's other events).
 */
const CONTENT_REACH = 4;
/** A follower's retrieval score, as a share of the sentence it follows: it was not found by the words. */
const FOLLOWER_SCORE_SHARE = 0.5;

/** A retrieved sentence with its BM25 score relative to the best (0-1). */
export interface RetrievedPassage {
  readonly passageId: number;
  readonly relativeScore: number;
}

/**
 * Each query's candidates. When every query begins the last one (the widened query starts with the
 * question's own terms), an index that can is asked once, reading the shared terms' postings once.
 */
function searchAll(index: SentenceSearch, queries: readonly (readonly string[])[]): Candidate[][] {
  const longest = queries.at(-1) ?? [];
  const nested = queries.every((query) => query.every((term, at) => longest[at] === term));
  if (index.searchByPrefix && nested)
    return index.searchByPrefix(
      longest,
      queries.map((query) => query.length),
      CANDIDATES_PER_SEARCH,
    );
  return queries.map((query) => index.search(query, CANDIDATES_PER_SEARCH));
}

/**
 * Retrieves candidate passages for a question.
 * @param store - the passages, for term weights
 * @param index - the sentence index
 * @param question - the analysed question
 * @param expanded - its alternatives
 */
export function retrieveCandidates(
  store: PassageStore,
  index: SentenceSearch,
  question: AnalysedQuestion,
  expanded: ExpandedQuery,
): RetrievedPassage[] {
  const weighted = (terms: Iterable<string>): string[] =>
    [...new Set(terms)].filter((term) => termWeight(store, term) > 0);
  // In a small archive a name in nearly every article ("Sharif" in four of five) weighs nothing but
  // still picks out the sentences about its bearer, and searching it costs little.
  const names =
    store.articles.length <= SMALL_ARCHIVE ? question.anchorGroups.flatMap((group) => group.terms) : [];
  const own = [...new Set([...weighted([...question.terms, ...question.timeTerms]), ...names])];
  // The closest alternatives only: a long tail of weak relations costs postings and finds little.
  const common =
    store.articles.length > SMALL_ARCHIVE ? COMMON_ALTERNATIVE_SHARE * store.articles.length : Infinity;
  const alternatives = [...expanded.alternatives.values()].flatMap((list) =>
    [...list]
      .filter(
        (alternative) =>
          alternative.credit >= MIN_RETRIEVAL_CREDIT &&
          (store.articleFrequency.get(alternative.term) ?? 0) <= common,
      )
      .sort((a, b) => b.credit - a.credit)
      .slice(0, MAX_RETRIEVAL_ALTERNATIVES)
      .map((alternative) => alternative.term),
  );
  const widened = weighted([...own, ...alternatives]);
  const found = new Map<number, number>();
  const queries = widened.length > own.length ? [own, widened] : [own];
  for (const candidates of searchAll(index, queries)) {
    const top = candidates[0]?.score ?? 1;
    for (const candidate of candidates) {
      const relative = candidate.score / top;
      if (relative > (found.get(candidate.passageId) ?? -1)) found.set(candidate.passageId, relative);
    }
  }
  // The sentence after one that names the question's people often says what they did ("The meeting
  // underscored ..."), in none of the question's words: it is a candidate too.
  const leading = [...found].sort((a, b) => b[1] - a[1]).slice(0, FOLLOWED_CANDIDATES);
  for (const [passageId, relative] of leading) {
    const followers =
      question.answerType === "content"
        ? laterSentencesReferringBack(store, passageId, CONTENT_REACH)
        : followersReferringBack(store, passageId);
    for (const follower of followers) {
      if (!found.has(follower)) found.set(follower, relative * FOLLOWER_SCORE_SHARE);
    }
    // And the one a best match refers back to: "The deminers will work ..." follows where they go.
    for (const referred of sentencesReferredTo(store, passageId)) {
      if (!found.has(referred)) found.set(referred, relative * FOLLOWER_SCORE_SHARE);
    }
  }
  return [...found].map(([passageId, relativeScore]) => ({ passageId, relativeScore }));
}
