/**
 * The unit of retrieval is the sentence. A sentence is what a reader quotes and what answers a
 * when/where/who question; paragraphs would dilute term statistics and make excerpts long. Context
 * that a single sentence lacks (the meeting's place one sentence earlier, the article's date) is
 * brought back at scoring time from its neighbours and its article, not by indexing bigger units.
 *
 * Sentences repeated across articles (syndicated copy, shared paragraphs) become one passage that
 * cites every article it appears in.
 */
import type { Article } from "../types.js";
import { splitSentences } from "../text/sentences.js";
import { analyzeText } from "../text/terms.js";
import { MONTH_NAMES } from "../text/calendarNames.js";

/** Two sentences whose term sets overlap this much say the same thing (a light paraphrase). */
export const NEAR_DUPLICATE_JACCARD = 0.8;
/** Sentences this short are too generic to merge as duplicates ("He said so."). */
export const MIN_TERMS_TO_MERGE = 5;
/** A paraphrase sharing 80% of the terms almost always shares the rarest; one keeps the lookup cheap. */
const RAREST_TERMS_FOR_LOOKUP = 1;
/** Bounds the comparisons per sentence so building stays linear in the archive's size. */
export const CANDIDATES_PER_TERM = 16;

/** One quotable sentence and every article that carries it. */
export interface Passage {
  readonly id: number;
  readonly text: string;
  /** Analysed terms of the text, in order. */
  readonly terms: readonly string[];
  /** Indexes into `PassageStore.articles`; the first is where the passage is quoted from. */
  readonly articleIndexes: readonly number[];
}

/** The archive cut into passages, with the statistics ranking needs. */
export interface PassageStore {
  readonly articles: readonly Article[];
  readonly passages: readonly Passage[];
  /** Per article, its passages' ids in reading order (for neighbouring context). */
  readonly articlePassages: readonly (readonly number[])[];
  /** Per article, the paragraph number of each entry of `articlePassages`. */
  readonly articleParagraphs: readonly (readonly number[])[];
  /** Per article, terms of its title, date, dateline and lead paragraph, which qualify every sentence in it. */
  readonly articleContextTerms: readonly ReadonlySet<string>[];
  /** How many articles contain each term. */
  readonly articleFrequency: ReadonlyMap<string, number>;
}

/** Jaccard similarity of two sorted arrays of distinct term ids. */
function jaccard(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared / (a.length + b.length - shared);
}

/** The `count` term ids with the shortest passage lists so far: the rarest terms of a sentence. */
function rarestTerms(ids: Uint32Array, byTerm: readonly (number[] | undefined)[], count: number): number[] {
  const ranked: { id: number; size: number }[] = [];
  for (const id of ids) {
    const size = byTerm[id]?.length ?? 0;
    let at = ranked.length;
    while (at > 0 && (ranked[at - 1]?.size ?? 0) > size) at--;
    if (at >= count) continue;
    ranked.splice(at, 0, { id, size });
    if (ranked.length > count) ranked.pop();
  }
  return ranked.map(({ id }) => id);
}

/**
 * Words that date an article ("november", "2025") so "in 2025" can match its sentences.
 * @param date - the article's ISO date, or `null`
 */
export function dateTerms(date: string | null): string[] {
  if (date === null) return [];
  const when = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(when.getTime())) return [];
  return [...analyzeText(`${MONTH_NAMES[when.getUTCMonth()] ?? ""} ${when.getUTCFullYear()}`)];
}

/**
 * Terms that qualify every sentence of an article: its title, date, dateline place and lead
 * paragraph, where a news story says who, where and when for the sentences after it.
 * @param article - one article
 */
export function articleContextTermsOf(article: Article): Set<string> {
  return new Set([
    ...analyzeText(article.title),
    ...dateTerms(article.date),
    ...analyzeText(article.place ?? ""),
    ...analyzeText(article.paragraphs[0] ?? ""),
  ]);
}

/**
 * Cuts articles into sentence passages, merging repeats across articles.
 * @param articles - the archive, in a stable order
 */
export function buildPassageStore(articles: readonly Article[]): PassageStore {
  const passages: Passage[] = [];
  const mutableIndexes: number[][] = [];
  const byExactKey = new Map<string, number>();
  // Terms become integer ids, and each passage keeps a sorted id array instead of a Set: on
  // archives of hundreds of thousands of sentences, Sets made garbage collection the main cost.
  const termIds = new Map<string, number>();
  const idsOf = (terms: readonly string[]): Uint32Array => {
    const ids = new Uint32Array(terms.length);
    for (const [at, term] of terms.entries()) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(term, id);
      }
      ids[at] = id;
    }
    ids.sort();
    let unique = 0;
    for (let at = 0; at < ids.length; at++)
      if (at === 0 || ids[at] !== ids[at - 1]) ids[unique++] = ids[at] ?? 0;
    return ids.subarray(0, unique);
  };
  // Near-duplicate candidates are found through the passages' rarest terms, not by comparing all pairs.
  const byTerm: (number[] | undefined)[] = [];
  const termSets: Uint32Array[] = [];
  const articlePassages: number[][] = [];
  const articleParagraphs: number[][] = [];
  const articleFrequency = new Map<string, number>();

  for (const [articleIndex, article] of articles.entries()) {
    const own: number[] = [];
    const ownParagraphs: number[] = [];
    const articleTerms = new Set<string>();
    for (const [paragraphIndex, paragraph] of article.paragraphs.entries()) {
      for (const text of splitSentences(paragraph)) {
        const terms = analyzeText(text);
        if (terms.length === 0) continue;
        for (const term of terms) articleTerms.add(term);
        const termSet = idsOf(terms);
        const exactKey = terms.join(" ");
        let match = byExactKey.get(exactKey);
        if (match === undefined && termSet.length >= MIN_TERMS_TO_MERGE) {
          const candidates = new Set<number>();
          for (const term of rarestTerms(termSet, byTerm, RAREST_TERMS_FOR_LOOKUP)) {
            const list = byTerm[term] ?? [];
            for (let at = Math.max(0, list.length - CANDIDATES_PER_TERM); at < list.length; at++) {
              candidates.add(list[at] ?? -1);
            }
          }
          for (const id of candidates) {
            const other = termSets[id];
            // Jaccard is at most min/max of the sizes: a cheap test that rules out most candidates.
            if (
              other &&
              other.length >= MIN_TERMS_TO_MERGE &&
              Math.min(other.length, termSet.length) >=
                NEAR_DUPLICATE_JACCARD * Math.max(other.length, termSet.length) &&
              jaccard(termSet, other) >= NEAR_DUPLICATE_JACCARD
            ) {
              match = id;
              break;
            }
          }
        }
        if (match !== undefined) {
          const indexes = mutableIndexes[match];
          // Articles are visited in order, so a repeat within this article is the list's last entry;
          // `includes` made syndicated sentences (in thousands of articles) quadratic.
          if (indexes && indexes.at(-1) !== articleIndex) indexes.push(articleIndex);
          if (!own.includes(match)) {
            own.push(match);
            ownParagraphs.push(paragraphIndex);
          }
          continue;
        }
        const id = passages.length;
        const articleIndexes = [articleIndex];
        mutableIndexes.push(articleIndexes);
        passages.push({ id, text, terms, articleIndexes });
        termSets.push(termSet);
        byExactKey.set(exactKey, id);
        for (const term of termSet) {
          const list = byTerm[term];
          if (list) list.push(id);
          else byTerm[term] = [id];
        }
        own.push(id);
        ownParagraphs.push(paragraphIndex);
      }
    }
    articlePassages.push(own);
    articleParagraphs.push(ownParagraphs);
    for (const term of articleTerms) articleFrequency.set(term, (articleFrequency.get(term) ?? 0) + 1);
  }
  const articleContextTerms = articles.map(articleContextTermsOf);
  return { articles, passages, articlePassages, articleParagraphs, articleContextTerms, articleFrequency };
}
